import type { Sourced } from "./types";

/**
 * The article's headline figure, shown beside the user's own saving and never used as a result.
 * Its underlying study was not found; the closest published figure is an 87.6% lower average price
 * of open-model APIs on OpenRouter (see notes).
 */
export const articleSaving: Sourced & { share: number; label: string } = {
  share: 0.88,
  label: "Self-hosting Llama cost 88% less than proprietary API providers",
  source:
    'VentureBeat, "Goodbye, Llama? Meta launches new proprietary AI model Muse Spark" (April 2026): self-hosting Llama models "offered an 88% cost reduction compared to using proprietary API providers"',
  asOf: "2026-04",
  notes:
    'No study stating the 88% was found. Nagle & Yue, "The Latent Role of Open Models in the AI Economy": usage-weighted OpenRouter prices of $0.23 (open) vs $1.86 (closed) per 1M tokens, 87.6% lower, for open models served by API hosts rather than self-hosted.',
};
