/** What the worked example's fleet costs a month, rented as in the scenario and bought instead. */
import {
  capitalRecoveryFactor,
  selfHostMonthlyCost,
} from "../engine/self-host-cost";
import type { SelfHostOption } from "../engine/types";
import { HOURS_PER_MONTH, MONTHS_PER_YEAR } from "../engine/units";
import { formatPercent } from "../format";
import { figure, figureStep, step, usdStep, type StepSection } from "./steps";
import { minus, num, over, plus, pow, stated, times, usd } from "./worked";

/** Engineers, setup spread over months, and other costs: the same rented or owned. */
function staffRows(option: SelfHostOption) {
  const engineers = over(
    times(num(option.engineerFte, 2, " FTE"), usd(option.engineerUsdPerYear)),
    num(MONTHS_PER_YEAR),
  );
  const setup = over(
    usd(option.setupUsd),
    num(option.setupMonths, 0, " months"),
  );
  const other = stated("As entered", option.otherUsdPerMonth);
  return { engineers, setup, other };
}

export function rentedSection(
  option: SelfHostOption,
  gpus: number,
  utilization: number,
): StepSection | null {
  if (option.hosting.mode !== "rented") return null;
  const { totalUsd, breakdown } = selfHostMonthlyCost(
    option,
    gpus,
    utilization,
  );
  const rental = times(
    num(gpus, 0, " GPUs"),
    usd(option.hosting.usdPerGpuHour),
    num(HOURS_PER_MONTH, 0, " h"),
  );
  const { engineers, setup, other } = staffRows(option);
  const total = plus(
    ...[rental, engineers, setup, other].map((x) => usd(x.value)),
  );
  return {
    id: "rented",
    title: "Rented, as in the default scenario",
    rows: [
      usdStep("GPU rental", rental, {
        engine: breakdown.gpuRentalUsd,
      }),
      usdStep("Engineers", engineers, {
        engine: breakdown.engineersUsd,
      }),
      usdStep("Setup", setup, {
        engine: breakdown.setupUsd,
      }),
      usdStep("Other", other),
      usdStep("Total", total, { engine: totalUsd }),
    ],
  };
}

export function ownedSection(
  option: SelfHostOption,
  gpus: number,
  utilization: number,
): StepSection | null {
  const { hosting } = option;
  if (hosting.mode !== "owned") return null;
  const { totalUsd, breakdown } = selfHostMonthlyCost(
    option,
    gpus,
    utilization,
  );
  const rate = num(hosting.costOfCapital, 3);
  // With no cost of capital the factor is its limit, straight-line 1/n.
  const crf =
    hosting.costOfCapital < 1e-9
      ? over(num(1), num(hosting.years, 1))
      : over(rate, minus(num(1), pow(plus(num(1), rate), -hosting.years)));
  const hardware = over(
    times(num(gpus), usd(hosting.usdPerGpu), num(crf.value, 4)),
    num(MONTHS_PER_YEAR),
  );
  const provisioned = over(
    times(
      num(gpus),
      num(option.gpu.tdpW, 0, " W"),
      num(hosting.nodePowerOverhead, 2),
    ),
    num(1000),
  );
  const kw = num(provisioned.value, 2, " kW");
  const drawn = times(
    kw,
    plus(
      num(hosting.idlePowerFraction, 2),
      times(num(1 - hosting.idlePowerFraction, 2), num(utilization, 3)),
    ),
  );
  const power = times(
    num(drawn.value, 2, " kW"),
    num(hosting.pue, 2, " PUE"),
    num(HOURS_PER_MONTH, 0, " h"),
    usd(hosting.usdPerKwh, "/kWh"),
  );
  const colocation = times(
    kw,
    usd(hosting.colocationUsdPerKwMonth, "/kW-month"),
  );
  const { engineers, setup, other } = staffRows(option);
  const staff = plus(...[engineers, setup, other].map((x) => usd(x.value)));
  const total = plus(
    ...[hardware, power, colocation, staff].map((x) => usd(x.value)),
  );
  return {
    id: "owned",
    title: `The same ${figure(gpus, 0)} GPUs bought instead, with the calculator's defaults for owned hardware`,
    rows: [
      step("Capital recovery factor", crf, `${figure(crf.value, 4)} a year`, {
        engine: capitalRecoveryFactor(hosting.costOfCapital, hosting.years),
      }),
      usdStep("Hardware", hardware, {
        engine: breakdown.hardwareUsd,
      }),
      figureStep("Provisioned power", provisioned, 2, " kW"),
      figureStep(
        `Drawn at ${formatPercent(utilization)} utilisation`,
        drawn,
        2,
        " kW",
      ),
      usdStep("Power", power, {
        engine: breakdown.powerUsd,
      }),
      usdStep("Colocation", colocation, {
        engine: breakdown.colocationUsd,
      }),
      usdStep("Engineers, setup and other", staff),
      usdStep("Total", total, { engine: totalUsd }),
    ],
  };
}
