/** Generated workspaces for the share layer's property tests. */
import fc from "fast-check";
import { WEIGHT_PRECISIONS } from "../../../src/lib/engine/architecture";
import { apiOffers, gpus, openModels } from "../../../src/lib/catalog";
import { apiForm, selfHostForm } from "../../../src/lib/scenario/defaults";
import { type OptionForm } from "../../../src/lib/scenario/form";
import { PERIODS_PER_MONTH } from "../../../src/lib/engine/units";
import type {
  ScenarioDoc,
  Workspace,
} from "../../../src/lib/scenario/workspace";
import { defaultScenario } from "../../../src/lib/scenario/workspace";

/** What a user might leave in a field: numbers, blanks, typos. */
const typed = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map(String),
  fc
    .double({ min: 0, max: 1e6, noNaN: true })
    .map((n) => String(Number(n.toPrecision(4)))),
  fc.constantFrom("", "abc", "-1", "1e3", " 12 "),
);

const apiOption: fc.Arbitrary<OptionForm> = fc
  .record({
    offer: fc.constantFrom(...apiOffers),
    point: fc.nat(),
    output: fc.option(typed, { nil: undefined }),
    verbosity: fc.option(typed, { nil: undefined }),
  })
  .map(({ offer, point, output, verbosity }) => {
    const form = apiForm(
      "k",
      offer.id,
      offer.prices[point % offer.prices.length]!.label,
    );
    return {
      ...form,
      ...(output !== undefined ? { prices: { ...form.prices, output } } : {}),
      ...(verbosity !== undefined ? { verbosity } : {}),
    };
  });

const selfHostOption: fc.Arbitrary<OptionForm> = fc
  .record({
    model: fc.constantFrom(...openModels),
    gpu: fc.constantFrom(...gpus),
    gpus: fc.constantFrom("1", "2", "4", "8", "16"),
    weights: fc.constantFrom(...WEIGHT_PRECISIONS),
    hosting: fc.constantFrom("rented" as const, "owned" as const),
    rent: fc.option(typed, { nil: undefined }),
    measured: fc.option(typed, { nil: undefined }),
  })
  .map(({ model, gpu, gpus: count, weights, hosting, rent, measured }) => ({
    ...selfHostForm("k", model.id, gpu.id, Number(count), weights),
    hosting,
    ...(rent !== undefined ? { usdPerGpuHour: rent } : {}),
    ...(measured !== undefined
      ? { measuredOutputTokensPerSecond: measured }
      : {}),
  }));

const scenario = (index: number): fc.Arbitrary<ScenarioDoc> =>
  fc
    .record({
      name: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
      rate: fc.option(typed, { nil: undefined }),
      period: fc.constantFrom(
        ...(Object.keys(
          PERIODS_PER_MONTH,
        ) as (keyof typeof PERIODS_PER_MONTH)[]),
      ),
      cached: fc.option(typed, { nil: undefined }),
      options: fc.option(
        fc.array(fc.oneof(apiOption, selfHostOption), {
          minLength: 1,
          maxLength: 5,
        }),
        {
          nil: undefined,
        },
      ),
      baseline: fc.nat(),
    })
    .map(({ name, rate, period, cached, options, baseline }) => {
      const base = defaultScenario(name ?? `Scenario ${index + 1}`);
      const keyed = (options ?? base.options).map((o, i) => ({
        ...o,
        key: `x${i}`,
      }));
      return {
        ...base,
        workload: {
          ...base.workload,
          period,
          ...(rate !== undefined ? { rate } : {}),
          ...(cached !== undefined ? { cachedPercent: cached } : {}),
        },
        options: keyed,
        baselineKey: keyed[baseline % keyed.length]!.key,
      };
    });

export const workspaceArb: fc.Arbitrary<Workspace> = fc
  .integer({ min: 1, max: 12 })
  .chain((count) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => scenario(i))),
  )
  .chain((scenarios) =>
    fc.nat({ max: scenarios.length - 1 }).map((open) => ({ scenarios, open })),
  );

/** A workspace with option keys replaced by positions: keys are the page's, not the link's. */
export function withoutKeys(workspace: Workspace) {
  return {
    open: workspace.open,
    scenarios: workspace.scenarios.map((s) => ({
      name: s.name,
      workload: s.workload,
      baseline: s.options.findIndex((o) => o.key === s.baselineKey),
      options: s.options.map(({ key: _, ...rest }) => rest),
    })),
  };
}
