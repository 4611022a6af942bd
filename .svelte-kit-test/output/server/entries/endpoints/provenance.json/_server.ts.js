import { json } from "@sveltejs/kit";
// src/lib/catalog/api-offers.ts?with-provenance
var SNAPSHOT = "2026-07-24";
var litellm = (key, upstream) => `BerriAI/litellm model_prices_and_context_window.json (verbatim copy of litellm main in RoCry/llm-api-price@8442b939ead4, commit 2026-07-24 18:23 UTC), key '${key}'` + (upstream ? `; upstream URL in entry: ${upstream}` : "");
var NO_CACHE_PRICE = "The reference gives no cached-input price, so cached input is billed at the input price (no cache discount).";
var LONG_CONTEXT_CACHE_SCALED = "The reference gives no long-context cached-input price; it is scaled from the base cached price by the same ratio as input.";
var NO_BATCH = "No batch price in the reference.";
var ANTHROPIC_BATCH = "Anthropic Message Batches API = 50% off input and output (docs.anthropic.com/en/docs/build-with-claude/batch-processing; platform.claude.com model pages 'Batch API 50% discount on input and output').";
var proprietaryOffers = [
	{
		id: "muse-spark",
		kind: "proprietary",
		vendor: "Meta",
		model: "Muse Spark",
		qualityId: "muse-spark@v4.0",
		contextWindow: 1048576,
		prices: [{
			label: "launch (price unannounced)",
			asOf: "2026-04-08",
			quote: {
				status: "unannounced",
				low: {
					inputPerM: 1,
					cachedInputPerM: .1,
					outputPerM: 4
				},
				high: {
					inputPerM: 5,
					cachedInputPerM: .5,
					outputPerM: 25
				}
			},
			batchDiscount: 0,
			source: "Breakeven estimate: Meta announced no API price at launch (Muse Spark released 2026-04-08); range spans the April 2026 list prices of frontier APIs of similar Intelligence Index score, from Gemini 3.1 Pro ($2/$12) and GPT-5.4 ($2.50/$15) up to Claude Opus 4.6 ($5/$25)"
		}, {
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 1.25,
					cachedInputPerM: .15,
					outputPerM: 4.25
				}
			},
			batchDiscount: 0,
			source: litellm("meta/muse-spark-1.1", "https://dev.meta.ai/docs/getting-started/pricing-rate-limits"),
			notes: "Price of Muse Spark 1.1 on the Meta Model API; the litellm entry first appeared 2026-07-12. Muse Spark 1.3 standard tier kept $1.25 / $0.15 cached / $4.25 (BerriAI/litellm discussion #39439; harn-vm 0.10.129 catalog 12-meta.toml, verified 2026-09-02 against dev.meta.ai/docs/pricing-rate-limits); its contributor tier (prompts may be used for training) is $0.10 in / $0.002 cached / $0.20 out. Artificial Analysis also prices Muse Spark 1.1 at $1.25/$4.25. " + NO_BATCH
		}]
	},
	{
		id: "gpt-5.4",
		kind: "proprietary",
		vendor: "OpenAI",
		model: "GPT-5.4",
		qualityId: "gpt-5.4@v4.0",
		contextWindow: 105e4,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 2.5,
					cachedInputPerM: .25,
					outputPerM: 15
				}
			},
			batchDiscount: .5,
			longContext: {
				thresholdTokens: 272e3,
				inputPerM: 5,
				cachedInputPerM: .5,
				outputPerM: 22.5
			},
			source: litellm("gpt-5.4"),
			notes: `Batch $1.25/$7.50 in litellm. EU/US regional processing uplift x1.1. ${LONG_CONTEXT_CACHE_SCALED}`
		}]
	},
	{
		id: "gpt-5.5",
		kind: "proprietary",
		vendor: "OpenAI",
		model: "GPT-5.5",
		qualityId: "gpt-5.5@v4.0",
		contextWindow: 105e4,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 5,
					cachedInputPerM: .5,
					outputPerM: 30
				}
			},
			batchDiscount: .5,
			longContext: {
				thresholdTokens: 272e3,
				inputPerM: 10,
				cachedInputPerM: 1,
				outputPerM: 45
			},
			source: litellm("gpt-5.5"),
			notes: `Batch $2.50/$15 in litellm. ${LONG_CONTEXT_CACHE_SCALED}`
		}]
	},
	{
		id: "gpt-5.4-mini",
		kind: "proprietary",
		vendor: "OpenAI",
		model: "GPT-5.4 mini",
		qualityId: "gpt-5.4-mini@v4.0",
		contextWindow: 105e4,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .75,
					cachedInputPerM: .075,
					outputPerM: 4.5
				}
			},
			batchDiscount: .5,
			source: litellm("gpt-5.4-mini"),
			notes: "Batch $0.375/$2.25 in litellm."
		}]
	},
	{
		id: "gpt-6.2-astra",
		kind: "proprietary",
		vendor: "OpenAI",
		model: "GPT-6.2 Astra",
		contextWindow: 105e4,
		prices: [{
			label: "list price",
			asOf: "2026-11-17",
			quote: {
				status: "list",
				prices: {
					inputPerM: 8,
					cachedInputPerM: .4,
					outputPerM: 40
				}
			},
			batchDiscount: .5,
			longContext: {
				thresholdTokens: 272e3,
				inputPerM: 16,
				cachedInputPerM: .8,
				outputPerM: 60
			},
			source: "developers.openai.com/api/docs/models (stored copy, 'Choosing a model' lists GPT-6.2 Astra $8/$40); cached/long-context from iyulab/TokenMeter release v0.17.0 notes",
			notes: `Model id gpt-6.2-astra, released 2026-11-17 (docs.laozhang.ai/en/announcements/gpt-6-2-2026-11.md). Long-context tier from the note 'above 272K input: $16/$60'. ${LONG_CONTEXT_CACHE_SCALED} Batch 0.5x, Fast 2x; cache write $10/M. Confidence: official page (stored) + tracker.`
		}]
	},
	{
		id: "gpt-6.2-sol",
		kind: "proprietary",
		vendor: "OpenAI",
		model: "GPT-6.2 Sol",
		contextWindow: 105e4,
		prices: [{
			label: "list price",
			asOf: "2026-11-17",
			quote: {
				status: "list",
				prices: {
					inputPerM: 2,
					cachedInputPerM: .1,
					outputPerM: 10
				}
			},
			batchDiscount: .5,
			longContext: {
				thresholdTokens: 272e3,
				inputPerM: 4,
				cachedInputPerM: .2,
				outputPerM: 15
			},
			source: "developers.openai.com/api/docs/models (stored copy); iyulab/TokenMeter v0.17.0 release notes",
			notes: `Model id gpt-6.2-sol. Long-context tier from the note 'above 272K input: $4/$15'. ${LONG_CONTEXT_CACHE_SCALED} Cache write $2.50/M. Confidence: official page (stored) + tracker.`
		}]
	},
	{
		id: "claude-opus-4.6",
		kind: "proprietary",
		vendor: "Anthropic",
		model: "Claude Opus 4.6",
		qualityId: "claude-opus-4.6@v4.0",
		contextWindow: 1e6,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 5,
					cachedInputPerM: .5,
					outputPerM: 25
				}
			},
			batchDiscount: .5,
			source: litellm("claude-opus-4-6"),
			notes: `Cache write $6.25/M (5 min), $10/M (1 h); 'fast' mode x6 multiplier in litellm provider_specific_entry. ${ANTHROPIC_BATCH}`
		}]
	},
	{
		id: "claude-sonnet-4.6",
		kind: "proprietary",
		vendor: "Anthropic",
		model: "Claude Sonnet 4.6",
		qualityId: "claude-sonnet-4.6@v4.0",
		contextWindow: 1e6,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 3,
					cachedInputPerM: .3,
					outputPerM: 15
				}
			},
			batchDiscount: .5,
			source: litellm("claude-sonnet-4-6"),
			notes: `Cache write $3.75/M. The reference gives no long-context tier for Sonnet 4.6 (Sonnet 4.5 bills prompts over 200K at $6/$22.50). ${ANTHROPIC_BATCH}`
		}]
	},
	{
		id: "claude-opus-5",
		kind: "proprietary",
		vendor: "Anthropic",
		model: "Claude Opus 5",
		qualityId: "claude-opus-5@v4.1",
		contextWindow: 1e6,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 5,
					cachedInputPerM: .5,
					outputPerM: 25
				}
			},
			batchDiscount: .5,
			source: litellm("claude-opus-5"),
			notes: `Released 2026-07-24 (platform.claude.com/docs/en/models/opus-5/overview). Cache write $6.25/M. ${ANTHROPIC_BATCH}`
		}]
	},
	{
		id: "claude-opus-5.5",
		kind: "proprietary",
		vendor: "Anthropic",
		model: "Claude Opus 5.5",
		contextWindow: 1e6,
		prices: [{
			label: "list price",
			asOf: "2026-09-22",
			quote: {
				status: "list",
				prices: {
					inputPerM: 4,
					cachedInputPerM: .2,
					outputPerM: 20
				}
			},
			batchDiscount: .5,
			source: "platform.claude.com/docs/zh-CN/models/opus-5-5/overview (stored); kurofune/claudit v1.8.2 release notes",
			notes: "Released 2026-09-22. Cache write $5/M (5 min), $8/M (1 h); max output 128K. Confidence: official page (stored)."
		}]
	},
	{
		id: "claude-sonnet-5.5",
		kind: "proprietary",
		vendor: "Anthropic",
		model: "Claude Sonnet 5.5",
		contextWindow: 1e6,
		prices: [{
			label: "list price",
			asOf: "2026-10-07",
			quote: {
				status: "list",
				prices: {
					inputPerM: 2,
					cachedInputPerM: .1,
					outputPerM: 10
				}
			},
			batchDiscount: .5,
			source: "platform.claude.com/docs/zh-CN/models/sonnet-5-5/overview (stored); TheKrush/PromptFuel v1.0.23 (cache read cut $0.20->$0.10 eff. 2026-10-07)",
			notes: "Cache read was $0.20/M before 2026-10-07. Cache write $2.50/M. Confidence: official page (stored) + tracker."
		}]
	},
	{
		id: "claude-haiku-4.5",
		kind: "proprietary",
		vendor: "Anthropic",
		model: "Claude Haiku 4.5",
		contextWindow: 2e5,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 1,
					cachedInputPerM: .1,
					outputPerM: 5
				}
			},
			batchDiscount: .5,
			source: litellm("claude-haiku-4-5"),
			notes: `Cache write $1.25/M. ${ANTHROPIC_BATCH}`
		}]
	},
	{
		id: "gemini-3.1-pro",
		kind: "proprietary",
		vendor: "Google",
		model: "Gemini 3.1 Pro Preview",
		qualityId: "gemini-3.1-pro@v4.0",
		contextWindow: 1048576,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 2,
					cachedInputPerM: .2,
					outputPerM: 12
				}
			},
			batchDiscount: .5,
			longContext: {
				thresholdTokens: 2e5,
				inputPerM: 4,
				cachedInputPerM: .4,
				outputPerM: 18
			},
			source: litellm("gemini/gemini-3.1-pro-preview", "https://ai.google.dev/gemini-api/docs/models#gemini-3.1-pro-preview"),
			notes: `AI Studio price. Batch $1/$6 in litellm. ${LONG_CONTEXT_CACHE_SCALED}`
		}]
	},
	{
		id: "gemini-4-neon",
		kind: "proprietary",
		vendor: "Google",
		model: "Gemini 4 Neon",
		contextWindow: 1048576,
		prices: [{
			label: "list price",
			asOf: "2026-11-18",
			quote: {
				status: "list",
				prices: {
					inputPerM: 3,
					cachedInputPerM: .15,
					outputPerM: 15
				}
			},
			batchDiscount: .5,
			source: "iyulab/TokenMeter v0.17.0 release notes; apidog.com/blog/gemini-4-neon-api (released 2026-11-18)",
			notes: "Model id gemini-4-neon. Flex 0.5x, Priority 1.8x. Confidence: third-party report of official page."
		}]
	},
	{
		id: "gemini-4-carbon",
		kind: "proprietary",
		vendor: "Google",
		model: "Gemini 4 Carbon",
		contextWindow: 1048576,
		prices: [{
			label: "introductory price",
			asOf: "2026-11-16",
			quote: {
				status: "list",
				prices: {
					inputPerM: 2,
					cachedInputPerM: .1,
					outputPerM: 10
				}
			},
			batchDiscount: .5,
			source: "TrazumAPP/Trazum v2.7.9 release notes (Google pricing page read 2026-11-16); BerriAI/litellm discussion #50970",
			notes: "Model id gemini-4-carbon. Introductory price until 2026-11-30; $4/$20 from 2026-12-01. Cache read = 5% of input. Gemini 4 Argon is priced identically. Confidence: third-party report of official page."
		}]
	},
	{
		id: "grok-4.5",
		kind: "proprietary",
		vendor: "xAI",
		model: "Grok 4.5",
		qualityId: "grok-4.5@v4.1",
		contextWindow: 5e5,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 2,
					cachedInputPerM: .5,
					outputPerM: 6
				}
			},
			batchDiscount: 0,
			longContext: {
				thresholdTokens: 2e5,
				inputPerM: 4,
				cachedInputPerM: 1,
				outputPerM: 12
			},
			source: litellm("xai/grok-4.5", "https://docs.x.ai/docs/models"),
			notes: `litellm labels it 'released 2026-07-09'; Artificial Analysis gives 2026-07-08. ${LONG_CONTEXT_CACHE_SCALED} ${NO_BATCH}`
		}]
	},
	{
		id: "grok-4.3",
		kind: "proprietary",
		vendor: "xAI",
		model: "Grok 4.3",
		qualityId: "grok-4.3@v4.0",
		contextWindow: 1e6,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 1.25,
					cachedInputPerM: .2,
					outputPerM: 2.5
				}
			},
			batchDiscount: 0,
			longContext: {
				thresholdTokens: 2e5,
				inputPerM: 2.5,
				cachedInputPerM: .4,
				outputPerM: 5
			},
			source: litellm("xai/grok-4.3", "https://docs.x.ai/docs/models"),
			notes: `${LONG_CONTEXT_CACHE_SCALED} ${NO_BATCH}`
		}]
	}
];
var hostedOpenOffers = [
	{
		id: "llama-4-maverick-together",
		kind: "hosted-open",
		vendor: "Together AI",
		model: "Llama 4 Maverick 17B-128E (FP8)",
		openModelId: "llama-4-maverick",
		qualityId: "llama-4-maverick@v4.0",
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .27,
					cachedInputPerM: .27,
					outputPerM: .85
				}
			},
			batchDiscount: 0,
			source: litellm("together_ai/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-4-maverick-fireworks",
		kind: "hosted-open",
		vendor: "Fireworks AI",
		model: "Llama 4 Maverick 17B-128E",
		openModelId: "llama-4-maverick",
		qualityId: "llama-4-maverick@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .22,
					cachedInputPerM: .22,
					outputPerM: .88
				}
			},
			batchDiscount: 0,
			source: litellm("fireworks_ai/accounts/fireworks/models/llama4-maverick-instruct-basic", "https://fireworks.ai/pricing"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-4-maverick-deepinfra",
		kind: "hosted-open",
		vendor: "DeepInfra",
		model: "Llama 4 Maverick 17B-128E (FP8)",
		openModelId: "llama-4-maverick",
		qualityId: "llama-4-maverick@v4.0",
		contextWindow: 1048576,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .15,
					cachedInputPerM: .15,
					outputPerM: .6
				}
			},
			batchDiscount: 0,
			source: litellm("deepinfra/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-4-maverick-groq",
		kind: "hosted-open",
		vendor: "Groq",
		model: "Llama 4 Maverick 17B-128E",
		openModelId: "llama-4-maverick",
		qualityId: "llama-4-maverick@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .2,
					cachedInputPerM: .2,
					outputPerM: .6
				}
			},
			batchDiscount: 0,
			source: litellm("groq/meta-llama/llama-4-maverick-17b-128e-instruct"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-4-maverick-bedrock",
		kind: "hosted-open",
		vendor: "AWS Bedrock",
		model: "Llama 4 Maverick 17B-128E",
		openModelId: "llama-4-maverick",
		qualityId: "llama-4-maverick@v4.0",
		contextWindow: 128e3,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .24,
					cachedInputPerM: .24,
					outputPerM: .97
				}
			},
			batchDiscount: .5,
			source: litellm("meta.llama4-maverick-17b-instruct-v1:0"),
			notes: `AWS Bedrock on-demand; litellm batch fields $0.12/$0.485 (50% off). ${NO_CACHE_PRICE}`
		}]
	},
	{
		id: "llama-4-scout-together",
		kind: "hosted-open",
		vendor: "Together AI",
		model: "Llama 4 Scout 17B-16E",
		openModelId: "llama-4-scout",
		qualityId: "llama-4-scout@v4.0",
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .18,
					cachedInputPerM: .18,
					outputPerM: .59
				}
			},
			batchDiscount: 0,
			source: litellm("together_ai/meta-llama/Llama-4-Scout-17B-16E-Instruct"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-4-scout-fireworks",
		kind: "hosted-open",
		vendor: "Fireworks AI",
		model: "Llama 4 Scout 17B-16E",
		openModelId: "llama-4-scout",
		qualityId: "llama-4-scout@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .15,
					cachedInputPerM: .15,
					outputPerM: .6
				}
			},
			batchDiscount: 0,
			source: litellm("fireworks_ai/accounts/fireworks/models/llama4-scout-instruct-basic", "https://fireworks.ai/pricing"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-4-scout-deepinfra",
		kind: "hosted-open",
		vendor: "DeepInfra",
		model: "Llama 4 Scout 17B-16E",
		openModelId: "llama-4-scout",
		qualityId: "llama-4-scout@v4.0",
		contextWindow: 327680,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .08,
					cachedInputPerM: .08,
					outputPerM: .3
				}
			},
			batchDiscount: 0,
			source: litellm("deepinfra/meta-llama/Llama-4-Scout-17B-16E-Instruct"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-4-scout-groq",
		kind: "hosted-open",
		vendor: "Groq",
		model: "Llama 4 Scout 17B-16E",
		openModelId: "llama-4-scout",
		qualityId: "llama-4-scout@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .11,
					cachedInputPerM: .11,
					outputPerM: .34
				}
			},
			batchDiscount: 0,
			source: litellm("groq/meta-llama/llama-4-scout-17b-16e-instruct"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.3-70b-together",
		kind: "hosted-open",
		vendor: "Together AI",
		model: "Llama 3.3 70B Instruct Turbo",
		openModelId: "llama-3.3-70b",
		qualityId: "llama-3.3-70b@v4.0",
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .88,
					cachedInputPerM: .88,
					outputPerM: .88
				}
			},
			batchDiscount: 0,
			source: litellm("together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.3-70b-fireworks",
		kind: "hosted-open",
		vendor: "Fireworks AI",
		model: "Llama 3.3 70B Instruct",
		openModelId: "llama-3.3-70b",
		qualityId: "llama-3.3-70b@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .9,
					cachedInputPerM: .9,
					outputPerM: .9
				}
			},
			batchDiscount: 0,
			source: litellm("fireworks_ai/accounts/fireworks/models/llama-v3p3-70b-instruct"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.3-70b-deepinfra",
		kind: "hosted-open",
		vendor: "DeepInfra",
		model: "Llama 3.3 70B Instruct Turbo",
		openModelId: "llama-3.3-70b",
		qualityId: "llama-3.3-70b@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .13,
					cachedInputPerM: .13,
					outputPerM: .39
				}
			},
			batchDiscount: 0,
			source: litellm("deepinfra/meta-llama/Llama-3.3-70B-Instruct-Turbo"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.3-70b-groq",
		kind: "hosted-open",
		vendor: "Groq",
		model: "Llama 3.3 70B Versatile",
		openModelId: "llama-3.3-70b",
		qualityId: "llama-3.3-70b@v4.0",
		contextWindow: 128e3,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .59,
					cachedInputPerM: .59,
					outputPerM: .79
				}
			},
			batchDiscount: 0,
			source: litellm("groq/llama-3.3-70b-versatile"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.3-70b-cerebras",
		kind: "hosted-open",
		vendor: "Cerebras",
		model: "Llama 3.3 70B",
		openModelId: "llama-3.3-70b",
		qualityId: "llama-3.3-70b@v4.0",
		contextWindow: 128e3,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .85,
					cachedInputPerM: .85,
					outputPerM: 1.2
				}
			},
			batchDiscount: 0,
			source: litellm("cerebras/llama-3.3-70b"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.1-8b-together",
		kind: "hosted-open",
		vendor: "Together AI",
		model: "Llama 3.1 8B Instruct Turbo",
		openModelId: "llama-3.1-8b",
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .18,
					cachedInputPerM: .18,
					outputPerM: .18
				}
			},
			batchDiscount: 0,
			source: litellm("together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.1-8b-deepinfra",
		kind: "hosted-open",
		vendor: "DeepInfra",
		model: "Llama 3.1 8B Instruct Turbo",
		openModelId: "llama-3.1-8b",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .02,
					cachedInputPerM: .02,
					outputPerM: .03
				}
			},
			batchDiscount: 0,
			source: litellm("deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.1-8b-groq",
		kind: "hosted-open",
		vendor: "Groq",
		model: "Llama 3.1 8B Instant",
		openModelId: "llama-3.1-8b",
		contextWindow: 128e3,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .05,
					cachedInputPerM: .05,
					outputPerM: .08
				}
			},
			batchDiscount: 0,
			source: litellm("groq/llama-3.1-8b-instant"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.1-405b-together",
		kind: "hosted-open",
		vendor: "Together AI",
		model: "Llama 3.1 405B Instruct Turbo",
		openModelId: "llama-3.1-405b",
		qualityId: "llama-3.1-405b@v4.0",
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 3.5,
					cachedInputPerM: 3.5,
					outputPerM: 3.5
				}
			},
			batchDiscount: 0,
			source: litellm("together_ai/meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.1-405b-fireworks",
		kind: "hosted-open",
		vendor: "Fireworks AI",
		model: "Llama 3.1 405B Instruct",
		openModelId: "llama-3.1-405b",
		qualityId: "llama-3.1-405b@v4.0",
		contextWindow: 128e3,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 3,
					cachedInputPerM: 3,
					outputPerM: 3
				}
			},
			batchDiscount: 0,
			source: litellm("fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct", "https://fireworks.ai/pricing"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "llama-3.1-405b-bedrock",
		kind: "hosted-open",
		vendor: "AWS Bedrock",
		model: "Llama 3.1 405B Instruct",
		openModelId: "llama-3.1-405b",
		qualityId: "llama-3.1-405b@v4.0",
		contextWindow: 128e3,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 5.32,
					cachedInputPerM: 5.32,
					outputPerM: 16
				}
			},
			batchDiscount: 0,
			source: litellm("meta.llama3-1-405b-instruct-v1:0"),
			notes: `AWS Bedrock on-demand. ${NO_CACHE_PRICE}`
		}]
	},
	{
		id: "deepseek-v3-together",
		kind: "hosted-open",
		vendor: "Together AI",
		model: "DeepSeek V3",
		openModelId: "deepseek-v3",
		contextWindow: 65536,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 1.25,
					cachedInputPerM: 1.25,
					outputPerM: 1.25
				}
			},
			batchDiscount: 0,
			source: litellm("together_ai/deepseek-ai/DeepSeek-V3"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "deepseek-v3-0324-fireworks",
		kind: "hosted-open",
		vendor: "Fireworks AI",
		model: "DeepSeek V3-0324",
		openModelId: "deepseek-v3",
		contextWindow: 163840,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .9,
					cachedInputPerM: .9,
					outputPerM: .9
				}
			},
			batchDiscount: 0,
			source: litellm("fireworks_ai/accounts/fireworks/models/deepseek-v3-0324", "https://fireworks.ai/models/fireworks/deepseek-v3-0324"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "deepseek-v3-0324-deepinfra",
		kind: "hosted-open",
		vendor: "DeepInfra",
		model: "DeepSeek V3-0324",
		openModelId: "deepseek-v3",
		contextWindow: 163840,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .25,
					cachedInputPerM: .25,
					outputPerM: .88
				}
			},
			batchDiscount: 0,
			source: litellm("deepinfra/deepseek-ai/DeepSeek-V3-0324"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "deepseek-v3.2-deepseek",
		kind: "hosted-open",
		vendor: "DeepSeek",
		model: "DeepSeek V3.2",
		openModelId: "deepseek-v3",
		qualityId: "deepseek-v3.2@v4.0",
		contextWindow: 163840,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .28,
					cachedInputPerM: .28,
					outputPerM: .4
				}
			},
			batchDiscount: 0,
			source: litellm("deepseek/deepseek-v3.2"),
			notes: `First-party API. V3.2 keeps the V3 weights layout and MLA cache but adds DeepSeek Sparse Attention, so its long-context attention costs less than the V3 architecture implies. Quality is the reasoning mode. litellm's 'deepseek/deepseek-chat' entry (api-docs.deepseek.com/quick_start/pricing) lists $0.28 in / $0.028 cached / $0.42 out. ${NO_CACHE_PRICE}`
		}]
	},
	{
		id: "deepseek-v3.2-fireworks",
		kind: "hosted-open",
		vendor: "Fireworks AI",
		model: "DeepSeek V3.2",
		openModelId: "deepseek-v3",
		qualityId: "deepseek-v3.2@v4.0",
		contextWindow: 163840,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .56,
					cachedInputPerM: .56,
					outputPerM: 1.68
				}
			},
			batchDiscount: 0,
			source: litellm("fireworks_ai/accounts/fireworks/models/deepseek-v3p2", "https://fireworks.ai/models/fireworks/deepseek-v3p2"),
			notes: `V3.2 adds DeepSeek Sparse Attention to the V3 architecture. Quality is the reasoning mode. ${NO_CACHE_PRICE}`
		}]
	},
	{
		id: "deepseek-r1-0528-fireworks",
		kind: "hosted-open",
		vendor: "Fireworks AI",
		model: "DeepSeek R1-0528",
		openModelId: "deepseek-v3",
		qualityId: "deepseek-r1-0528@v4.0",
		contextWindow: 16e4,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 3,
					cachedInputPerM: 3,
					outputPerM: 8
				}
			},
			batchDiscount: 0,
			source: litellm("fireworks_ai/accounts/fireworks/models/deepseek-r1-0528", "https://fireworks.ai/pricing"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "deepseek-r1-0528-deepinfra",
		kind: "hosted-open",
		vendor: "DeepInfra",
		model: "DeepSeek R1-0528",
		openModelId: "deepseek-v3",
		qualityId: "deepseek-r1-0528@v4.0",
		contextWindow: 163840,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .5,
					cachedInputPerM: .4,
					outputPerM: 2.15
				}
			},
			batchDiscount: 0,
			source: litellm("deepinfra/deepseek-ai/DeepSeek-R1-0528")
		}]
	},
	{
		id: "deepseek-v4-pro-deepseek",
		kind: "hosted-open",
		vendor: "DeepSeek",
		model: "DeepSeek V4 Pro",
		qualityId: "deepseek-v4-pro-0424@v4.0",
		contextWindow: 1e6,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .435,
					cachedInputPerM: .003625,
					outputPerM: .87
				}
			},
			batchDiscount: 0,
			source: litellm("deepseek/deepseek-v4-pro", "https://api-docs.deepseek.com/quick_start/pricing"),
			notes: "First-party API; at this date it served the 0424 build. Artificial Analysis priced the later 0813 build at $1.32/$3.96 (Aug 2026). No catalog architecture for V4."
		}]
	},
	{
		id: "deepseek-v4-pro-fireworks",
		kind: "hosted-open",
		vendor: "Fireworks AI",
		model: "DeepSeek V4 Pro",
		qualityId: "deepseek-v4-pro-0424@v4.0",
		contextWindow: 1048576,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: 1.74,
					cachedInputPerM: .145,
					outputPerM: 3.48
				}
			},
			batchDiscount: 0,
			source: litellm("fireworks_ai/deepseek-v4-pro", "https://docs.fireworks.ai/serverless/pricing"),
			notes: "No catalog architecture for V4."
		}]
	},
	{
		id: "qwen3-235b-a22b-together",
		kind: "hosted-open",
		vendor: "Together AI",
		model: "Qwen3-235B-A22B (FP8, throughput)",
		openModelId: "qwen3-235b-a22b",
		contextWindow: 4e4,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .2,
					cachedInputPerM: .2,
					outputPerM: .6
				}
			},
			batchDiscount: 0,
			source: litellm("together_ai/Qwen/Qwen3-235B-A22B-fp8-tput", "https://www.together.ai/models/qwen3-235b-a22b-fp8-tput"),
			notes: `Original (April 2025) Qwen3 release; no quality record for it. ${NO_CACHE_PRICE}`
		}]
	},
	{
		id: "qwen3-235b-a22b-2507-together",
		kind: "hosted-open",
		vendor: "Together AI",
		model: "Qwen3-235B-A22B-Instruct-2507 (FP8, throughput)",
		openModelId: "qwen3-235b-a22b",
		qualityId: "qwen3-235b-a22b-2507-instruct@v4.0",
		contextWindow: 262e3,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .2,
					cachedInputPerM: .2,
					outputPerM: 6
				}
			},
			batchDiscount: 0,
			source: litellm("together_ai/Qwen/Qwen3-235B-A22B-Instruct-2507-tput", "https://www.together.ai/models/qwen3-235b-a22b-instruct-2507-fp8"),
			notes: `SUSPECT: output $6.00/M looks like a data-entry error in litellm (Together fp8-tput sibling is $0.60); verify before use. ${NO_CACHE_PRICE}`
		}]
	},
	{
		id: "qwen3-235b-a22b-2507-fireworks",
		kind: "hosted-open",
		vendor: "Fireworks AI",
		model: "Qwen3-235B-A22B-Instruct-2507",
		openModelId: "qwen3-235b-a22b",
		qualityId: "qwen3-235b-a22b-2507-instruct@v4.0",
		contextWindow: 262144,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .22,
					cachedInputPerM: .22,
					outputPerM: .88
				}
			},
			batchDiscount: 0,
			source: litellm("fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b-instruct-2507"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "qwen3-235b-a22b-2507-deepinfra",
		kind: "hosted-open",
		vendor: "DeepInfra",
		model: "Qwen3-235B-A22B-Instruct-2507",
		openModelId: "qwen3-235b-a22b",
		qualityId: "qwen3-235b-a22b-2507-instruct@v4.0",
		contextWindow: 262144,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .09,
					cachedInputPerM: .09,
					outputPerM: .6
				}
			},
			batchDiscount: 0,
			source: litellm("deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "qwen3-32b-deepinfra",
		kind: "hosted-open",
		vendor: "DeepInfra",
		model: "Qwen3-32B",
		openModelId: "qwen3-32b",
		contextWindow: 40960,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .1,
					cachedInputPerM: .1,
					outputPerM: .28
				}
			},
			batchDiscount: 0,
			source: litellm("deepinfra/Qwen/Qwen3-32B"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "qwen3-32b-groq",
		kind: "hosted-open",
		vendor: "Groq",
		model: "Qwen3-32B",
		openModelId: "qwen3-32b",
		contextWindow: 131e3,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .29,
					cachedInputPerM: .29,
					outputPerM: .59
				}
			},
			batchDiscount: 0,
			source: litellm("groq/qwen/qwen3-32b"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "glm-4.5-deepinfra",
		kind: "hosted-open",
		vendor: "DeepInfra",
		model: "GLM-4.5",
		openModelId: "glm-4.5",
		qualityId: "glm-4.5@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .4,
					cachedInputPerM: .4,
					outputPerM: 1.6
				}
			},
			batchDiscount: 0,
			source: litellm("deepinfra/zai-org/GLM-4.5"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "glm-4.5-zai",
		kind: "hosted-open",
		vendor: "Z.ai",
		model: "GLM-4.5",
		openModelId: "glm-4.5",
		qualityId: "glm-4.5@v4.0",
		contextWindow: 128e3,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .6,
					cachedInputPerM: .6,
					outputPerM: 2.2
				}
			},
			batchDiscount: 0,
			source: litellm("zai/glm-4.5", "https://docs.z.ai/guides/overview/pricing"),
			notes: `First-party API. ${NO_CACHE_PRICE}`
		}]
	},
	{
		id: "gpt-oss-120b-together",
		kind: "hosted-open",
		vendor: "Together AI",
		model: "gpt-oss-120b",
		openModelId: "gpt-oss-120b",
		qualityId: "gpt-oss-120b@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .15,
					cachedInputPerM: .15,
					outputPerM: .6
				}
			},
			batchDiscount: 0,
			source: litellm("together_ai/openai/gpt-oss-120b", "https://www.together.ai/models/gpt-oss-120b"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "gpt-oss-120b-fireworks",
		kind: "hosted-open",
		vendor: "Fireworks AI",
		model: "gpt-oss-120b",
		openModelId: "gpt-oss-120b",
		qualityId: "gpt-oss-120b@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .15,
					cachedInputPerM: .015,
					outputPerM: .6
				}
			},
			batchDiscount: 0,
			source: litellm("fireworks_ai/accounts/fireworks/models/gpt-oss-120b", "https://docs.fireworks.ai/serverless/pricing")
		}]
	},
	{
		id: "gpt-oss-120b-deepinfra",
		kind: "hosted-open",
		vendor: "DeepInfra",
		model: "gpt-oss-120b",
		openModelId: "gpt-oss-120b",
		qualityId: "gpt-oss-120b@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .05,
					cachedInputPerM: .05,
					outputPerM: .45
				}
			},
			batchDiscount: 0,
			source: litellm("deepinfra/openai/gpt-oss-120b"),
			notes: NO_CACHE_PRICE
		}]
	},
	{
		id: "gpt-oss-120b-groq",
		kind: "hosted-open",
		vendor: "Groq",
		model: "gpt-oss-120b",
		openModelId: "gpt-oss-120b",
		qualityId: "gpt-oss-120b@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .15,
					cachedInputPerM: .075,
					outputPerM: .6
				}
			},
			batchDiscount: 0,
			source: litellm("groq/openai/gpt-oss-120b")
		}]
	},
	{
		id: "gpt-oss-120b-cerebras",
		kind: "hosted-open",
		vendor: "Cerebras",
		model: "gpt-oss-120b",
		openModelId: "gpt-oss-120b",
		qualityId: "gpt-oss-120b@v4.0",
		contextWindow: 131072,
		prices: [{
			label: "list price",
			asOf: SNAPSHOT,
			quote: {
				status: "list",
				prices: {
					inputPerM: .35,
					cachedInputPerM: .35,
					outputPerM: .75
				}
			},
			batchDiscount: 0,
			source: litellm("cerebras/gpt-oss-120b", "https://www.cerebras.ai/blog/openai-gpt-oss-120b-runs-fastest-on-cerebras"),
			notes: NO_CACHE_PRICE
		}]
	}
];
var apiOffers = [...proprietaryOffers, ...hostedOpenOffers];
var assumptions = {
	pue: {
		label: "Power usage effectiveness (facility power / IT power)",
		value: 1.2,
		unit: "x",
		source: "aiinframap.com/tools/chips/h100-vs-h200-vs-b200-tco ('PUE 1.2 is a typical modern AI-DC figure; older facilities run 1.4-1.6')",
		asOf: "2026",
		notes: "Industry average is higher: 1.58 in 2023 (Uptime Institute Intelligence, 'Large data centers are mostly more efficient, analysis confirms', Feb 2024; 1.55-1.59 since 2020) and 1.56 in the 2024 Uptime survey (Statista summary). New large facilities reach 1.3 or better (Uptime 14th annual survey, via cloudnews.tech); hyperscale best-in-class 1.1-1.2 (lowdown.today, 2026-04)."
	},
	electricityUsdPerKwh: {
		label: "Electricity price",
		value: .0929,
		unit: "$/kWh",
		source: "US EIA average retail price of electricity, industrial sector, January 2026 (via ycharts.com/indicators/us_average_retail_price_of_electricity_industrial_sector)",
		asOf: "2026-01",
		notes: "December 2025: $0.0853; 2025 monthly range $0.0821-0.0933 (same series). The aiinframap.com TCO tool assumes $0.08 all-in for industrial or colocation power."
	},
	nodePowerOverhead: {
		label: "Server power per unit of GPU TDP (CPUs, memory, NICs, fans, switches)",
		value: 1.5,
		unit: "x",
		source: "Midpoint of the common modelling shortcut node_kW ~ 1.3-1.8 x (8 x GPU TDP), derived from NVIDIA DGX H100/H200 user guide power specs (10.2 kW max, as quoted by unanswered.io and supercluster.blog) and docs.nvidia.com/dgx/dgxb200-user-guide (14.3 kW max)",
		asOf: "2023..2026",
		notes: "DGX H100: 10.2 kW at nameplate max vs 5.6 kW of GPU TDP (1.82x), typical draw 6.5-8.5 kW (1.16-1.52x). DGX B200: 14.3 kW max vs 8.0 kW of GPU TDP (1.79x). Nameplate max overstates steady inference draw, hence the midpoint."
	},
	gpuIdlePowerFraction: {
		label: "GPU power drawn while idle, as a fraction of TDP",
		value: .2,
		unit: "fraction",
		source: "wilicc/gpu-burn issue #114 (2024-10): nvidia-smi shows H100 80GB HBM3 GPUs at 140-145 W of 700 W with 72 GB allocated and 0-4% utilisation (0.20-0.21 of TDP)",
		asOf: "2024-10..2026-06",
		notes: "Chosen for a serving engine that keeps weights resident between requests. A GPU with nothing loaded draws less: H200 80.3 W of 700 W (11.5%) in the api.serialalice.pt GPU Energy Benchmark (June 2026); nemulai.com models idle as ~15% of TDP (2026-06). With data resident the GPU can stay in P0 and draw more: NVIDIA/open-gpu-kernel-modules issue #874 (2025-06) reports an A40 at ~110 W of 300 W (0.37) vs ~30 W with nothing loaded."
	},
	serverCostPerGpuUsd: {
		label: "Server cost per GPU, excluding the GPU itself",
		value: 6250,
		unit: "$/GPU",
		source: "Derived: (DGX H100 ~$270k sale price - 8 x H100 ~$27.5k) / 8 = $6,250. DGX price: epoch-research/training-cost-trends citing SemiAnalysis 'AI server cost analysis' (2023-05); H100 price: midpoint of the $25k-30k Raymond James figure in the same notebook",
		asOf: "2023-05",
		notes: "Covers CPUs, memory, NICs, NVSwitch, chassis and power supplies of an 8-GPU server; excludes the cluster network and storage. 2023 prices: H100 street prices have since ranged $25k-40k."
	},
	hardwareYears: {
		label: "Depreciation life of GPU servers",
		value: 5,
		unit: "years",
		source: "Amazon 10-K for 2024 (filed 2025-02-07): useful life of a subset of servers and networking equipment cut from six to five years effective 2025-01-01, 'due to an increased pace of technology development, particularly in the area of artificial intelligence and machine learning' (quoted by deepquarry.substack.com and calcbench.blogspot.com)",
		asOf: "2025-02",
		notes: "Other hyperscalers book longer lives: Meta 5.5 years for most servers and network assets from 2025-01-01 (10-K for 2025, sec.gov); Microsoft and Alphabet 6 years since 2022-2023 (10-Q/10-K quoted by shaulkoral.com). Frontier GPUs may lose economic value faster than their book life (aidatacenterguide.com argues 2-3 years)."
	},
	costOfCapital: {
		label: "Annual cost of capital for buying hardware",
		value: .08,
		unit: "fraction",
		source: "Breakeven assumption: cost of capital of an established, investment-grade company",
		asOf: "2026",
		notes: "GPU-specialist borrowers pay more: CoreWeave 10-Q (2025-06-30) lists effective rates of 7% (revolving credit), 9-10% (OEM financing), 10% (2030 senior notes), 11% (DDTL 2.0) and 15% (DDTL 1.0)."
	},
	colocationUsdPerKwMonth: {
		label: "Colocation price per kW of contracted IT power",
		value: 184,
		unit: "$/kW-month",
		source: "CBRE North America Data Center Trends H1 2025: average $184/kW/month for 250-500 kW deployments (as reported by Data Center Knowledge, 'Power, Not Space: The Colocation Battleground in 2026', 2026-01-14)",
		asOf: "2025-06",
		notes: "Encor Advisors (2026) reports the same segment approaching ~$196/kW/month in H2 2025, and primary-market vacancy at a record-low 1.4%. High-density AI deployments (>50 kW/rack, liquid cooling) carry a 20-30% premium (v2-pseo-ai.pages.dev, Jan 2026). The rate pays for space, cooling and power capacity; metered electricity is usually billed on top."
	},
	engineerLoadedYearlyUsd: {
		label: "Loaded yearly cost of one ML / infrastructure engineer",
		value: 268e3,
		unit: "$/year",
		source: "Derived: $206,000 average total compensation of AI/ML engineers in 2025 (hakia.com/careers/ai-ml-engineer) x 1.3 loading for payroll taxes, benefits and overhead (typical burden 1.25-1.4 x pay, taicalculator.com)",
		asOf: "2025",
		notes: "BLS Employer Costs for Employee Compensation, June 2025: benefits are 29.8% of private-industry compensation (1.42x wages), the top of the range; equity-heavy tech pay carries a lower loading. Median total compensation at top companies is higher, $260,750 (hakia.com)."
	},
	reservedDiscount: {
		label: "Discount of reserved over on-demand GPU rental",
		value: .3,
		unit: "fraction",
		source: "mercatus-ai.com (reservation cuts 30-50%); packet.ai (20-40% for 1-3 month terms)",
		asOf: "2026-05..2026-06",
		notes: "Range 0.2-0.5. H100 1-year reserved at ~$2.35/h (techreaderdaily.com, 2026-03) is 20% under the ~$2.95 on-demand median."
	}
};
// src/lib/catalog/gpus.ts?with-provenance
var AICONFIGURATOR$1 = "ai-dynamo/aiconfigurator@095f58a51c4c (commit 2026-08-21) aic-core/src/aiconfigurator_core/systems";
var MERCATUS = "mercatus-ai.com/blog/cloud-gpu-pricing (hyperscaler / specialty / long-tail on-demand bands)";
var gpus = [
	{
		id: "a100-80gb",
		vendor: "NVIDIA",
		name: "A100 80GB SXM",
		memoryGB: 80,
		bandwidthTBs: 2.039,
		tflops: {
			bf16: 312,
			fp8: null,
			fp4: null
		},
		tdpW: 400,
		source: `${AICONFIGURATOR$1}/a100_sxm.yaml; cross-check cli99/llm-analysis gpu_configs/a100-sxm-80gb.json (2039 GB/s, 312 TFLOPS)`,
		asOf: "2026-08-21",
		notes: "No FP8 tensor cores (Ampere); INT8 624 TOPS.",
		interconnectGBs: 300,
		interconnect: {
			source: "NVIDIA A100 Tensor Core GPU datasheet: third-generation NVLink 600 GB/s bidirectional (12 links x 50 GB/s), i.e. 300 GB/s each way",
			asOf: "2021",
			notes: "Checked against alpha-one-index.github.io/ai-infra-index (NVLink 3.0: 12 links, 600 GB/s per GPU) and yobitel.com (600 GB/s per GPU, six NVSwitch chips per HGX A100 board)."
		},
		rental: {
			low: .8,
			high: 3,
			typical: 1.3,
			source: `${MERCATUS}: hyperscaler $1.50-3.00, specialty $1.10-1.50, long-tail $0.80-1.10`,
			asOf: "2026-05",
			notes: "Typical = midpoint of the specialty-cloud band ($1.10-1.50)."
		},
		purchase: {
			low: 8e3,
			high: 15e3,
			source: "aitooldiscovery.com/ai-infra/nvidia-a100-specs-price (new A100 80GB $8K-$15K in 2025-2026, published 2026-03-20); mercatus-ai.com/blog/a100-vs-h100-vs-h200 ($8-15K street price)",
			asOf: "2026-03",
			notes: "Not in the reference; found by search. awesomeagents.ai/hardware/nvidia-a100 gives $10,000-15,000 on the secondary market; used units trade at $4,000-9,000 (aitooldiscovery). NVIDIA no longer sells A100 new in volume, so these are channel and refurbished prices."
		}
	},
	{
		id: "h100-sxm",
		vendor: "NVIDIA",
		name: "H100 SXM5 80GB",
		memoryGB: 80,
		bandwidthTBs: 3.35,
		tflops: {
			bf16: 989,
			fp8: 1978,
			fp4: null
		},
		tdpW: 700,
		source: `${AICONFIGURATOR$1}/h100_sxm.yaml; cross-check cli99/llm-analysis gpu_configs/h100-sxm-80gb.json`,
		asOf: "2026-08-21",
		notes: "Datasheet exact: 989.4 / 1978.9 dense (1979 / 3958 with 2:4 sparsity).",
		interconnectGBs: 450,
		interconnect: {
			source: "NVIDIA H100 Tensor Core GPU datasheet: NVLink 900 GB/s bidirectional (fourth-generation NVLink, 18 links x 50 GB/s), i.e. 450 GB/s each way",
			asOf: "2023",
			notes: "Scaleway H100-SXM docs also quote 900 GB/s bidirectional. Measured peer-to-peer is lower: NVIDIA/nccl issue #1264 reports ~380 of 450 GB/s unidirectional (~83%) with p2pBandwidthLatencyTest."
		},
		rental: {
			low: 1.99,
			high: 5,
			typical: 2.95,
			source: `${MERCATUS}: hyperscaler $3.50-5.00, specialty $2.50-3.50, long-tail $1.99-2.50; typical: aimultiple.com/gpu-index (37 providers; median ~$2.95/GPU-hr, 2026-05-20)`,
			asOf: "2026-05",
			notes: "Typical = the aimultiple median across 37 providers. Wider span: $1.47 (P2P marketplace) to $6.88 (AWS on-demand) per compux.net/docs/guides/gpu-pricing-trends-2026 (2026-03). 1-year reserved ~$2.35 (techreaderdaily.com citing SemiAnalysis; Oct-2025 trough $1.70)."
		},
		purchase: {
			low: 25e3,
			high: 4e4,
			source: "epoch-research/training-cost-trends notebook (Raymond James: sold for $25k-30k, 2023); host360.ai 2026 guide ($25k-40k); aiinframap.com H100 vs H200 vs B200 TCO (mid-2026 street ~$30k +/-20-40%)",
			asOf: "2023..2026"
		}
	},
	{
		id: "h200",
		vendor: "NVIDIA",
		name: "H200 SXM 141GB",
		memoryGB: 141,
		bandwidthTBs: 4.8,
		tflops: {
			bf16: 989,
			fp8: 1978,
			fp4: null
		},
		tdpW: 700,
		source: `${AICONFIGURATOR$1}/h200_sxm.yaml; MLCommons inference_results_v4.1 NVIDIA H200-SXM-141GBx8 system json ('H200 TGP 700W')`,
		asOf: "2026-08-21",
		notes: "Same compute die as H100.",
		interconnectGBs: 450,
		interconnect: {
			source: "NVIDIA H200 Tensor Core GPU datasheet (H200 SXM): NVLink 900 GB/s bidirectional, i.e. 450 GB/s each way",
			asOf: "2024",
			notes: "Same fourth-generation NVLink as H100 (alpha-one-index.github.io/ai-infra-index: NVLink 4.0 serves H100 and H200)."
		},
		rental: {
			low: 2.5,
			high: 7,
			typical: 4,
			source: `${MERCATUS}: hyperscaler $4.50-7.00, specialty $3.50-4.50, long-tail $2.50-3.50`,
			asOf: "2026-05",
			notes: "Typical = midpoint of the specialty-cloud band ($3.50-4.50). Single providers: $2.25 (packet.ai/blog/gpu-pricing-models-compared, June 2026), $4.54 (spheron.network, 17 Mar 2026). AWS on-demand H200/B200: $8.00-14.24 (packet.ai, 2026-06)."
		},
		purchase: {
			low: 32e3,
			high: 4e4,
			source: "aiinframap.com (~$35k mid-2026); huggingface.co/hardware/h200 (MSRP $32k); fp4.dev (~$40K est.)",
			asOf: "2026"
		}
	},
	{
		id: "b200",
		vendor: "NVIDIA",
		name: "B200 (HGX, 1000 W)",
		memoryGB: 180,
		bandwidthTBs: 7.7,
		tflops: {
			bf16: 2250,
			fp8: 4500,
			fp4: 9e3
		},
		tdpW: 1e3,
		source: `${AICONFIGURATOR$1}/b200_sxm.yaml (cites nvdam.widen.net/s/wwnsxrhm2w/blackwell-datasheet-3384703); docs.nvidia.com/dgx/dgxb200-user-guide (8 GPUs = 1,440 GB); glennklockwood.com/garden/processors/B200 (HGX @1000W dense BF16 2250 / FP8 4500)`,
		asOf: "2026-08-21",
		notes: "Marketing figures elsewhere: 192 GB / 8.0 TB/s (vultr docs, fp4.dev); MLCommons v6.0 Nebius system lists 'B200-SXM-180GB', 'B200 TGP 1000W'.",
		interconnectGBs: 900,
		interconnect: {
			source: "NVIDIA Blackwell (HGX B200) datasheet: fifth-generation NVLink 1.8 TB/s bidirectional per GPU (18 links x 100 GB/s), i.e. 900 GB/s each way",
			asOf: "2024",
			notes: "Checked against alpha-one-index.github.io/ai-infra-index and textbookofai.com (NVLink 5: 1.8 TB/s per GPU, 18 links at 100 GB/s)."
		},
		rental: {
			low: 3.75,
			high: 6.03,
			typical: 5.25,
			source: "packet.ai ($3.75 lowest of 26 providers, June 2026); lyceum.technology/magazine/nvidia-b200-gpu-cloud-pricing-2026 ($4.50-6.00 specialized clouds; spot from $2.25); spheron ($6.03); deploybase.ai (RunPod $5.98)",
			asOf: "2026-03..2026-06",
			notes: "Typical = midpoint of the specialized-cloud band ($4.50-6.00). AWS on-demand H200/B200: $8.00-14.24 (packet.ai, 2026-06)."
		},
		purchase: {
			low: 4e4,
			high: 7e4,
			source: "aiinframap.com (~$40k mid-2026); fp4.dev/silicon/h100-h200-b200-tco (~$60-70K est.); alpha-one-index ai-infra-index (~$40,000)",
			asOf: "2026"
		}
	},
	{
		id: "l40s",
		vendor: "NVIDIA",
		name: "L40S",
		memoryGB: 48,
		bandwidthTBs: .864,
		tflops: {
			bf16: 362.05,
			fp8: 733,
			fp4: null
		},
		tdpW: 350,
		source: `${AICONFIGURATOR$1}/l40s.yaml`,
		asOf: "2026-08-21",
		notes: "PCIe card, no NVLink; usable ~46 GB.",
		interconnectGBs: 32,
		interconnect: {
			source: "NVIDIA L40S GPU datasheet: PCIe Gen4 x16, 64 GB/s bidirectional, no NVLink; i.e. 32 GB/s each way",
			asOf: "2023",
			notes: "Datasheet interface line as quoted by itcreations.com ('PCIe Gen4 x16: 64GB/s bidirectional'; 'NVLink is not supported'). Peer traffic crosses PCIe switches or the CPU, so sustained all-reduce bandwidth is lower."
		},
		rental: {
			low: .79,
			high: 2.25,
			typical: .92,
			source: "deploybase.ai/articles/nvidia-l40s-price (RunPod $0.79/h as of March 2026); modal.com/blog/nvidia-l40s-price-article (on-demand, Aug 2025: RunPod $0.86, Civo $1.29, Vultr $1.67, AWS g6e $1.861, CoreWeave $2.25); rentgpu.org L40S page (median $0.92/h across 10 providers)",
			asOf: "2025-08..2026-03",
			notes: "Not in the reference; found by search. Typical = the rentgpu.org cross-provider median. Outliers left out of the span: $0.28 (Novita AI, rentgpu.org), $3.50 (Oracle OCI, Modal table). 1-year reservations ~$0.85-1.17 (Modal table)."
		},
		purchase: {
			low: 7e3,
			high: 1e4,
			source: "datastorage.com/gpu/nvidia-l40s (on-premise module ~$7k-$10k); rentgpu.org L40S page ('$9,000 MSRP')",
			asOf: "2025..2026",
			notes: "Not in the reference; found by search (undated vendor pages)."
		}
	},
	{
		id: "mi300x",
		vendor: "AMD",
		name: "AMD Instinct MI300X",
		memoryGB: 192,
		bandwidthTBs: 5.3,
		tflops: {
			bf16: 1307.4,
			fp8: 2614.9,
			fp4: null
		},
		tdpW: 750,
		source: "ROCm docs docs/conceptual/gpu-arch/mi300.md (repo ROCm/legacy-rocm-build; 'Peak-performance capabilities of the MI300X' table, 5.3 TB/s); TBP from MLCommons inference_results_v4.1 AMD system json ('MI300X-NPS1-SPX-192GB-750W')",
		asOf: "2024..2025",
		notes: "Sparse FP8 5229.8.",
		interconnectGBs: 448,
		interconnect: {
			source: "AMD Instinct MI300X data sheet: 7 AMD Infinity Fabric links, 128 GB/s peak each (896 GB/s aggregate, bidirectional), i.e. 7 x 64 = 448 GB/s each way",
			asOf: "2023",
			notes: "Aggregate 896 GB/s confirmed by gpu.blog/gpus/instinct-mi300x-mi300x (xGMI, fully connected 8-GPU mesh); the per-link figure was not re-checked against the AMD PDF. Each link reaches one of the 7 peers, so a single GPU pair gets only 64 GB/s each way; 448 GB/s needs traffic spread over all peers, as in all-reduce."
		},
		rental: {
			low: 1.71,
			high: 1.85,
			typical: 1.78,
			source: "gpu.blog/gpus/instinct-mi300x-mi300x (TensorWave $1.71, Vultr $1.85)",
			asOf: "2025..2026",
			notes: "Typical = midpoint of the two provider prices. cliffcenter.com research note (2026-05-18) lists TensorWave at $1.50 and Azure / Oracle at ~$6/h, with a cross-provider median of $1.99."
		},
		purchase: {
			low: 1e4,
			high: 15e3,
			source: "awesomeagents.ai/hardware/amd-mi300x (street $10k-15k); huggingface.co/hardware/mi300 (MSRP $15k)",
			asOf: "2025..2026"
		}
	},
	{
		id: "mi325x",
		vendor: "AMD",
		name: "AMD Instinct MI325X",
		memoryGB: 256,
		bandwidthTBs: 6,
		tflops: {
			bf16: 1307.4,
			fp8: 2614.9,
			fp4: null
		},
		tdpW: 1e3,
		source: "rocm.docs.amd.com/en/7.13.0-preview/reference/gpu-specs.html (VRAM 256 GiB, 304 CUs); docs.vultr.com/inference-cookbook/rocm/getting-started/hardware-requirements (6.0 TB/s, 1,307 TFLOPS FP16, 'from AMD MI325X product page'); awesomeagents.ai/hardware/amd-mi325x (FP8 2614.9, TDP 1000W); slicast.com (same compute as MI300X)",
		asOf: "2026-03",
		notes: "Compute identical to MI300X; only memory differs. Third-party source for TDP.",
		interconnectGBs: 448,
		interconnect: {
			source: "AMD Instinct MI325X data sheet: 7 AMD Infinity Fabric links as on MI300X (128 GB/s peak each, 896 GB/s aggregate bidirectional), i.e. 448 GB/s each way",
			asOf: "2024",
			notes: "wiaix.com MI325X product summary: 'Seven Infinity Fabric links ensuring full connectivity between eight GPUs'; drop-in for the MI300X platform. As on MI300X, one GPU pair gets only 64 GB/s each way."
		},
		rental: {
			low: 2,
			high: 2.25,
			typical: 2.125,
			source: "awesomeagents.ai/hardware/amd-mi325x (cloud rental $2.00-$2.25/hr)",
			asOf: "2026",
			notes: "Typical = midpoint of the range. cliffcenter.com (2026-05-18) lists TensorWave MI325X at $1.95/h."
		},
		purchase: {
			low: 15e3,
			high: 25e3,
			source: "Breakeven estimate: AMD publishes no MI325X price and no street price was found; bracketed by the MI300X street price ($10k-15k, awesomeagents.ai) plus the HBM3E upgrade, a third-party listing of 'MSRP $20,000' (willitrunai.com, unverified) and HSBC's MI355 average-selling-price estimate of $23k-25k (2025) for the next generation as a ceiling",
			asOf: "2025..2026"
		}
	}
];
// src/lib/catalog/models.ts?with-provenance
var AICONFIGURATOR = "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs";
var openModels = [
	{
		id: "llama-3.1-8b",
		family: "Llama",
		name: "Llama 3.1 8B",
		totalParamsB: 8.03,
		activeParamsB: 8.03,
		layers: 32,
		hiddenSize: 4096,
		attentionHeads: 32,
		kvHeads: 8,
		headDim: 128,
		maxContext: 131072,
		nativeWeights: "bf16",
		source: `${AICONFIGURATOR}/meta-llama--Meta-Llama-3.1-8B_config.json (HF config copy; file commit 0b077da 2026-07-14)`,
		asOf: "2026-07-14"
	},
	{
		id: "llama-3.3-70b",
		family: "Llama",
		name: "Llama 3.3 70B",
		totalParamsB: 70.6,
		activeParamsB: 70.6,
		layers: 80,
		hiddenSize: 8192,
		attentionHeads: 64,
		kvHeads: 8,
		headDim: 128,
		maxContext: 131072,
		nativeWeights: "bf16",
		qualityId: "llama-3.3-70b@v4.0",
		source: `${AICONFIGURATOR}/meta-llama--Meta-Llama-3.1-70B_config.json (HF config copy; file commit 0b077da 2026-07-14)`,
		asOf: "2026-07-14",
		notes: "Llama 3.3 70B reuses the Llama 3.1 70B architecture; the 70.6B parameter count is from the Meta model card, not re-verified."
	},
	{
		id: "llama-3.1-405b",
		family: "Llama",
		name: "Llama 3.1 405B",
		totalParamsB: 405,
		activeParamsB: 405,
		layers: 126,
		hiddenSize: 16384,
		attentionHeads: 128,
		kvHeads: 8,
		headDim: 128,
		maxContext: 131072,
		nativeWeights: "bf16",
		qualityId: "llama-3.1-405b@v4.0",
		source: `${AICONFIGURATOR}/meta-llama--Meta-Llama-3.1-405B_config.json (HF config copy; file commit 0b077da 2026-07-14)`,
		asOf: "2026-07-14",
		notes: "head_dim derived as hidden size / heads."
	},
	{
		id: "llama-4-scout",
		family: "Llama",
		name: "Llama 4 Scout 17B-16E",
		totalParamsB: 109,
		activeParamsB: 17,
		layers: 48,
		hiddenSize: 5120,
		attentionHeads: 40,
		kvHeads: 8,
		headDim: 128,
		moe: {
			experts: 16,
			activeExperts: 1,
			sharedExperts: 1
		},
		slidingWindow: {
			layers: 36,
			window: 8192
		},
		maxContext: 10485760,
		nativeWeights: "bf16",
		qualityId: "llama-4-scout@v4.0",
		source: `${AICONFIGURATOR}/meta-llama--Llama-4-Scout-17B-16E-Instruct_config.json (HF config copy; file commit 0b077da 2026-07-14); totals: meta-llama/llama-models models/llama4/MODEL_CARD.md ('17B (Activated) 109B (Total)')`,
		asOf: "2026-07-14",
		notes: "iRoPE: every 4th layer is global attention without RoPE; the other 36 use chunked attention (attention_chunk_size 8192), modelled here as a 8192-token window, an upper bound on what a chunk attends to. MoE on every layer (interleave 1) with 1 shared expert per MoE layer (the reference config leaves shared experts null; the HF Llama 4 config has one)."
	},
	{
		id: "llama-4-maverick",
		family: "Llama",
		name: "Llama 4 Maverick 17B-128E",
		totalParamsB: 400,
		activeParamsB: 17,
		layers: 48,
		hiddenSize: 5120,
		attentionHeads: 40,
		kvHeads: 8,
		headDim: 128,
		moe: {
			experts: 128,
			activeExperts: 1,
			sharedExperts: 1,
			layers: 24
		},
		slidingWindow: {
			layers: 36,
			window: 8192
		},
		maxContext: 1048576,
		nativeWeights: "bf16",
		qualityId: "llama-4-maverick@v4.0",
		source: `${AICONFIGURATOR}/meta-llama--Llama-4-Maverick-17B-128E-Instruct_config.json (HF config copy; file commit 0b077da 2026-07-14); totals: meta-llama/llama-models models/llama4/MODEL_CARD.md ('17B (Activated) 400B (Total)'); iRoPE defaults: huggingface/transformers Llama4TextConfig docstring`,
		asOf: "2026-07-14",
		notes: "Meta also ships an FP8 checkpoint (Llama-4-Maverick-17B-128E-Instruct-FP8), the one Together AI and DeepInfra serve. iRoPE: every 4th layer is global attention without RoPE; the other 36 use chunked attention (attention_chunk_size 8192), modelled as a 8192-token window, so KV of those layers is capped at 8192 tokens (global-only KV = 12 layers x 4096 B = 49,152 B/token at BF16). MoE on every 2nd layer (moe_layer_interleave 2) with 1 shared expert per MoE layer (the reference config leaves shared experts null; the HF Llama 4 config has one)."
	},
	{
		id: "deepseek-v3",
		family: "DeepSeek",
		name: "DeepSeek V3 / R1",
		totalParamsB: 671,
		activeParamsB: 37,
		layers: 61,
		hiddenSize: 7168,
		attentionHeads: 128,
		kvHeads: 128,
		headDim: 128,
		mla: {
			kvLoraRank: 512,
			ropeHeadDim: 64
		},
		moe: {
			experts: 256,
			activeExperts: 8,
			sharedExperts: 1,
			layers: 58
		},
		maxContext: 163840,
		nativeWeights: "fp8",
		qualityId: "deepseek-r1-0528@v4.0",
		source: `${AICONFIGURATOR}/deepseek-ai--DeepSeek-V3_config.json (HF config copy; file commit 0b077da 2026-07-14); totals: huggingface/transformers docs/source/en/model_doc/deepseek_v3.md ('671B total parameters with 37B activated')`,
		asOf: "2026-07-14",
		notes: "Shared by V3, V3-0324, R1, R1-0528 and V3.1 (V3.2 adds DeepSeek Sparse Attention on the same layout). headDim 128 is the value head dim; query/key heads are 192 wide (128 no-RoPE + 64 RoPE). MLA caches kv_lora_rank + qk_rope_head_dim = 576 values per layer per token (70,272 B/token at BF16). First 3 layers dense, then MoE; q_lora_rank 1536. Weights ship in FP8 (e4m3, 128x128 blocks). 671B excludes the 14B multi-token-prediction module (HF repo total 685B)."
	},
	{
		id: "qwen3-235b-a22b",
		family: "Qwen",
		name: "Qwen3-235B-A22B",
		totalParamsB: 235,
		activeParamsB: 22,
		layers: 94,
		hiddenSize: 4096,
		attentionHeads: 64,
		kvHeads: 4,
		headDim: 128,
		moe: {
			experts: 128,
			activeExperts: 8,
			sharedExperts: 0
		},
		maxContext: 40960,
		nativeWeights: "bf16",
		qualityId: "qwen3-235b-a22b-2507-reasoning@v4.0",
		source: `${AICONFIGURATOR}/Qwen--Qwen3-235B-A22B_config.json (HF config copy; file commit 0b077da 2026-07-14); totals from model name / HF model card ('235B total parameters and 22B activated')`,
		asOf: "2026-07-14",
		notes: "Native context 32K-40K, 131K with YaRN; the 2507 versions (same architecture) take 262K natively. Quality is the 2507 reasoning (Thinking) model."
	},
	{
		id: "qwen3-32b",
		family: "Qwen",
		name: "Qwen3-32B",
		totalParamsB: 32.8,
		activeParamsB: 32.8,
		layers: 64,
		hiddenSize: 5120,
		attentionHeads: 64,
		kvHeads: 8,
		headDim: 128,
		maxContext: 40960,
		nativeWeights: "bf16",
		source: `${AICONFIGURATOR}/Qwen--Qwen3-32B_config.json (HF config copy; file commit 0b077da 2026-07-14)`,
		asOf: "2026-07-14",
		notes: "32.8B total from the Qwen model card, not re-verified."
	},
	{
		id: "glm-4.5",
		family: "GLM",
		name: "GLM-4.5 (355B-A32B)",
		totalParamsB: 355,
		activeParamsB: 32,
		layers: 92,
		hiddenSize: 5120,
		attentionHeads: 96,
		kvHeads: 8,
		headDim: 128,
		moe: {
			experts: 160,
			activeExperts: 8,
			sharedExperts: 1,
			layers: 89
		},
		maxContext: 131072,
		nativeWeights: "bf16",
		qualityId: "glm-4.5@v4.0",
		source: "THUDM slime Megatron recipe scripts/models/glm4.5-355B-A32B.sh (seen in forks zyzshishui/slime, zianglih/miles); totals: huggingface/transformers docs/source/en/model_doc/glm4_moe.md ('355 billion total parameters with 32 billion active')",
		asOf: "2025-08",
		notes: "92 layers = 3 dense + 89 MoE (+1 multi-token-prediction layer in the HF checkpoint). Partial RoPE (rotary percent 0.5), QK-norm."
	},
	{
		id: "gpt-oss-120b",
		family: "gpt-oss",
		name: "gpt-oss-120b",
		totalParamsB: 117,
		activeParamsB: 5.1,
		layers: 36,
		hiddenSize: 2880,
		attentionHeads: 64,
		kvHeads: 8,
		headDim: 64,
		moe: {
			experts: 128,
			activeExperts: 4,
			sharedExperts: 0
		},
		slidingWindow: {
			layers: 18,
			window: 128
		},
		maxContext: 131072,
		nativeWeights: "fp4",
		qualityId: "gpt-oss-120b@v4.0",
		source: `${AICONFIGURATOR}/openai--gpt-oss-120b_config.json (HF config copy; file commit 0b077da 2026-07-14); totals: huggingface.co/openai/gpt-oss-120b model card ('117B parameters with 5.1B active parameters')`,
		asOf: "2026-07-14",
		notes: "MoE weights ship in MXFP4 (~60 GB checkpoint); attention and embedding weights are BF16, so fp4 slightly understates memory. Layers alternate 128-token sliding-window and full attention (18 each); long-context KV ~ 36,864 B/token at BF16."
	}
];
// src/lib/catalog/quality.ts?with-provenance
var AA = "Artificial Analysis Intelligence Index, from the https://artificialanalysis.ai/leaderboards/models payload (evaluations.artificial_analysis_intelligence_index; breakdowns.intelligence_index_token_counts.outputTokens)";
var S1 = `${AA}, daily scrape oolong-tea-2026/artificial-analysis-leaderboards data/2026-06-15/llms.json @ ef0eaa215509 (fetched 2026-06-15T11:21Z, last snapshot before v4.1)`;
var S2 = `${AA}, daily scrape oolong-tea-2026/artificial-analysis-leaderboards data/2026-07-10/llms.json @ ed1690f664bd (fetched 2026-07-10T08:34Z)`;
var S3 = `${AA}, daily scrape Maicarons/artificial-analysis-leaderboards data/2026-08-22/llms.json @ bc70de083790 (fetched 2026-08-22T05:38Z)`;
// src/lib/catalog/provenance.ts
/**
* The catalog with every record's `source` and `notes`, for the assumptions table. The build writes
* it to a static `provenance.json` (src/routes/provenance.json) that the page fetches after first
* paint: in a build, the records the page's JavaScript imports leave the prose out (see
* scripts/vite-catalog-provenance.ts), and the imports below resolve to the full modules.
*/
var tablesWithProvenance = {
	apiOffers,
	openModels,
	gpus,
	qualityRecords: [
		{
			id: "muse-spark@v4.0",
			model: "Muse Spark",
			indexVersion: "v4.0",
			score: 52.15,
			outputTokensM: 58.37,
			openWeights: false,
			source: S1,
			asOf: "2026-06-15",
			notes: "Anchor model. No public API price at launch, so AA cost-to-run is null; identical score on 2026-04-10 snapshot"
		},
		{
			id: "muse-spark@v4.1",
			model: "Muse Spark",
			indexVersion: "v4.1",
			score: 43.06,
			outputTokensM: 56.8,
			openWeights: false,
			source: S2,
			asOf: "2026-07-10",
			notes: "Anchor model. No public API price at launch, so AA cost-to-run is null; measured v4.1 run (the Aug-22 payload shows only an AA-estimated score 44.25, no tokens)"
		},
		{
			id: "muse-spark-1.1@v4.1",
			model: "Muse Spark 1.1 (xhigh)",
			indexVersion: "v4.1",
			score: 53.2,
			outputTokensM: 93.64,
			openWeights: false,
			source: S3,
			asOf: "2026-08-22",
			notes: "Released 2026-07-09 (after v4.0 was retired); $1.25/$4.25 per 1M tokens per AA."
		},
		{
			id: "gpt-5.4@v4.0",
			model: "GPT-5.4 (xhigh)",
			indexVersion: "v4.0",
			score: 56.8,
			outputTokensM: 120.58,
			openWeights: false,
			source: S1,
			asOf: "2026-06-15",
			notes: "Anchor model. AA default = xhigh reasoning effort; identical score on 2026-04-10 snapshot"
		},
		{
			id: "gpt-5.4@v4.1",
			model: "GPT-5.4 (xhigh)",
			indexVersion: "v4.1",
			score: 53.12,
			outputTokensM: 109.46,
			openWeights: false,
			source: S3,
			asOf: "2026-08-22",
			notes: "Anchor model. AA default = xhigh reasoning effort."
		},
		{
			id: "gpt-5.5@v4.0",
			model: "GPT-5.5 (xhigh)",
			indexVersion: "v4.0",
			score: 60.24,
			outputTokensM: 75.19,
			openWeights: false,
			source: S1,
			asOf: "2026-06-15",
			notes: "Released 2026-04-23"
		},
		{
			id: "gpt-5.5@v4.1",
			model: "GPT-5.5 (xhigh)",
			indexVersion: "v4.1",
			score: 56.31,
			outputTokensM: 72.32,
			openWeights: false,
			source: S3,
			asOf: "2026-08-22",
			notes: "Released 2026-04-23."
		},
		{
			id: "gpt-5.4-mini@v4.0",
			model: "GPT-5.4 mini (xhigh)",
			indexVersion: "v4.0",
			score: 48.9,
			outputTokensM: 235.34,
			openWeights: false,
			source: S1,
			asOf: "2026-06-15",
			notes: "From the reference's per-reasoning-effort table (AA slug gpt-5-4-mini); not in its main model table"
		},
		{
			id: "claude-opus-4.6@v4.0",
			model: "Claude Opus 4.6 (Adaptive Reasoning, Max Effort)",
			indexVersion: "v4.0",
			score: 52.95,
			outputTokensM: 156.96,
			openWeights: false,
			source: S1,
			asOf: "2026-06-15",
			notes: "Anchor model (VentureBeat 53 / 157M); identical score on 2026-04-10 snapshot"
		},
		{
			id: "claude-sonnet-4.6@v4.0",
			model: "Claude Sonnet 4.6 (Adaptive Reasoning, Max Effort)",
			indexVersion: "v4.0",
			score: 51.72,
			outputTokensM: 198.16,
			openWeights: false,
			source: S1,
			asOf: "2026-06-15",
			notes: "identical score on 2026-04-10 snapshot"
		},
		{
			id: "claude-sonnet-4.6@v4.1",
			model: "Claude Sonnet 4.6 (Adaptive Reasoning, Max Effort)",
			indexVersion: "v4.1",
			score: 48.37,
			outputTokensM: 196.77,
			openWeights: false,
			source: S3,
			asOf: "2026-08-22"
		},
		{
			id: "claude-opus-5@v4.1",
			model: "Claude Opus 5 (Adaptive Reasoning, Max Effort)",
			indexVersion: "v4.1",
			score: 63.05,
			outputTokensM: 101.18,
			openWeights: false,
			source: S3,
			asOf: "2026-08-22",
			notes: "Extra: newest Opus in the Aug-22 snapshot."
		},
		{
			id: "gemini-3.1-pro@v4.0",
			model: "Gemini 3.1 Pro Preview",
			indexVersion: "v4.0",
			score: 57.18,
			outputTokensM: 57.29,
			openWeights: false,
			source: S1,
			asOf: "2026-06-15",
			notes: "Anchor model; identical score on 2026-04-10 snapshot"
		},
		{
			id: "gemini-3.1-pro@v4.1",
			model: "Gemini 3.1 Pro Preview",
			indexVersion: "v4.1",
			score: 47.74,
			outputTokensM: 56.07,
			openWeights: false,
			source: S3,
			asOf: "2026-08-22",
			notes: "Anchor model."
		},
		{
			id: "grok-4.3@v4.0",
			model: "Grok 4.3 (high)",
			indexVersion: "v4.0",
			score: 53.2,
			outputTokensM: 88.02,
			openWeights: false,
			source: S1,
			asOf: "2026-06-15"
		},
		{
			id: "grok-4.3@v4.1",
			model: "Grok 4.3 (high)",
			indexVersion: "v4.1",
			score: 37.95,
			outputTokensM: 83.2,
			openWeights: false,
			source: S3,
			asOf: "2026-08-22"
		},
		{
			id: "grok-4.5@v4.1",
			model: "Grok 4.5 (high)",
			indexVersion: "v4.1",
			score: 55.76,
			outputTokensM: 59.86,
			openWeights: false,
			source: S3,
			asOf: "2026-08-22",
			notes: "Released 2026-07-08."
		},
		{
			id: "llama-4-maverick@v4.0",
			model: "Llama 4 Maverick",
			indexVersion: "v4.0",
			score: 18.36,
			outputTokensM: 8.15,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "Anchor model (VentureBeat 18). Non-reasoning; identical score on 2026-04-10 snapshot"
		},
		{
			id: "llama-4-maverick@v4.1",
			model: "Llama 4 Maverick",
			indexVersion: "v4.1",
			score: 14.48,
			outputTokensM: 4.74,
			openWeights: true,
			source: S3,
			asOf: "2026-08-22",
			notes: "Anchor model (VentureBeat 18). Non-reasoning."
		},
		{
			id: "llama-4-scout@v4.0",
			model: "Llama 4 Scout",
			indexVersion: "v4.0",
			score: 13.52,
			outputTokensM: 7.34,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "Non-reasoning; identical score on 2026-04-10 snapshot"
		},
		{
			id: "llama-4-scout@v4.1",
			model: "Llama 4 Scout",
			indexVersion: "v4.1",
			score: 10.26,
			outputTokensM: 3.58,
			openWeights: true,
			source: S3,
			asOf: "2026-08-22",
			notes: "Non-reasoning."
		},
		{
			id: "llama-3.3-70b@v4.0",
			model: "Llama 3.3 Instruct 70B",
			indexVersion: "v4.0",
			score: 14.49,
			outputTokensM: 3.84,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "Non-reasoning; identical score on 2026-04-10 snapshot"
		},
		{
			id: "llama-3.3-70b@v4.1",
			model: "Llama 3.3 Instruct 70B",
			indexVersion: "v4.1",
			score: 9.4,
			outputTokensM: 3.77,
			openWeights: true,
			source: S2,
			asOf: "2026-07-10",
			notes: "Non-reasoning; measured v4.1 run (the Aug-22 payload shows only an AA-estimated score 9.26, no tokens)"
		},
		{
			id: "llama-3.1-405b@v4.0",
			model: "Llama 3.1 Instruct 405B",
			indexVersion: "v4.0",
			score: 17.38,
			outputTokensM: 3.89,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "Non-reasoning; identical score on 2026-04-10 snapshot"
		},
		{
			id: "deepseek-v3.2@v4.0",
			model: "DeepSeek V3.2 (Reasoning)",
			indexVersion: "v4.0",
			score: 41.71,
			outputTokensM: 61.44,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "identical score on 2026-04-10 snapshot"
		},
		{
			id: "deepseek-v3.2@v4.1",
			model: "DeepSeek V3.2 (Reasoning)",
			indexVersion: "v4.1",
			score: 32.04,
			outputTokensM: 62.9,
			openWeights: true,
			source: S2,
			asOf: "2026-07-10",
			notes: "measured v4.1 run (the Aug-22 payload shows only an AA-estimated score 32.80, no tokens)"
		},
		{
			id: "deepseek-r1-0528@v4.0",
			model: "DeepSeek R1 0528 (May '25)",
			indexVersion: "v4.0",
			score: 27.07,
			outputTokensM: 49.15,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "identical score on 2026-04-10 snapshot"
		},
		{
			id: "deepseek-v4-pro-0424@v4.0",
			model: "DeepSeek V4 Pro (Reasoning, Max Effort)",
			indexVersion: "v4.0",
			score: 51.51,
			outputTokensM: 187.18,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "Released 2026-04-24. In the Aug-22 data the slug deepseek-v4-pro points at the 0813 build"
		},
		{
			id: "deepseek-v4-pro-0424@v4.1",
			model: "DeepSeek V4 Pro (Reasoning, Max Effort)",
			indexVersion: "v4.1",
			score: 45.27,
			outputTokensM: 184.68,
			openWeights: true,
			source: S3,
			asOf: "2026-08-22",
			notes: "Released 2026-04-24. In the Aug-22 data the slug deepseek-v4-pro points at the 0813 build."
		},
		{
			id: "qwen3-235b-a22b-2507-reasoning@v4.0",
			model: "Qwen3 235B A22B 2507 (Reasoning)",
			indexVersion: "v4.0",
			score: 29.54,
			outputTokensM: 63.33,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "identical score on 2026-04-10 snapshot"
		},
		{
			id: "qwen3-235b-a22b-2507-reasoning@v4.1",
			model: "Qwen3 235B A22B 2507 (Reasoning)",
			indexVersion: "v4.1",
			score: 19.89,
			outputTokensM: 66.3,
			openWeights: true,
			source: S3,
			asOf: "2026-08-22"
		},
		{
			id: "qwen3-235b-a22b-2507-instruct@v4.0",
			model: "Qwen3 235B A22B 2507 Instruct",
			indexVersion: "v4.0",
			score: 24.96,
			outputTokensM: 14.76,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "identical score on 2026-04-10 snapshot"
		},
		{
			id: "glm-4.5@v4.0",
			model: "GLM-4.5 (Reasoning)",
			indexVersion: "v4.0",
			score: 26.42,
			outputTokensM: 60.77,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "identical score on 2026-04-10 snapshot"
		},
		{
			id: "gpt-oss-120b@v4.0",
			model: "gpt-oss-120b (high)",
			indexVersion: "v4.0",
			score: 33.27,
			outputTokensM: 77.7,
			openWeights: true,
			source: S1,
			asOf: "2026-06-15",
			notes: "identical score on 2026-04-10 snapshot"
		},
		{
			id: "gpt-oss-120b@v4.1",
			model: "gpt-oss-120b (high)",
			indexVersion: "v4.1",
			score: 24.13,
			outputTokensM: 88.01,
			openWeights: true,
			source: S3,
			asOf: "2026-08-22"
		}
	],
	assumptions
};
// src/routes/provenance.json/+server.ts
/**
* The catalog with its sources and notes, as a static JSON file written at build time. The
* assumptions table fetches it after first paint: it is data, not code, so it stays out of the
* page's JavaScript.
*/
var prerender = true;
var GET = () => json(tablesWithProvenance);
export { GET, prerender };
