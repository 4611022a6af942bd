import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import { Calculator } from "../../../src/lib/state/calculator.svelte";
import { selfHostForm } from "../../../src/lib/scenario/defaults";
import {
  workloadPath,
  type ApiForm,
  type SelfHostForm,
} from "../../../src/lib/scenario/form";
import { MAX_OPTIONS } from "../../../src/lib/scenario/workspace";
import { encodeLink, decodeLink } from "../../../src/lib/share/link";

describe("Calculator", () => {
  it("evaluates the default scenario", () => {
    const calculator = new Calculator();
    const { evaluation, stale, errors } = calculator.view;
    expect(stale).toBe(false);
    expect(errors).toEqual({});
    expect(evaluation!.result.options).toHaveLength(2);
  });

  it("sets a reasoning effort: the index's factor replaces a typed one, and an accepted score follows", () => {
    const calculator = new Calculator();
    calculator.addApi("gpt-5.4");
    const key = calculator.options[2]!.key;
    calculator.setFactor(key, "2");
    // The index score at the default effort, against Muse Spark 1.1 on v4.1: 53.12.
    calculator.setSuccess(key, "53.1");
    flushSync();
    calculator.setEffort(key, "low");
    flushSync();
    const form = calculator.options[2]!;
    expect(form).toMatchObject({
      effort: "low",
      verbosity: "",
      successPercent: "47.9",
    });
    const option = calculator.view.evaluation!.result.options[2]!;
    // Against Muse Spark 1.1: 109.46 / 93.64 × 9.87 / 120.58.
    expect(option.verbosity).toBeCloseTo(0.0956832, 6);
    expect(option.successRate).toBeCloseTo(0.479, 12);
    // A success rate the user typed stays.
    calculator.setSuccess(key, "90");
    calculator.setEffort(key, "");
    flushSync();
    expect(calculator.options[2]!.successPercent).toBe("90");
  });

  it("gives the same empty errors after each edit while the form is good", () => {
    const calculator = new Calculator();
    const before = calculator.view.errors;
    calculator.workload.rate = "7";
    expect(calculator.view.stale).toBe(false);
    expect(calculator.view.errors).toBe(before);
  });

  it("keeps the last good result, marked stale, while a field is bad", () => {
    const calculator = new Calculator();
    const good = calculator.view.evaluation!;
    calculator.workload.rate = "-3";
    flushSync();
    expect(calculator.view.stale).toBe(true);
    expect(calculator.view.errors[workloadPath("rate")]).toMatch(
      /^Enter a number from 1 to 10,000,000,000,000\.$/,
    );
    expect(calculator.view.evaluation).toBe(good);
    calculator.workload.rate = "131400000";
    flushSync();
    expect(calculator.view.stale).toBe(false);
    expect(calculator.view.evaluation!.result.requestsPerMonth).toBeCloseTo(
      10 * good.result.requestsPerMonth,
      3,
    );
  });

  it("adds, reorders and removes options, never below two, moving the baseline when its option goes", () => {
    const calculator = new Calculator();
    calculator.addApi("gpt-5.4");
    calculator.addSelfHosted();
    expect(calculator.options.map((o) => o.kind)).toEqual([
      "api",
      "self-host",
      "api",
      "self-host",
    ]);
    const [first, second] = calculator.options.map((o) => o.key);
    calculator.move(first!, 1);
    expect(calculator.options[1]!.key).toBe(first);
    calculator.move(first!, -1);
    calculator.move(first!, -1); // already first: nothing happens
    expect(calculator.options[0]!.key).toBe(first);
    calculator.remove(first!); // the baseline
    expect(calculator.baselineKey).toBe(second);
    calculator.remove(calculator.options[0]!.key);
    calculator.remove(calculator.options[0]!.key);
    expect(calculator.options).toHaveLength(2);
  });

  it("fills an option's prices when a catalog entry is picked", () => {
    const calculator = new Calculator();
    const key = calculator.options[0]!.key;
    calculator.pickOffer(key, "claude-opus-4.6");
    const option = calculator.options[0]!;
    expect(option.kind === "api" && option.prices).toEqual({
      input: "5",
      cached: "0.5",
      output: "25",
    });
    calculator.pickOffer(key, "muse-spark");
    calculator.pickPricePoint(key, "launch (price unannounced)");
    flushSync();
    const result = calculator.view.evaluation!.result.options[0]!;
    expect(result.monthlyCostRange).not.toBeNull();
  });

  it("adds options up to the most a link or a saved workspace holds, and no further", async () => {
    const calculator = new Calculator();
    while (calculator.options.length < MAX_OPTIONS) {
      expect(calculator.optionsFull).toBe(false);
      calculator.addSelfHosted();
    }
    expect(calculator.optionsFull).toBe(true);
    calculator.addApi();
    calculator.addSelfHosted();
    expect(calculator.options).toHaveLength(MAX_OPTIONS);
    // What the calculator built, its reader opens.
    const link = await encodeLink(calculator.workspace.snapshot());
    expect((await decodeLink(link)).ok).toBe(true);
  });

  it("adds an API the scenario does not have yet: GPT-5.4, then the catalog's next", () => {
    const calculator = new Calculator();
    const apis = () =>
      calculator.options.flatMap((o) => (o.kind === "api" ? [o.offerId] : []));
    calculator.addApi();
    expect(apis()).toEqual(["muse-spark", "gpt-5.4"]);
    calculator.addApi();
    calculator.addApi();
    expect(apis()).toEqual([
      "muse-spark",
      "gpt-5.4",
      "gpt-5.5",
      "gpt-5.4-mini",
    ]);
    expect(new Set(apis()).size).toBe(apis().length);
  });

  it("keeps a typed price range while another price point is picked, and back", () => {
    const calculator = new Calculator();
    const muse = () => calculator.options[0] as ApiForm;
    calculator.pickPricePoint("muse-spark", "launch (price unannounced)");
    muse().low = { ...muse().low, output: "2" };
    muse().high = { ...muse().high, output: "30" };
    calculator.pickPricePoint("muse-spark", "list price");
    expect(muse().pricePoint).toBe("list price");
    calculator.pickPricePoint("muse-spark", "launch (price unannounced)");
    expect(muse().low.output).toBe("2");
    expect(muse().high.output).toBe("30");
  });

  it("keeps a typed rent when the GPU changes, and moves a catalog rent to the new GPU's", () => {
    const calculator = new Calculator();
    const self = () => calculator.options[1] as SelfHostForm;
    calculator.pickGpu("self-hosted", "h200");
    const h200 = self().usdPerGpuHour;
    expect(h200).not.toBe(
      selfHostForm("x", "llama-4-maverick", "h100-sxm", 8, "fp8").usdPerGpuHour,
    );
    self().usdPerGpuHour = "3.50";
    calculator.pickGpu("self-hosted", "h100-sxm");
    expect(self().usdPerGpuHour).toBe("3.50");
  });
});
