/** Workspaces at the limits a workspace can hold: twelve scenarios of twenty options. */
import { apiForm, selfHostForm } from "../../../src/lib/scenario/defaults";
import type { OptionForm } from "../../../src/lib/scenario/form";
import {
  defaultScenario,
  MAX_OPTIONS,
  MAX_SCENARIOS,
  type Workspace,
} from "../../../src/lib/scenario/workspace";

/**
 * A different typed number for each field of each option, as costs copied from quotes would be:
 * drawn from a fixed-seed generator (mulberry32), so they barely compress.
 */
function typedNumber(scenario: number, option: number, field: number) {
  let t = (scenario * 1_000 + option * 10 + field + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const unit = ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  return (unit * 100).toFixed(4);
}

/** An option with its costs typed: prices for an API, rent and staffing for self-hosting. */
function typedOption(s: number, o: number): OptionForm {
  const n = (field: number) => typedNumber(s, o, field);
  if (o % 2 === 0) {
    const form = apiForm(`o${o + 1}`, "gpt-5.4");
    return {
      ...form,
      prices: { input: n(1), cached: n(2), output: n(3) },
      batchDiscountPercent: n(4),
      verbosity: n(5),
    };
  }
  return {
    ...selfHostForm(`o${o + 1}`, "llama-3.3-70b", "h100-sxm", 2, "fp8"),
    usdPerGpuHour: n(1),
    engineerFte: n(2),
    engineerUsdPerYear: n(3),
    setupUsd: n(4),
    otherUsdPerMonth: n(5),
  };
}

/** Every field of an owned self-hosting option typed, the same in every option: it packs small. */
function ownedOption(o: number): OptionForm {
  const form = selfHostForm(`o${o + 1}`, "llama-3.3-70b", "h100-sxm", 2, "fp8");
  const typed = Object.fromEntries(
    Object.entries(form)
      .filter(([key, value]) => typeof value === "string" && key !== "key")
      .filter(([key]) => !["modelId", "gpuId", "gpusPerReplica"].includes(key))
      .filter(([key]) => !["weights", "kv", "hosting"].includes(key))
      .map(([key]) => [key, "12.5"]),
  );
  return { ...form, ...typed, hosting: "owned" };
}

function workspaceOf(
  scenarios: number,
  options: number,
  option: (s: number, o: number) => OptionForm,
): Workspace {
  return {
    scenarios: Array.from({ length: scenarios }, (_, s) => ({
      ...defaultScenario(`Scenario ${s + 1}`),
      options: Array.from({ length: options }, (_, o) => option(s, o)),
      baselineKey: "o1",
    })),
    open: 0,
  };
}

/** `scenarios` × `options`, every cost typed. */
export const typedWorkspace = (
  scenarios = MAX_SCENARIOS,
  options = MAX_OPTIONS,
) => workspaceOf(scenarios, options, typedOption);

/** Twelve scenarios of twenty owned self-hosting options with every field typed. */
export const ownedWorkspace = () =>
  workspaceOf(MAX_SCENARIOS, MAX_OPTIONS, (_, o) => ownedOption(o));
