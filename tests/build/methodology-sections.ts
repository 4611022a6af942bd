/** The methodology page's sections, in page order: the anchors other pages and the code link to. */
export const METHODOLOGY_SECTIONS = [
  "units",
  "verbosity",
  "api",
  "memory",
  "moe",
  "decode",
  "prefill",
  "throughput",
  "fleet",
  "self-host-cost",
  "unit-costs",
  "break-even",
  "price-range",
  "article-figure",
  "cumulative",
  "calibration",
] as const;
