/** `catalog`: what the catalog holds, with sources and dates. */
import { parseArgs } from "node:util";
import {
  apiOffers,
  assumptions,
  catalogDate,
  catalogVersion,
  currentPrice,
  gpus,
  offerLabel,
  openModels,
  qualityRecords,
} from "../catalog";
import type { PricePoint } from "../catalog/types";
import { formatNumber, formatUsd } from "../format";
import type { Io } from "./io";

function priceText(point: PricePoint): string {
  const q = point.quote;
  if (q.status === "list") {
    return `${formatUsd(q.prices.inputPerM)} in / ${formatUsd(q.prices.cachedInputPerM)} cached / ${formatUsd(q.prices.outputPerM)} out`;
  }
  return `unannounced, estimated ${formatUsd(q.low.inputPerM)}–${formatUsd(q.high.inputPerM)} in / ${formatUsd(q.low.outputPerM)}–${formatUsd(q.high.outputPerM)} out`;
}

function describe(): string {
  const lines = [
    `Breakeven catalog ${catalogVersion} (${catalogDate}). Prices are per 1M tokens.`,
    "",
  ];
  lines.push("APIs");
  // Columns as wide as their longest entry, so a long name never pushes the prices out of line.
  const idWidth = Math.max(...apiOffers.map((o) => o.id.length));
  const labelWidth = Math.max(...apiOffers.map((o) => offerLabel(o).length));
  for (const offer of apiOffers) {
    const current = currentPrice(offer);
    // Today's price first, then the others (Muse Spark's launch range), each with its label.
    const points = [current, ...offer.prices.filter((p) => p !== current)];
    points.forEach((point, i) => {
      const name = i === 0 ? offerLabel(offer) : `  ${point.label}`;
      lines.push(
        `  ${(i === 0 ? offer.id : "").padEnd(idWidth)} ${name.padEnd(labelWidth)} ${priceText(point)}  [${point.asOf}]`,
      );
      lines.push(`  ${"".padEnd(idWidth)} source: ${point.source}`);
    });
  }
  lines.push("", "Open-weight models");
  const modelWidth = Math.max(...openModels.map((m) => m.name.length));
  for (const m of openModels) {
    const moe = m.moe
      ? `, MoE ${m.moe.activeExperts}/${m.moe.experts} experts`
      : "";
    lines.push(
      `  ${m.id.padEnd(18)} ${m.name.padEnd(modelWidth)} ${formatNumber(m.totalParamsB, 1)}B total, ${formatNumber(m.activeParamsB, 1)}B active${moe}  [${m.asOf}]`,
    );
    lines.push(`  ${"".padEnd(18)} source: ${m.source}`);
  }
  lines.push("", "GPUs");
  const pad = "".padEnd(10);
  for (const g of gpus) {
    lines.push(
      `  ${g.id.padEnd(10)} ${g.name.padEnd(28)} ${g.memoryGB} GB, ${g.bandwidthTBs} TB/s, ${g.tflops.bf16} TFLOPS bf16, ${g.tdpW} W  [${g.asOf}]`,
      `  ${pad} source: ${g.source}`,
      `  ${pad} rent ${formatUsd(g.rental.low)}–${formatUsd(g.rental.high)} per GPU-hour, typical ${formatUsd(g.rental.typical)}  [${g.rental.asOf}] source: ${g.rental.source}`,
      `  ${pad} buy ${formatUsd(g.purchase.low)}–${formatUsd(g.purchase.high)} per GPU  [${g.purchase.asOf}] source: ${g.purchase.source}`,
    );
  }
  lines.push("", "Assumptions");
  for (const [key, a] of Object.entries(assumptions)) {
    lines.push(
      `  ${key.padEnd(26)} ${String(a.value).padEnd(10)} ${a.unit.padEnd(12)} ${a.label}  [${a.asOf}]`,
    );
    lines.push(`  ${"".padEnd(26)} source: ${a.source}`);
  }
  lines.push(
    "",
    "Quality (Artificial Analysis Intelligence Index; v4.0 and v4.1 are separate scales)",
  );
  for (const q of qualityRecords) {
    lines.push(
      `  ${q.id.padEnd(34)} ${q.model.padEnd(40)} score ${formatNumber(q.score, 1).padStart(5)}, ${formatNumber(q.outputTokensM, 1).padStart(6)}M output tokens  [${q.asOf}]`,
    );
  }
  return lines.join("\n") + "\n";
}

export function runCatalog(args: string[], io: Io): void {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { json: { type: "boolean", default: false } },
  });
  if (values.json) {
    io.stdout(
      JSON.stringify(
        {
          version: catalogVersion,
          date: catalogDate,
          apiOffers,
          openModels,
          gpus,
          assumptions,
          qualityRecords,
        },
        null,
        2,
      ),
    );
  } else {
    io.stdout(describe());
  }
}
