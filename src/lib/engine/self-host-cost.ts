/**
 * Monthly cost of a self-hosted fleet: rented GPU-hours (less a reserved term's discount), or owned
 * hardware (purchase less the present value of its resale, annualised at the cost of capital;
 * power at the fleet's utilisation; colocation); plus engineers, setup spread over months and
 * other monthly costs. Worked through at /methodology#self-host-cost.
 */
import { HOURS_PER_MONTH, MONTHS_PER_YEAR } from "./units";
import type { Hosting, SelfHostOption } from "./types";

/**
 * Share of a purchase paid back each year over `years` at yearly rate `rate` (the capital recovery
 * factor r / (1 − (1 + r)^−n)); with no cost of capital, straight-line 1/n.
 */
export function capitalRecoveryFactor(rate: number, years: number): number {
  // Near zero, (1 + r)^−n rounds to 1 and the formula divides by zero; its limit is 1/n.
  if (rate < 1e-9) return 1 / years;
  return rate / (1 - (1 + rate) ** -years);
}

/**
 * Monthly payment that buys hardware at `price` and sells it for `residual` after `years`, at
 * yearly rate r: (price − residual·(1 + r)^−n) · CRF(r, n) / 12.
 */
function ownedMonthlyUsd(
  price: number,
  residual: number,
  rate: number,
  years: number,
): number {
  const presentResidual = residual * (1 + rate) ** -years;
  return (
    ((price - presentResidual) * capitalRecoveryFactor(rate, years)) /
    MONTHS_PER_YEAR
  );
}

/** Electrical draw of one GPU at a utilisation, as a share of its TDP: idle floor plus load. */
export function powerShare(
  utilization: number,
  idlePowerFraction: number,
): number {
  return idlePowerFraction + (1 - idlePowerFraction) * utilization;
}

export interface SelfHostBreakdown {
  gpuRentalUsd: number;
  hardwareUsd: number;
  powerUsd: number;
  colocationUsd: number;
  engineersUsd: number;
  setupUsd: number;
  otherUsd: number;
}

function hostingCost(
  hosting: Hosting,
  gpus: number,
  tdpW: number,
  utilization: number,
): Pick<
  SelfHostBreakdown,
  "gpuRentalUsd" | "hardwareUsd" | "powerUsd" | "colocationUsd"
> {
  if (hosting.mode === "rented") {
    return {
      gpuRentalUsd:
        gpus *
        hosting.usdPerGpuHour *
        (1 - (hosting.reservedDiscount ?? 0)) *
        HOURS_PER_MONTH,
      hardwareUsd: 0,
      powerUsd: 0,
      colocationUsd: 0,
    };
  }
  const provisionedKw = (gpus * tdpW * hosting.nodePowerOverhead) / 1000;
  const drawnKw =
    provisionedKw * powerShare(utilization, hosting.idlePowerFraction);
  return {
    gpuRentalUsd: 0,
    hardwareUsd:
      gpus *
      ownedMonthlyUsd(
        hosting.usdPerGpu,
        hosting.usdPerGpu * (hosting.residualShare ?? 0),
        hosting.costOfCapital,
        hosting.years,
      ),
    powerUsd: drawnKw * hosting.pue * HOURS_PER_MONTH * hosting.usdPerKwh,
    colocationUsd: provisionedKw * hosting.colocationUsdPerKwMonth,
  };
}

export function selfHostMonthlyCost(
  option: SelfHostOption,
  gpus: number,
  utilization: number,
): { totalUsd: number; breakdown: SelfHostBreakdown } {
  // Spelled out, not spread and summed generically: break-even searches call this thousands of
  // times per keystroke, and object spread costs microseconds a call.
  const hosting = hostingCost(
    option.hosting,
    gpus,
    option.gpu.tdpW,
    utilization,
  );
  const engineersUsd =
    (option.engineerFte * option.engineerUsdPerYear) / MONTHS_PER_YEAR;
  const setupUsd = option.setupUsd / option.setupMonths;
  const otherUsd = option.otherUsdPerMonth;
  return {
    totalUsd:
      hosting.gpuRentalUsd +
      hosting.hardwareUsd +
      hosting.powerUsd +
      hosting.colocationUsd +
      engineersUsd +
      setupUsd +
      otherUsd,
    breakdown: {
      gpuRentalUsd: hosting.gpuRentalUsd,
      hardwareUsd: hosting.hardwareUsd,
      powerUsd: hosting.powerUsd,
      colocationUsd: hosting.colocationUsd,
      engineersUsd,
      setupUsd,
      otherUsd,
    },
  };
}
