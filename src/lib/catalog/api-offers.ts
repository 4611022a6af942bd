import type { ApiOffer } from "./types";

const SNAPSHOT = "2026-07-24";

const litellm = (key: string, upstream?: string): string =>
  `BerriAI/litellm model_prices_and_context_window.json (verbatim copy of litellm main in RoCry/llm-api-price@8442b939ead4, commit 2026-07-24 18:23 UTC), key '${key}'` +
  (upstream ? `; upstream URL in entry: ${upstream}` : "");

const NO_CACHE_PRICE =
  "The reference gives no cached-input price, so cached input is billed at the input price (no cache discount).";
const LONG_CONTEXT_CACHE_SCALED =
  "The reference gives no long-context cached-input price; it is scaled from the base cached price by the same ratio as input.";
const NO_BATCH = "No batch price in the reference.";
const ANTHROPIC_BATCH =
  "Anthropic Message Batches API = 50% off input and output (docs.anthropic.com/en/docs/build-with-claude/batch-processing; platform.claude.com model pages 'Batch API 50% discount on input and output').";

const proprietaryOffers: ApiOffer[] = [
  {
    id: "muse-spark",
    kind: "proprietary",
    vendor: "Meta",
    model: "Muse Spark",
    qualityId: "muse-spark@v4.0",
    contextWindow: 1048576,
    prices: [
      {
        label: "launch (price unannounced)",
        asOf: "2026-04-08",
        quote: {
          status: "unannounced",
          low: { inputPerM: 1, cachedInputPerM: 0.1, outputPerM: 4 },
          high: { inputPerM: 5, cachedInputPerM: 0.5, outputPerM: 25 },
        },
        batchDiscount: 0,
        source:
          "Breakeven estimate: Meta announced no API price at launch (Muse Spark released 2026-04-08); range spans the April 2026 list prices of frontier APIs of similar Intelligence Index score, from Gemini 3.1 Pro ($2/$12) and GPT-5.4 ($2.50/$15) up to Claude Opus 4.6 ($5/$25)",
      },
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 1.25, cachedInputPerM: 0.15, outputPerM: 4.25 },
        },
        batchDiscount: 0,
        qualityId: "muse-spark-1.1@v4.1",
        source: litellm(
          "meta/muse-spark-1.1",
          "https://dev.meta.ai/docs/getting-started/pricing-rate-limits",
        ),
        notes:
          "Price of Muse Spark 1.1 on the Meta Model API; the litellm entry first appeared 2026-07-12. Muse Spark 1.3 standard tier kept $1.25 / $0.15 cached / $4.25 (BerriAI/litellm discussion #39439; harn-vm 0.10.129 catalog 12-meta.toml, verified 2026-09-02 against dev.meta.ai/docs/pricing-rate-limits); its contributor tier (prompts may be used for training) is $0.10 in / $0.002 cached / $0.20 out. Artificial Analysis also prices Muse Spark 1.1 at $1.25/$4.25. " +
          NO_BATCH,
      },
    ],
  },
  {
    id: "gpt-5.4",
    kind: "proprietary",
    vendor: "OpenAI",
    model: "GPT-5.4",
    qualityId: "gpt-5.4@v4.0",
    contextWindow: 1050000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 2.5, cachedInputPerM: 0.25, outputPerM: 15 },
        },
        batchDiscount: 0.5,
        longContext: {
          thresholdTokens: 272000,
          inputPerM: 5,
          cachedInputPerM: 0.5,
          outputPerM: 22.5,
        },
        source: litellm("gpt-5.4"),
        notes: `Batch $1.25/$7.50 in litellm. EU/US regional processing uplift x1.1. ${LONG_CONTEXT_CACHE_SCALED}`,
      },
    ],
  },
  {
    id: "gpt-5.5",
    kind: "proprietary",
    vendor: "OpenAI",
    model: "GPT-5.5",
    qualityId: "gpt-5.5@v4.0",
    contextWindow: 1050000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 5, cachedInputPerM: 0.5, outputPerM: 30 },
        },
        batchDiscount: 0.5,
        longContext: {
          thresholdTokens: 272000,
          inputPerM: 10,
          cachedInputPerM: 1,
          outputPerM: 45,
        },
        source: litellm("gpt-5.5"),
        notes: `Batch $2.50/$15 in litellm. ${LONG_CONTEXT_CACHE_SCALED}`,
      },
    ],
  },
  {
    id: "gpt-5.4-mini",
    kind: "proprietary",
    vendor: "OpenAI",
    model: "GPT-5.4 mini",
    qualityId: "gpt-5.4-mini@v4.0",
    contextWindow: 1050000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.75, cachedInputPerM: 0.075, outputPerM: 4.5 },
        },
        batchDiscount: 0.5,
        source: litellm("gpt-5.4-mini"),
        notes: "Batch $0.375/$2.25 in litellm.",
      },
    ],
  },
  {
    id: "gpt-6.2-astra",
    kind: "proprietary",
    vendor: "OpenAI",
    model: "GPT-6.2 Astra",
    contextWindow: 1050000,
    prices: [
      {
        label: "list price",
        asOf: "2026-11-17",
        quote: {
          status: "list",
          prices: { inputPerM: 8, cachedInputPerM: 0.4, outputPerM: 40 },
        },
        batchDiscount: 0.5,
        cacheWritePerM: 10,
        longContext: {
          thresholdTokens: 272000,
          inputPerM: 16,
          cachedInputPerM: 0.8,
          outputPerM: 60,
        },
        source:
          "developers.openai.com/api/docs/models (stored copy, 'Choosing a model' lists GPT-6.2 Astra $8/$40); cached/long-context from iyulab/TokenMeter release v0.17.0 notes",
        notes: `Model id gpt-6.2-astra, released 2026-11-17 (docs.laozhang.ai/en/announcements/gpt-6-2-2026-11.md). Long-context tier from the note 'above 272K input: $16/$60'. ${LONG_CONTEXT_CACHE_SCALED} Batch 0.5x, Fast 2x; cache write $10/M. Confidence: official page (stored) + tracker.`,
      },
    ],
  },
  {
    id: "gpt-6.2-sol",
    kind: "proprietary",
    vendor: "OpenAI",
    model: "GPT-6.2 Sol",
    contextWindow: 1050000,
    prices: [
      {
        label: "list price",
        asOf: "2026-11-17",
        quote: {
          status: "list",
          prices: { inputPerM: 2, cachedInputPerM: 0.1, outputPerM: 10 },
        },
        batchDiscount: 0.5,
        cacheWritePerM: 2.5,
        longContext: {
          thresholdTokens: 272000,
          inputPerM: 4,
          cachedInputPerM: 0.2,
          outputPerM: 15,
        },
        source:
          "developers.openai.com/api/docs/models (stored copy); iyulab/TokenMeter v0.17.0 release notes",
        notes: `Model id gpt-6.2-sol. Long-context tier from the note 'above 272K input: $4/$15'. ${LONG_CONTEXT_CACHE_SCALED} Cache write $2.50/M. Confidence: official page (stored) + tracker.`,
      },
    ],
  },
  {
    id: "claude-opus-4.6",
    kind: "proprietary",
    vendor: "Anthropic",
    model: "Claude Opus 4.6",
    qualityId: "claude-opus-4.6@v4.0",
    contextWindow: 1000000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 5, cachedInputPerM: 0.5, outputPerM: 25 },
        },
        batchDiscount: 0.5,
        cacheWritePerM: 6.25,
        source: litellm("claude-opus-4-6"),
        notes: `Cache write $6.25/M (5 min), $10/M (1 h); 'fast' mode x6 multiplier in litellm provider_specific_entry. ${ANTHROPIC_BATCH}`,
      },
    ],
  },
  {
    id: "claude-sonnet-4.6",
    kind: "proprietary",
    vendor: "Anthropic",
    model: "Claude Sonnet 4.6",
    qualityId: "claude-sonnet-4.6@v4.0",
    contextWindow: 1000000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 3, cachedInputPerM: 0.3, outputPerM: 15 },
        },
        batchDiscount: 0.5,
        cacheWritePerM: 3.75,
        source: litellm("claude-sonnet-4-6"),
        notes: `Cache write $3.75/M. The reference gives no long-context tier for Sonnet 4.6 (Sonnet 4.5 bills prompts over 200K at $6/$22.50). ${ANTHROPIC_BATCH}`,
      },
    ],
  },
  {
    id: "claude-opus-5",
    kind: "proprietary",
    vendor: "Anthropic",
    model: "Claude Opus 5",
    qualityId: "claude-opus-5@v4.1",
    contextWindow: 1000000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 5, cachedInputPerM: 0.5, outputPerM: 25 },
        },
        batchDiscount: 0.5,
        cacheWritePerM: 6.25,
        source: litellm("claude-opus-5"),
        notes: `Released 2026-07-24 (platform.claude.com/docs/en/models/opus-5/overview). Cache write $6.25/M. ${ANTHROPIC_BATCH}`,
      },
    ],
  },
  {
    id: "claude-opus-5.5",
    kind: "proprietary",
    vendor: "Anthropic",
    model: "Claude Opus 5.5",
    contextWindow: 1000000,
    prices: [
      {
        label: "list price",
        asOf: "2026-09-22",
        quote: {
          status: "list",
          prices: { inputPerM: 4, cachedInputPerM: 0.2, outputPerM: 20 },
        },
        batchDiscount: 0.5,
        cacheWritePerM: 5,
        source:
          "platform.claude.com/docs/zh-CN/models/opus-5-5/overview (stored); kurofune/claudit v1.8.2 release notes",
        notes:
          "Released 2026-09-22. Cache write $5/M (5 min), $8/M (1 h); max output 128K. Confidence: official page (stored).",
      },
    ],
  },
  {
    id: "claude-sonnet-5.5",
    kind: "proprietary",
    vendor: "Anthropic",
    model: "Claude Sonnet 5.5",
    contextWindow: 1000000,
    prices: [
      {
        label: "list price",
        asOf: "2026-10-07",
        quote: {
          status: "list",
          prices: { inputPerM: 2, cachedInputPerM: 0.1, outputPerM: 10 },
        },
        batchDiscount: 0.5,
        cacheWritePerM: 2.5,
        source:
          "platform.claude.com/docs/zh-CN/models/sonnet-5-5/overview (stored); TheKrush/PromptFuel v1.0.23 (cache read cut $0.20->$0.10 eff. 2026-10-07)",
        notes:
          "Cache read was $0.20/M before 2026-10-07. Cache write $2.50/M. Confidence: official page (stored) + tracker.",
      },
    ],
  },
  {
    id: "claude-haiku-4.5",
    kind: "proprietary",
    vendor: "Anthropic",
    model: "Claude Haiku 4.5",
    contextWindow: 200000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 1, cachedInputPerM: 0.1, outputPerM: 5 },
        },
        batchDiscount: 0.5,
        cacheWritePerM: 1.25,
        source: litellm("claude-haiku-4-5"),
        notes: `Cache write $1.25/M. ${ANTHROPIC_BATCH}`,
      },
    ],
  },
  {
    id: "gemini-3.1-pro",
    kind: "proprietary",
    vendor: "Google",
    model: "Gemini 3.1 Pro Preview",
    qualityId: "gemini-3.1-pro@v4.0",
    contextWindow: 1048576,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 2, cachedInputPerM: 0.2, outputPerM: 12 },
        },
        batchDiscount: 0.5,
        longContext: {
          thresholdTokens: 200000,
          inputPerM: 4,
          cachedInputPerM: 0.4,
          outputPerM: 18,
        },
        source: litellm(
          "gemini/gemini-3.1-pro-preview",
          "https://ai.google.dev/gemini-api/docs/models#gemini-3.1-pro-preview",
        ),
        notes: `AI Studio price. Batch $1/$6 in litellm. ${LONG_CONTEXT_CACHE_SCALED}`,
      },
    ],
  },
  {
    id: "gemini-4-neon",
    kind: "proprietary",
    vendor: "Google",
    model: "Gemini 4 Neon",
    contextWindow: 1048576,
    prices: [
      {
        label: "list price",
        asOf: "2026-11-18",
        quote: {
          status: "list",
          prices: { inputPerM: 3, cachedInputPerM: 0.15, outputPerM: 15 },
        },
        batchDiscount: 0.5,
        source:
          "iyulab/TokenMeter v0.17.0 release notes; apidog.com/blog/gemini-4-neon-api (released 2026-11-18)",
        notes:
          "Model id gemini-4-neon. Flex 0.5x, Priority 1.8x. Confidence: third-party report of official page.",
      },
    ],
  },
  {
    id: "gemini-4-carbon",
    kind: "proprietary",
    vendor: "Google",
    model: "Gemini 4 Carbon",
    contextWindow: 1048576,
    prices: [
      {
        label: "introductory price",
        asOf: "2026-11-16",
        until: "2026-11-30",
        quote: {
          status: "list",
          prices: { inputPerM: 2, cachedInputPerM: 0.1, outputPerM: 10 },
        },
        batchDiscount: 0.5,
        source:
          "TrazumAPP/Trazum v2.7.9 release notes (Google pricing page read 2026-11-16); BerriAI/litellm discussion #50970",
        notes:
          "Model id gemini-4-carbon. Introductory price until 2026-11-30; $4/$20 from 2026-12-01. Cache read = 5% of input. Gemini 4 Argon is priced identically. Confidence: third-party report of official page.",
      },
      {
        label: "list price",
        asOf: "2026-12-01",
        quote: {
          status: "list",
          prices: { inputPerM: 4, cachedInputPerM: 0.2, outputPerM: 20 },
        },
        batchDiscount: 0.5,
        source:
          "TrazumAPP/Trazum v2.7.9 release notes (Google pricing page read 2026-11-16: '$4/$20 from 2026-12-01'); BerriAI/litellm discussion #50970",
        notes:
          "The price after the introductory one ended on 2026-11-30. Cached input at 5% of input, as the introductory price's; batch at half price, as before. Confidence: third-party report of official page.",
      },
    ],
  },
  {
    id: "grok-4.5",
    kind: "proprietary",
    vendor: "xAI",
    model: "Grok 4.5",
    qualityId: "grok-4.5@v4.1",
    contextWindow: 500000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 2, cachedInputPerM: 0.5, outputPerM: 6 },
        },
        batchDiscount: 0,
        longContext: {
          thresholdTokens: 200000,
          inputPerM: 4,
          cachedInputPerM: 1,
          outputPerM: 12,
        },
        source: litellm("xai/grok-4.5", "https://docs.x.ai/docs/models"),
        notes: `litellm labels it 'released 2026-07-09'; Artificial Analysis gives 2026-07-08. ${LONG_CONTEXT_CACHE_SCALED} ${NO_BATCH}`,
      },
    ],
  },
  {
    id: "grok-4.3",
    kind: "proprietary",
    vendor: "xAI",
    model: "Grok 4.3",
    qualityId: "grok-4.3@v4.0",
    contextWindow: 1000000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 1.25, cachedInputPerM: 0.2, outputPerM: 2.5 },
        },
        batchDiscount: 0,
        longContext: {
          thresholdTokens: 200000,
          inputPerM: 2.5,
          cachedInputPerM: 0.4,
          outputPerM: 5,
        },
        source: litellm("xai/grok-4.3", "https://docs.x.ai/docs/models"),
        notes: `${LONG_CONTEXT_CACHE_SCALED} ${NO_BATCH}`,
      },
    ],
  },
];

const hostedOpenOffers: ApiOffer[] = [
  {
    id: "llama-4-maverick-together",
    kind: "hosted-open",
    vendor: "Together AI",
    model: "Llama 4 Maverick 17B-128E (FP8)",
    openModelId: "llama-4-maverick",
    qualityId: "llama-4-maverick@v4.0",
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.27, cachedInputPerM: 0.27, outputPerM: 0.85 },
        },
        batchDiscount: 0,
        source: litellm(
          "together_ai/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-4-maverick-fireworks",
    kind: "hosted-open",
    vendor: "Fireworks AI",
    model: "Llama 4 Maverick 17B-128E",
    openModelId: "llama-4-maverick",
    qualityId: "llama-4-maverick@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.22, cachedInputPerM: 0.22, outputPerM: 0.88 },
        },
        batchDiscount: 0,
        source: litellm(
          "fireworks_ai/accounts/fireworks/models/llama4-maverick-instruct-basic",
          "https://fireworks.ai/pricing",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-4-maverick-deepinfra",
    kind: "hosted-open",
    vendor: "DeepInfra",
    model: "Llama 4 Maverick 17B-128E (FP8)",
    openModelId: "llama-4-maverick",
    qualityId: "llama-4-maverick@v4.0",
    contextWindow: 1048576,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.15, cachedInputPerM: 0.15, outputPerM: 0.6 },
        },
        batchDiscount: 0,
        source: litellm(
          "deepinfra/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-4-maverick-groq",
    kind: "hosted-open",
    vendor: "Groq",
    model: "Llama 4 Maverick 17B-128E",
    openModelId: "llama-4-maverick",
    qualityId: "llama-4-maverick@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.2, cachedInputPerM: 0.2, outputPerM: 0.6 },
        },
        batchDiscount: 0,
        source: litellm("groq/meta-llama/llama-4-maverick-17b-128e-instruct"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-4-maverick-bedrock",
    kind: "hosted-open",
    vendor: "AWS Bedrock",
    model: "Llama 4 Maverick 17B-128E",
    openModelId: "llama-4-maverick",
    qualityId: "llama-4-maverick@v4.0",
    contextWindow: 128000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.24, cachedInputPerM: 0.24, outputPerM: 0.97 },
        },
        batchDiscount: 0.5,
        source: litellm("meta.llama4-maverick-17b-instruct-v1:0"),
        notes: `AWS Bedrock on-demand; litellm batch fields $0.12/$0.485 (50% off). ${NO_CACHE_PRICE}`,
      },
    ],
  },
  {
    id: "llama-4-scout-together",
    kind: "hosted-open",
    vendor: "Together AI",
    model: "Llama 4 Scout 17B-16E",
    openModelId: "llama-4-scout",
    qualityId: "llama-4-scout@v4.0",
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.18, cachedInputPerM: 0.18, outputPerM: 0.59 },
        },
        batchDiscount: 0,
        source: litellm(
          "together_ai/meta-llama/Llama-4-Scout-17B-16E-Instruct",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-4-scout-fireworks",
    kind: "hosted-open",
    vendor: "Fireworks AI",
    model: "Llama 4 Scout 17B-16E",
    openModelId: "llama-4-scout",
    qualityId: "llama-4-scout@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.15, cachedInputPerM: 0.15, outputPerM: 0.6 },
        },
        batchDiscount: 0,
        source: litellm(
          "fireworks_ai/accounts/fireworks/models/llama4-scout-instruct-basic",
          "https://fireworks.ai/pricing",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-4-scout-deepinfra",
    kind: "hosted-open",
    vendor: "DeepInfra",
    model: "Llama 4 Scout 17B-16E",
    openModelId: "llama-4-scout",
    qualityId: "llama-4-scout@v4.0",
    contextWindow: 327680,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.08, cachedInputPerM: 0.08, outputPerM: 0.3 },
        },
        batchDiscount: 0,
        source: litellm("deepinfra/meta-llama/Llama-4-Scout-17B-16E-Instruct"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-4-scout-groq",
    kind: "hosted-open",
    vendor: "Groq",
    model: "Llama 4 Scout 17B-16E",
    openModelId: "llama-4-scout",
    qualityId: "llama-4-scout@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.11, cachedInputPerM: 0.11, outputPerM: 0.34 },
        },
        batchDiscount: 0,
        source: litellm("groq/meta-llama/llama-4-scout-17b-16e-instruct"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.3-70b-together",
    kind: "hosted-open",
    vendor: "Together AI",
    model: "Llama 3.3 70B Instruct Turbo",
    openModelId: "llama-3.3-70b",
    qualityId: "llama-3.3-70b@v4.0",
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.88, cachedInputPerM: 0.88, outputPerM: 0.88 },
        },
        batchDiscount: 0,
        source: litellm("together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.3-70b-fireworks",
    kind: "hosted-open",
    vendor: "Fireworks AI",
    model: "Llama 3.3 70B Instruct",
    openModelId: "llama-3.3-70b",
    qualityId: "llama-3.3-70b@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.9, cachedInputPerM: 0.9, outputPerM: 0.9 },
        },
        batchDiscount: 0,
        source: litellm(
          "fireworks_ai/accounts/fireworks/models/llama-v3p3-70b-instruct",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.3-70b-deepinfra",
    kind: "hosted-open",
    vendor: "DeepInfra",
    model: "Llama 3.3 70B Instruct Turbo",
    openModelId: "llama-3.3-70b",
    qualityId: "llama-3.3-70b@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.13, cachedInputPerM: 0.13, outputPerM: 0.39 },
        },
        batchDiscount: 0,
        source: litellm("deepinfra/meta-llama/Llama-3.3-70B-Instruct-Turbo"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.3-70b-groq",
    kind: "hosted-open",
    vendor: "Groq",
    model: "Llama 3.3 70B Versatile",
    openModelId: "llama-3.3-70b",
    qualityId: "llama-3.3-70b@v4.0",
    contextWindow: 128000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.59, cachedInputPerM: 0.59, outputPerM: 0.79 },
        },
        batchDiscount: 0,
        source: litellm("groq/llama-3.3-70b-versatile"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.3-70b-cerebras",
    kind: "hosted-open",
    vendor: "Cerebras",
    model: "Llama 3.3 70B",
    openModelId: "llama-3.3-70b",
    qualityId: "llama-3.3-70b@v4.0",
    contextWindow: 128000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.85, cachedInputPerM: 0.85, outputPerM: 1.2 },
        },
        batchDiscount: 0,
        source: litellm("cerebras/llama-3.3-70b"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.1-8b-together",
    kind: "hosted-open",
    vendor: "Together AI",
    model: "Llama 3.1 8B Instruct Turbo",
    openModelId: "llama-3.1-8b",
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.18, cachedInputPerM: 0.18, outputPerM: 0.18 },
        },
        batchDiscount: 0,
        source: litellm(
          "together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.1-8b-deepinfra",
    kind: "hosted-open",
    vendor: "DeepInfra",
    model: "Llama 3.1 8B Instruct Turbo",
    openModelId: "llama-3.1-8b",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.02, cachedInputPerM: 0.02, outputPerM: 0.03 },
        },
        batchDiscount: 0,
        source: litellm(
          "deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.1-8b-groq",
    kind: "hosted-open",
    vendor: "Groq",
    model: "Llama 3.1 8B Instant",
    openModelId: "llama-3.1-8b",
    contextWindow: 128000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.05, cachedInputPerM: 0.05, outputPerM: 0.08 },
        },
        batchDiscount: 0,
        source: litellm("groq/llama-3.1-8b-instant"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.1-405b-together",
    kind: "hosted-open",
    vendor: "Together AI",
    model: "Llama 3.1 405B Instruct Turbo",
    openModelId: "llama-3.1-405b",
    qualityId: "llama-3.1-405b@v4.0",
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 3.5, cachedInputPerM: 3.5, outputPerM: 3.5 },
        },
        batchDiscount: 0,
        source: litellm(
          "together_ai/meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.1-405b-fireworks",
    kind: "hosted-open",
    vendor: "Fireworks AI",
    model: "Llama 3.1 405B Instruct",
    openModelId: "llama-3.1-405b",
    qualityId: "llama-3.1-405b@v4.0",
    contextWindow: 128000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 3, cachedInputPerM: 3, outputPerM: 3 },
        },
        batchDiscount: 0,
        source: litellm(
          "fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct",
          "https://fireworks.ai/pricing",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "llama-3.1-405b-bedrock",
    kind: "hosted-open",
    vendor: "AWS Bedrock",
    model: "Llama 3.1 405B Instruct",
    openModelId: "llama-3.1-405b",
    qualityId: "llama-3.1-405b@v4.0",
    contextWindow: 128000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 5.32, cachedInputPerM: 5.32, outputPerM: 16 },
        },
        batchDiscount: 0,
        source: litellm("meta.llama3-1-405b-instruct-v1:0"),
        notes: `AWS Bedrock on-demand. ${NO_CACHE_PRICE}`,
      },
    ],
  },
  {
    id: "deepseek-v3-together",
    kind: "hosted-open",
    vendor: "Together AI",
    model: "DeepSeek V3",
    openModelId: "deepseek-v3",
    contextWindow: 65536,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 1.25, cachedInputPerM: 1.25, outputPerM: 1.25 },
        },
        batchDiscount: 0,
        source: litellm("together_ai/deepseek-ai/DeepSeek-V3"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "deepseek-v3-0324-fireworks",
    kind: "hosted-open",
    vendor: "Fireworks AI",
    model: "DeepSeek V3-0324",
    openModelId: "deepseek-v3",
    contextWindow: 163840,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.9, cachedInputPerM: 0.9, outputPerM: 0.9 },
        },
        batchDiscount: 0,
        source: litellm(
          "fireworks_ai/accounts/fireworks/models/deepseek-v3-0324",
          "https://fireworks.ai/models/fireworks/deepseek-v3-0324",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "deepseek-v3-0324-deepinfra",
    kind: "hosted-open",
    vendor: "DeepInfra",
    model: "DeepSeek V3-0324",
    openModelId: "deepseek-v3",
    contextWindow: 163840,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.25, cachedInputPerM: 0.25, outputPerM: 0.88 },
        },
        batchDiscount: 0,
        source: litellm("deepinfra/deepseek-ai/DeepSeek-V3-0324"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "deepseek-v3.2-deepseek",
    kind: "hosted-open",
    vendor: "DeepSeek",
    model: "DeepSeek V3.2",
    openModelId: "deepseek-v3",
    qualityId: "deepseek-v3.2@v4.0",
    contextWindow: 163840,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.28, cachedInputPerM: 0.28, outputPerM: 0.4 },
        },
        batchDiscount: 0,
        source: litellm("deepseek/deepseek-v3.2"),
        notes: `First-party API. V3.2 keeps the V3 weights layout and MLA cache but adds DeepSeek Sparse Attention, so its long-context attention costs less than the V3 architecture implies. Quality is the reasoning mode. litellm's 'deepseek/deepseek-chat' entry (api-docs.deepseek.com/quick_start/pricing) lists $0.28 in / $0.028 cached / $0.42 out. ${NO_CACHE_PRICE}`,
      },
    ],
  },
  {
    id: "deepseek-v3.2-fireworks",
    kind: "hosted-open",
    vendor: "Fireworks AI",
    model: "DeepSeek V3.2",
    openModelId: "deepseek-v3",
    qualityId: "deepseek-v3.2@v4.0",
    contextWindow: 163840,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.56, cachedInputPerM: 0.56, outputPerM: 1.68 },
        },
        batchDiscount: 0,
        source: litellm(
          "fireworks_ai/accounts/fireworks/models/deepseek-v3p2",
          "https://fireworks.ai/models/fireworks/deepseek-v3p2",
        ),
        notes: `V3.2 adds DeepSeek Sparse Attention to the V3 architecture. Quality is the reasoning mode. ${NO_CACHE_PRICE}`,
      },
    ],
  },
  {
    id: "deepseek-r1-0528-fireworks",
    kind: "hosted-open",
    vendor: "Fireworks AI",
    model: "DeepSeek R1-0528",
    openModelId: "deepseek-v3",
    qualityId: "deepseek-r1-0528@v4.0",
    contextWindow: 160000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 3, cachedInputPerM: 3, outputPerM: 8 },
        },
        batchDiscount: 0,
        source: litellm(
          "fireworks_ai/accounts/fireworks/models/deepseek-r1-0528",
          "https://fireworks.ai/pricing",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "deepseek-r1-0528-deepinfra",
    kind: "hosted-open",
    vendor: "DeepInfra",
    model: "DeepSeek R1-0528",
    openModelId: "deepseek-v3",
    qualityId: "deepseek-r1-0528@v4.0",
    contextWindow: 163840,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.5, cachedInputPerM: 0.4, outputPerM: 2.15 },
        },
        batchDiscount: 0,
        source: litellm("deepinfra/deepseek-ai/DeepSeek-R1-0528"),
      },
    ],
  },
  {
    id: "deepseek-v4-pro-deepseek",
    kind: "hosted-open",
    vendor: "DeepSeek",
    model: "DeepSeek V4 Pro",
    qualityId: "deepseek-v4-pro-0424@v4.0",
    contextWindow: 1000000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: {
            inputPerM: 0.435,
            cachedInputPerM: 0.003625,
            outputPerM: 0.87,
          },
        },
        batchDiscount: 0,
        source: litellm(
          "deepseek/deepseek-v4-pro",
          "https://api-docs.deepseek.com/quick_start/pricing",
        ),
        notes:
          "First-party API; at this date it served the 0424 build. Artificial Analysis priced the later 0813 build at $1.32/$3.96 (Aug 2026). No catalog architecture for V4.",
      },
    ],
  },
  {
    id: "deepseek-v4-pro-fireworks",
    kind: "hosted-open",
    vendor: "Fireworks AI",
    model: "DeepSeek V4 Pro",
    qualityId: "deepseek-v4-pro-0424@v4.0",
    contextWindow: 1048576,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 1.74, cachedInputPerM: 0.145, outputPerM: 3.48 },
        },
        batchDiscount: 0,
        source: litellm(
          "fireworks_ai/deepseek-v4-pro",
          "https://docs.fireworks.ai/serverless/pricing",
        ),
        notes: "No catalog architecture for V4.",
      },
    ],
  },
  {
    id: "qwen3-235b-a22b-together",
    kind: "hosted-open",
    vendor: "Together AI",
    model: "Qwen3-235B-A22B (FP8, throughput)",
    openModelId: "qwen3-235b-a22b",
    contextWindow: 40000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.2, cachedInputPerM: 0.2, outputPerM: 0.6 },
        },
        batchDiscount: 0,
        source: litellm(
          "together_ai/Qwen/Qwen3-235B-A22B-fp8-tput",
          "https://www.together.ai/models/qwen3-235b-a22b-fp8-tput",
        ),
        notes: `Original (April 2025) Qwen3 release; no quality record for it. ${NO_CACHE_PRICE}`,
      },
    ],
  },
  {
    id: "qwen3-235b-a22b-2507-together",
    kind: "hosted-open",
    vendor: "Together AI",
    model: "Qwen3-235B-A22B-Instruct-2507 (FP8, throughput)",
    openModelId: "qwen3-235b-a22b",
    qualityId: "qwen3-235b-a22b-2507-instruct@v4.0",
    contextWindow: 262000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.2, cachedInputPerM: 0.2, outputPerM: 6 },
        },
        batchDiscount: 0,
        source: litellm(
          "together_ai/Qwen/Qwen3-235B-A22B-Instruct-2507-tput",
          "https://www.together.ai/models/qwen3-235b-a22b-instruct-2507-fp8",
        ),
        notes: `SUSPECT: output $6.00/M looks like a data-entry error in litellm (Together fp8-tput sibling is $0.60); verify before use. ${NO_CACHE_PRICE}`,
      },
    ],
  },
  {
    id: "qwen3-235b-a22b-2507-fireworks",
    kind: "hosted-open",
    vendor: "Fireworks AI",
    model: "Qwen3-235B-A22B-Instruct-2507",
    openModelId: "qwen3-235b-a22b",
    qualityId: "qwen3-235b-a22b-2507-instruct@v4.0",
    contextWindow: 262144,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.22, cachedInputPerM: 0.22, outputPerM: 0.88 },
        },
        batchDiscount: 0,
        source: litellm(
          "fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b-instruct-2507",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "qwen3-235b-a22b-2507-deepinfra",
    kind: "hosted-open",
    vendor: "DeepInfra",
    model: "Qwen3-235B-A22B-Instruct-2507",
    openModelId: "qwen3-235b-a22b",
    qualityId: "qwen3-235b-a22b-2507-instruct@v4.0",
    contextWindow: 262144,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.09, cachedInputPerM: 0.09, outputPerM: 0.6 },
        },
        batchDiscount: 0,
        source: litellm("deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "qwen3-32b-deepinfra",
    kind: "hosted-open",
    vendor: "DeepInfra",
    model: "Qwen3-32B",
    openModelId: "qwen3-32b",
    contextWindow: 40960,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.1, cachedInputPerM: 0.1, outputPerM: 0.28 },
        },
        batchDiscount: 0,
        source: litellm("deepinfra/Qwen/Qwen3-32B"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "qwen3-32b-groq",
    kind: "hosted-open",
    vendor: "Groq",
    model: "Qwen3-32B",
    openModelId: "qwen3-32b",
    contextWindow: 131000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.29, cachedInputPerM: 0.29, outputPerM: 0.59 },
        },
        batchDiscount: 0,
        source: litellm("groq/qwen/qwen3-32b"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "glm-4.5-deepinfra",
    kind: "hosted-open",
    vendor: "DeepInfra",
    model: "GLM-4.5",
    openModelId: "glm-4.5",
    qualityId: "glm-4.5@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.4, cachedInputPerM: 0.4, outputPerM: 1.6 },
        },
        batchDiscount: 0,
        source: litellm("deepinfra/zai-org/GLM-4.5"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "glm-4.5-zai",
    kind: "hosted-open",
    vendor: "Z.ai",
    model: "GLM-4.5",
    openModelId: "glm-4.5",
    qualityId: "glm-4.5@v4.0",
    contextWindow: 128000,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.6, cachedInputPerM: 0.6, outputPerM: 2.2 },
        },
        batchDiscount: 0,
        source: litellm(
          "zai/glm-4.5",
          "https://docs.z.ai/guides/overview/pricing",
        ),
        notes: `First-party API. ${NO_CACHE_PRICE}`,
      },
    ],
  },
  {
    id: "gpt-oss-120b-together",
    kind: "hosted-open",
    vendor: "Together AI",
    model: "gpt-oss-120b",
    openModelId: "gpt-oss-120b",
    qualityId: "gpt-oss-120b@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.15, cachedInputPerM: 0.15, outputPerM: 0.6 },
        },
        batchDiscount: 0,
        source: litellm(
          "together_ai/openai/gpt-oss-120b",
          "https://www.together.ai/models/gpt-oss-120b",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "gpt-oss-120b-fireworks",
    kind: "hosted-open",
    vendor: "Fireworks AI",
    model: "gpt-oss-120b",
    openModelId: "gpt-oss-120b",
    qualityId: "gpt-oss-120b@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.15, cachedInputPerM: 0.015, outputPerM: 0.6 },
        },
        batchDiscount: 0,
        source: litellm(
          "fireworks_ai/accounts/fireworks/models/gpt-oss-120b",
          "https://docs.fireworks.ai/serverless/pricing",
        ),
      },
    ],
  },
  {
    id: "gpt-oss-120b-deepinfra",
    kind: "hosted-open",
    vendor: "DeepInfra",
    model: "gpt-oss-120b",
    openModelId: "gpt-oss-120b",
    qualityId: "gpt-oss-120b@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.05, cachedInputPerM: 0.05, outputPerM: 0.45 },
        },
        batchDiscount: 0,
        source: litellm("deepinfra/openai/gpt-oss-120b"),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
  {
    id: "gpt-oss-120b-groq",
    kind: "hosted-open",
    vendor: "Groq",
    model: "gpt-oss-120b",
    openModelId: "gpt-oss-120b",
    qualityId: "gpt-oss-120b@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.15, cachedInputPerM: 0.075, outputPerM: 0.6 },
        },
        batchDiscount: 0,
        source: litellm("groq/openai/gpt-oss-120b"),
      },
    ],
  },
  {
    id: "gpt-oss-120b-cerebras",
    kind: "hosted-open",
    vendor: "Cerebras",
    model: "gpt-oss-120b",
    openModelId: "gpt-oss-120b",
    qualityId: "gpt-oss-120b@v4.0",
    contextWindow: 131072,
    prices: [
      {
        label: "list price",
        asOf: SNAPSHOT,
        quote: {
          status: "list",
          prices: { inputPerM: 0.35, cachedInputPerM: 0.35, outputPerM: 0.75 },
        },
        batchDiscount: 0,
        source: litellm(
          "cerebras/gpt-oss-120b",
          "https://www.cerebras.ai/blog/openai-gpt-oss-120b-runs-fastest-on-cerebras",
        ),
        notes: NO_CACHE_PRICE,
      },
    ],
  },
];

export const apiOffers: readonly ApiOffer[] = [
  ...proprietaryOffers,
  ...hostedOpenOffers,
];
