import * as v from "valibot";
// src/lib/catalog/api-offers.ts
var SNAPSHOT = "2026-07-24";
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			}
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
			}
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
			batchDiscount: .5
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
			}
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
			}
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
			batchDiscount: .5
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
			batchDiscount: .5
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
			batchDiscount: .5
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
			batchDiscount: .5
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
			batchDiscount: .5
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
			batchDiscount: .5
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
			}
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
			batchDiscount: .5
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
			batchDiscount: .5
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
			}
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
			}
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: .5
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
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
			batchDiscount: 0
		}]
	}
];
var apiOffers = [...proprietaryOffers, ...hostedOpenOffers];
var assumptions = {
	pue: {
		label: "Power usage effectiveness (facility power / IT power)",
		value: 1.2,
		unit: "x",
		asOf: "2026"
	},
	electricityUsdPerKwh: {
		label: "Electricity price",
		value: .0929,
		unit: "$/kWh",
		asOf: "2026-01"
	},
	nodePowerOverhead: {
		label: "Server power per unit of GPU TDP (CPUs, memory, NICs, fans, switches)",
		value: 1.5,
		unit: "x",
		asOf: "2023..2026"
	},
	gpuIdlePowerFraction: {
		label: "GPU power drawn while idle, as a fraction of TDP",
		value: .2,
		unit: "fraction",
		asOf: "2024-10..2026-06"
	},
	serverCostPerGpuUsd: {
		label: "Server cost per GPU, excluding the GPU itself",
		value: 6250,
		unit: "$/GPU",
		asOf: "2023-05"
	},
	hardwareYears: {
		label: "Depreciation life of GPU servers",
		value: 5,
		unit: "years",
		asOf: "2025-02"
	},
	costOfCapital: {
		label: "Annual cost of capital for buying hardware",
		value: .08,
		unit: "fraction",
		asOf: "2026"
	},
	colocationUsdPerKwMonth: {
		label: "Colocation price per kW of contracted IT power",
		value: 184,
		unit: "$/kW-month",
		asOf: "2025-06"
	},
	engineerLoadedYearlyUsd: {
		label: "Loaded yearly cost of one ML / infrastructure engineer",
		value: 268e3,
		unit: "$/year",
		asOf: "2025"
	},
	reservedDiscount: {
		label: "Discount of reserved over on-demand GPU rental",
		value: .3,
		unit: "fraction",
		asOf: "2026-05..2026-06"
	}
};
// src/lib/catalog/gpus.ts
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
		asOf: "2026-08-21",
		interconnectGBs: 300,
		interconnect: { asOf: "2021" },
		rental: {
			low: .8,
			high: 3,
			typical: 1.3,
			asOf: "2026-05"
		},
		purchase: {
			low: 8e3,
			high: 15e3,
			asOf: "2026-03"
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
		asOf: "2026-08-21",
		interconnectGBs: 450,
		interconnect: { asOf: "2023" },
		rental: {
			low: 1.99,
			high: 5,
			typical: 2.95,
			asOf: "2026-05"
		},
		purchase: {
			low: 25e3,
			high: 4e4,
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
		asOf: "2026-08-21",
		interconnectGBs: 450,
		interconnect: { asOf: "2024" },
		rental: {
			low: 2.5,
			high: 7,
			typical: 4,
			asOf: "2026-05"
		},
		purchase: {
			low: 32e3,
			high: 4e4,
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
		asOf: "2026-08-21",
		interconnectGBs: 900,
		interconnect: { asOf: "2024" },
		rental: {
			low: 3.75,
			high: 6.03,
			typical: 5.25,
			asOf: "2026-03..2026-06"
		},
		purchase: {
			low: 4e4,
			high: 7e4,
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
		asOf: "2026-08-21",
		interconnectGBs: 32,
		interconnect: { asOf: "2023" },
		rental: {
			low: .79,
			high: 2.25,
			typical: .92,
			asOf: "2025-08..2026-03"
		},
		purchase: {
			low: 7e3,
			high: 1e4,
			asOf: "2025..2026"
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
		asOf: "2024..2025",
		interconnectGBs: 448,
		interconnect: { asOf: "2023" },
		rental: {
			low: 1.71,
			high: 1.85,
			typical: 1.78,
			asOf: "2025..2026"
		},
		purchase: {
			low: 1e4,
			high: 15e3,
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
		asOf: "2026-03",
		interconnectGBs: 448,
		interconnect: { asOf: "2024" },
		rental: {
			low: 2,
			high: 2.25,
			typical: 2.125,
			asOf: "2026"
		},
		purchase: {
			low: 15e3,
			high: 25e3,
			asOf: "2025..2026"
		}
	}
];
// src/lib/catalog/lookup.ts
/** Lookups by id over a set of catalog tables. */
function lookup(tables) {
	return {
		...tables,
		findApiOffer: (id) => tables.apiOffers.find((offer) => offer.id === id),
		findOpenModel: (id) => tables.openModels.find((model) => model.id === id),
		findGpu: (id) => tables.gpus.find((gpu) => gpu.id === id),
		findQuality: (id) => tables.qualityRecords.find((record) => record.id === id)
	};
}
// src/lib/catalog/models.ts
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
		asOf: "2026-07-14"
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
		asOf: "2026-07-14"
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
		asOf: "2026-07-14"
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
		asOf: "2026-07-14"
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
		asOf: "2026-07-14"
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
		asOf: "2026-07-14"
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
		asOf: "2026-07-14"
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
		asOf: "2025-08"
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
		asOf: "2026-07-14"
	}
];
// src/lib/catalog/quality.ts
var qualityRecords = [
	{
		id: "muse-spark@v4.0",
		model: "Muse Spark",
		indexVersion: "v4.0",
		score: 52.15,
		outputTokensM: 58.37,
		openWeights: false,
		asOf: "2026-06-15"
	},
	{
		id: "muse-spark@v4.1",
		model: "Muse Spark",
		indexVersion: "v4.1",
		score: 43.06,
		outputTokensM: 56.8,
		openWeights: false,
		asOf: "2026-07-10"
	},
	{
		id: "muse-spark-1.1@v4.1",
		model: "Muse Spark 1.1 (xhigh)",
		indexVersion: "v4.1",
		score: 53.2,
		outputTokensM: 93.64,
		openWeights: false,
		asOf: "2026-08-22"
	},
	{
		id: "gpt-5.4@v4.0",
		model: "GPT-5.4 (xhigh)",
		indexVersion: "v4.0",
		score: 56.8,
		outputTokensM: 120.58,
		openWeights: false,
		asOf: "2026-06-15"
	},
	{
		id: "gpt-5.4@v4.1",
		model: "GPT-5.4 (xhigh)",
		indexVersion: "v4.1",
		score: 53.12,
		outputTokensM: 109.46,
		openWeights: false,
		asOf: "2026-08-22"
	},
	{
		id: "gpt-5.5@v4.0",
		model: "GPT-5.5 (xhigh)",
		indexVersion: "v4.0",
		score: 60.24,
		outputTokensM: 75.19,
		openWeights: false,
		asOf: "2026-06-15"
	},
	{
		id: "gpt-5.5@v4.1",
		model: "GPT-5.5 (xhigh)",
		indexVersion: "v4.1",
		score: 56.31,
		outputTokensM: 72.32,
		openWeights: false,
		asOf: "2026-08-22"
	},
	{
		id: "gpt-5.4-mini@v4.0",
		model: "GPT-5.4 mini (xhigh)",
		indexVersion: "v4.0",
		score: 48.9,
		outputTokensM: 235.34,
		openWeights: false,
		asOf: "2026-06-15"
	},
	{
		id: "claude-opus-4.6@v4.0",
		model: "Claude Opus 4.6 (Adaptive Reasoning, Max Effort)",
		indexVersion: "v4.0",
		score: 52.95,
		outputTokensM: 156.96,
		openWeights: false,
		asOf: "2026-06-15"
	},
	{
		id: "claude-sonnet-4.6@v4.0",
		model: "Claude Sonnet 4.6 (Adaptive Reasoning, Max Effort)",
		indexVersion: "v4.0",
		score: 51.72,
		outputTokensM: 198.16,
		openWeights: false,
		asOf: "2026-06-15"
	},
	{
		id: "claude-sonnet-4.6@v4.1",
		model: "Claude Sonnet 4.6 (Adaptive Reasoning, Max Effort)",
		indexVersion: "v4.1",
		score: 48.37,
		outputTokensM: 196.77,
		openWeights: false,
		asOf: "2026-08-22"
	},
	{
		id: "claude-opus-5@v4.1",
		model: "Claude Opus 5 (Adaptive Reasoning, Max Effort)",
		indexVersion: "v4.1",
		score: 63.05,
		outputTokensM: 101.18,
		openWeights: false,
		asOf: "2026-08-22"
	},
	{
		id: "gemini-3.1-pro@v4.0",
		model: "Gemini 3.1 Pro Preview",
		indexVersion: "v4.0",
		score: 57.18,
		outputTokensM: 57.29,
		openWeights: false,
		asOf: "2026-06-15"
	},
	{
		id: "gemini-3.1-pro@v4.1",
		model: "Gemini 3.1 Pro Preview",
		indexVersion: "v4.1",
		score: 47.74,
		outputTokensM: 56.07,
		openWeights: false,
		asOf: "2026-08-22"
	},
	{
		id: "grok-4.3@v4.0",
		model: "Grok 4.3 (high)",
		indexVersion: "v4.0",
		score: 53.2,
		outputTokensM: 88.02,
		openWeights: false,
		asOf: "2026-06-15"
	},
	{
		id: "grok-4.3@v4.1",
		model: "Grok 4.3 (high)",
		indexVersion: "v4.1",
		score: 37.95,
		outputTokensM: 83.2,
		openWeights: false,
		asOf: "2026-08-22"
	},
	{
		id: "grok-4.5@v4.1",
		model: "Grok 4.5 (high)",
		indexVersion: "v4.1",
		score: 55.76,
		outputTokensM: 59.86,
		openWeights: false,
		asOf: "2026-08-22"
	},
	{
		id: "llama-4-maverick@v4.0",
		model: "Llama 4 Maverick",
		indexVersion: "v4.0",
		score: 18.36,
		outputTokensM: 8.15,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "llama-4-maverick@v4.1",
		model: "Llama 4 Maverick",
		indexVersion: "v4.1",
		score: 14.48,
		outputTokensM: 4.74,
		openWeights: true,
		asOf: "2026-08-22"
	},
	{
		id: "llama-4-scout@v4.0",
		model: "Llama 4 Scout",
		indexVersion: "v4.0",
		score: 13.52,
		outputTokensM: 7.34,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "llama-4-scout@v4.1",
		model: "Llama 4 Scout",
		indexVersion: "v4.1",
		score: 10.26,
		outputTokensM: 3.58,
		openWeights: true,
		asOf: "2026-08-22"
	},
	{
		id: "llama-3.3-70b@v4.0",
		model: "Llama 3.3 Instruct 70B",
		indexVersion: "v4.0",
		score: 14.49,
		outputTokensM: 3.84,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "llama-3.3-70b@v4.1",
		model: "Llama 3.3 Instruct 70B",
		indexVersion: "v4.1",
		score: 9.4,
		outputTokensM: 3.77,
		openWeights: true,
		asOf: "2026-07-10"
	},
	{
		id: "llama-3.1-405b@v4.0",
		model: "Llama 3.1 Instruct 405B",
		indexVersion: "v4.0",
		score: 17.38,
		outputTokensM: 3.89,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "deepseek-v3.2@v4.0",
		model: "DeepSeek V3.2 (Reasoning)",
		indexVersion: "v4.0",
		score: 41.71,
		outputTokensM: 61.44,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "deepseek-v3.2@v4.1",
		model: "DeepSeek V3.2 (Reasoning)",
		indexVersion: "v4.1",
		score: 32.04,
		outputTokensM: 62.9,
		openWeights: true,
		asOf: "2026-07-10"
	},
	{
		id: "deepseek-r1-0528@v4.0",
		model: "DeepSeek R1 0528 (May '25)",
		indexVersion: "v4.0",
		score: 27.07,
		outputTokensM: 49.15,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "deepseek-v4-pro-0424@v4.0",
		model: "DeepSeek V4 Pro (Reasoning, Max Effort)",
		indexVersion: "v4.0",
		score: 51.51,
		outputTokensM: 187.18,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "deepseek-v4-pro-0424@v4.1",
		model: "DeepSeek V4 Pro (Reasoning, Max Effort)",
		indexVersion: "v4.1",
		score: 45.27,
		outputTokensM: 184.68,
		openWeights: true,
		asOf: "2026-08-22"
	},
	{
		id: "qwen3-235b-a22b-2507-reasoning@v4.0",
		model: "Qwen3 235B A22B 2507 (Reasoning)",
		indexVersion: "v4.0",
		score: 29.54,
		outputTokensM: 63.33,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "qwen3-235b-a22b-2507-reasoning@v4.1",
		model: "Qwen3 235B A22B 2507 (Reasoning)",
		indexVersion: "v4.1",
		score: 19.89,
		outputTokensM: 66.3,
		openWeights: true,
		asOf: "2026-08-22"
	},
	{
		id: "qwen3-235b-a22b-2507-instruct@v4.0",
		model: "Qwen3 235B A22B 2507 Instruct",
		indexVersion: "v4.0",
		score: 24.96,
		outputTokensM: 14.76,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "glm-4.5@v4.0",
		model: "GLM-4.5 (Reasoning)",
		indexVersion: "v4.0",
		score: 26.42,
		outputTokensM: 60.77,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "gpt-oss-120b@v4.0",
		model: "gpt-oss-120b (high)",
		indexVersion: "v4.0",
		score: 33.27,
		outputTokensM: 77.7,
		openWeights: true,
		asOf: "2026-06-15"
	},
	{
		id: "gpt-oss-120b@v4.1",
		model: "gpt-oss-120b (high)",
		indexVersion: "v4.1",
		score: 24.13,
		outputTokensM: 88.01,
		openWeights: true,
		asOf: "2026-08-22"
	}
];
/** The quality family of a record id: `gpt-5.4@v4.0` → `gpt-5.4`. */
var qualityFamily = (qualityId) => qualityId.split("@")[0] ?? qualityId;
/**
* Output tokens `model` writes for each one the reference writes, from the tokens each spent on
* the same Intelligence Index version (v4.0 first: the article's). 1 when either is unmeasured.
*/
function verbosityFactor(modelQualityId, referenceQualityFamily) {
	if (!modelQualityId) return 1;
	for (const version of ["v4.0", "v4.1"]) {
		const find = (f) => qualityRecords.find((q) => q.id === `${f}@${version}`);
		const model = find(qualityFamily(modelQualityId));
		const reference = find(referenceQualityFamily);
		if (model && reference) return model.outputTokensM / reference.outputTokensM;
	}
	return 1;
}
// src/lib/catalog/history.ts
var superseded = [];
/**
* A figure as it was on `date`: the value the first later change replaced, or today's when none
* did. `old` reads the figure from a change, undefined when that change left it alone.
*/
function figureAt(date, today, old, history) {
	const changes = history.filter((change) => change.until > date).sort((a, b) => a.until.localeCompare(b.until));
	for (const change of changes) {
		const value = old(change);
		if (value !== void 0) return value;
	}
	return today;
}
// src/lib/catalog/version.ts
var catalogDate = "2026-11-29";
// src/lib/catalog/article.ts
/**
* The article's headline figure, shown beside the user's own saving and never used as a result.
* Its underlying study was not found; the closest published figure is an 87.6% lower average price
* of open-model APIs on OpenRouter (see notes).
*/
var articleSaving = {
	share: .88,
	label: "Self-hosting Llama cost 88% less than proprietary API providers",
	source: "VentureBeat, \"Goodbye, Llama? Meta launches new proprietary AI model Muse Spark\" (April 2026): self-hosting Llama models \"offered an 88% cost reduction compared to using proprietary API providers\"",
	asOf: "2026-04"
};
var { findApiOffer, findOpenModel, findGpu, findQuality } = lookup({
	apiOffers,
	openModels,
	gpus,
	qualityRecords,
	assumptions
});
/** How an offer is named in results and lists: "Muse Spark (Meta)". */
var offerLabel = (offer) => `${offer.model} (${offer.vendor})`;
/** The offer's newest price point: the one in effect at this catalog's date. */
function currentPrice(offer) {
	const latest = offer.prices.at(-1);
	if (!latest) throw new Error(`API offer '${offer.id}' has no price`);
	return latest;
}
/**
* The offer's price point in effect on `date` (ISO, `2026-07-01`): the latest one dated on or
* before it. An offer that came later than `date` has none then, and gets its earliest.
*/
function priceAt(offer, date) {
	const point = offer.prices.findLast((p) => p.asOf <= date) ?? offer.prices[0];
	if (!point) throw new Error(`API offer '${offer.id}' has no price`);
	return point;
}
/** A GPU's typical rental and its purchase range as the catalog of `date` had them. */
function gpuPricesAt(gpu, date) {
	return {
		rentalTypical: figureAt(date, gpu.rental.typical, (change) => change.gpus?.[gpu.id]?.rentalTypical, superseded),
		purchase: figureAt(date, {
			low: gpu.purchase.low,
			high: gpu.purchase.high
		}, (change) => change.gpus?.[gpu.id]?.purchase, superseded)
	};
}
/** A cost assumption's value as the catalog of `date` had it. */
function assumptionAt(key, date) {
	return figureAt(date, assumptions[key].value, (change) => change.assumptions?.[key], superseded);
}
// src/lib/format.ts
/**
* Number formatting shared by the page and the command line. Every figure goes through Intl so
* separators and currency signs are right, and nothing ever prints NaN or Infinity.
*/
var usd$1 = (options) => new Intl.NumberFormat("en-US", {
	style: "currency",
	currency: "USD",
	...options
});
var usdWhole = usd$1({ maximumFractionDigits: 0 });
var usdCents = usd$1({
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});
var usdSmall = usd$1({
	minimumSignificantDigits: 2,
	maximumSignificantDigits: 3
});
var compact = new Intl.NumberFormat("en-US", {
	notation: "compact",
	maximumSignificantDigits: 3
});
var percent = new Intl.NumberFormat("en-US", {
	style: "percent",
	maximumFractionDigits: 0
});
var DASH = "—";
/** Dollars: whole dollars from $100 up, cents below, three significant digits under a dollar. */
function formatUsd(usd) {
	if (usd === null || usd === void 0 || !Number.isFinite(usd)) return DASH;
	if (usd === 0) return usdWhole.format(0);
	const magnitude = Math.round(Math.abs(usd) * 100) / 100;
	if (magnitude >= 100) return usdWhole.format(usd);
	if (magnitude >= 1) return usdCents.format(usd);
	return usdSmall.format(usd);
}
/** 1,234,567 → "1.23M". */
function formatCompact(n) {
	if (n === null || n === void 0 || !Number.isFinite(n)) return DASH;
	return compact.format(n);
}
/** 0.712 → "71%". */
function formatPercent(share) {
	if (share === null || share === void 0 || !Number.isFinite(share)) return DASH;
	return percent.format(share);
}
/** A plain number with up to `digits` decimals and thousands separators. */
function formatNumber(n, digits = 0) {
	if (n === null || n === void 0 || !Number.isFinite(n)) return DASH;
	return n.toLocaleString("en-US", { maximumFractionDigits: digits });
}
// src/lib/engine/bisect.ts
/**
* Finds where a function changes sign between `low` and `high` (whose values have opposite signs)
* by bisection in log space, so a span of many decades converges as fast as a narrow one. Works on
* step functions too: it then converges on the step.
*/
function bisectSignChange(f, low, high, relativeTolerance = 1e-9) {
	const lowSign = Math.sign(f(low));
	let a = low;
	let b = high;
	for (let i = 0; i < 200 && b - a > relativeTolerance * b; i++) {
		const mid = Math.sqrt(a * b);
		const m = mid > a && mid < b ? mid : (a + b) / 2;
		if (Math.sign(f(m)) === lowSign) a = m;
		else b = m;
	}
	return b;
}
// src/lib/engine/break-even.ts
/**
* Break-even volumes: every volume at which an option and the baseline swap places. A self-hosted
* fleet's cost is a staircase (one more replica per step), so it can cross a per-token price line
* many times; sampling at every step edge as well as on a log grid finds each crossing, and
* bisection then pins it down.
*/
var GRID_POINTS_PER_DECADE = 24;
/** Step edges enumerated at most in one grid interval; finer steps than this are not told apart. */
var MAX_EDGES_PER_INTERVAL = 2e3;
/** Just past a step edge, where the next replica has been added (well above the fleet's tolerance). */
var PAST_EDGE = 1 + 1e-7;
function logGrid(range, perDecade) {
	const decades = Math.log10(range.high / range.low);
	const count = Math.max(2, Math.ceil(decades * perDecade) + 1);
	return Array.from({ length: count }, (_, i) => range.low * 10 ** (decades * i / (count - 1)));
}
/** Edges of a staircase within [low, high], each with a sample just past it. */
function edgesIn(model, low, high) {
	const step = model.requestsPerReplica;
	if (!step || !Number.isFinite(step)) return [];
	const first = Math.max(1, Math.ceil(low / step));
	const last = Math.min(Math.floor(high / step), first + MAX_EDGES_PER_INTERVAL - 1);
	const edges = [];
	for (let k = first; k <= last; k++) edges.push(k * step, k * step * PAST_EDGE);
	return edges;
}
/** The cost one more replica adds near a volume: the height of the staircase's next step. */
function stepHeight(model, volume) {
	const step = model.requestsPerReplica;
	if (!step || !Number.isFinite(step)) return 0;
	const edge = Math.max(1, Math.ceil(volume / step)) * step;
	return model.at(edge * PAST_EDGE).totalUsd - model.at(edge).totalUsd;
}
/**
* Every volume in `range` where the option and the baseline swap places, in volume order (at most
* MAX_CROSSINGS). A log grid finds where the smooth trends meet; wherever the two costs come within
* a step of each other, every step edge there is sampled too, so crossings between steps are found.
*/
function findCrossings(option, baseline, range) {
	const difference = (volume) => option.at(volume).totalUsd - baseline.at(volume).totalUsd;
	const near = (volume, gap) => Math.abs(gap) <= Math.max(stepHeight(option, volume), stepHeight(baseline, volume));
	const grid = logGrid(range, GRID_POINTS_PER_DECADE);
	const samples = [grid[0]];
	for (let i = 1; i < grid.length; i++) {
		const a = grid[i - 1];
		const b = grid[i];
		const da = difference(a);
		const db = difference(b);
		if (Math.sign(da) !== Math.sign(db) || near(a, da) || near(b, db)) samples.push(...edgesIn(option, a, b), ...edgesIn(baseline, a, b));
		samples.push(b);
	}
	samples.sort((x, y) => x - y);
	const crossings = [];
	let previous = {
		volume: samples[0],
		sign: Math.sign(difference(samples[0]))
	};
	for (const volume of samples.slice(1)) {
		if (volume > range.high || crossings.length >= 100) break;
		const sign = Math.sign(difference(volume));
		if (sign !== 0 && previous.sign !== 0 && sign !== previous.sign) crossings.push({
			requestsPerMonth: bisectSignChange(difference, previous.volume, volume),
			optionCheaperAbove: sign < 0
		});
		if (sign !== 0) previous = {
			volume,
			sign
		};
	}
	return crossings;
}
var SECONDS_PER_MONTH = 2628e3;
/** Prices are quoted per this many tokens. */
var TOKENS_PER_PRICE_UNIT = 1e6;
/** Periods a request rate can be typed in, and how many of each a month holds. */
var PERIODS_PER_MONTH = {
	second: SECONDS_PER_MONTH,
	minute: SECONDS_PER_MONTH / 60,
	hour: 730,
	day: 730 / 24,
	month: 1
};
// src/lib/engine/api-cost.ts
/** The prices that apply to a request with `inputTokens` prompt tokens. */
function pricesForPrompt(prices, inputTokens, longContext) {
	if (!longContext || inputTokens <= longContext.thresholdTokens) return prices;
	return {
		inputPerM: longContext.inputPerM,
		cachedInputPerM: longContext.cachedInputPerM,
		outputPerM: longContext.outputPerM
	};
}
/** Cost of one request at list price (before any batch discount). */
function apiRequestCost(prices, workload, verbosity, longContext) {
	const p = pricesForPrompt(prices, workload.inputTokens, longContext);
	const cachedTokens = workload.inputTokens * workload.cachedShare;
	const uncachedInputUsd = (workload.inputTokens - cachedTokens) * p.inputPerM / TOKENS_PER_PRICE_UNIT;
	const cachedInputUsd = cachedTokens * p.cachedInputPerM / TOKENS_PER_PRICE_UNIT;
	const outputUsd = workload.outputTokens * verbosity * p.outputPerM / TOKENS_PER_PRICE_UNIT;
	return {
		uncachedInputUsd,
		cachedInputUsd,
		outputUsd,
		totalUsd: uncachedInputUsd + cachedInputUsd + outputUsd
	};
}
/** Share of the list price paid once batch requests get their discount. */
function batchFactor(batchShare, batchDiscount) {
	return 1 - batchShare * batchDiscount;
}
function apiMonthlyCost(option, prices, workload) {
	const perRequest = apiRequestCost(prices, workload, option.verbosity, option.longContext);
	const scale = workload.requestsPerMonth * batchFactor(workload.batchShare, option.batchDiscount);
	return {
		totalUsd: perRequest.totalUsd * scale,
		breakdown: {
			uncachedInputUsd: perRequest.uncachedInputUsd * scale,
			cachedInputUsd: perRequest.cachedInputUsd * scale,
			outputUsd: perRequest.outputUsd * scale
		}
	};
}
// src/lib/engine/fleet.ts
/**
* How many replicas the traffic needs, and how busy they are. Interactive traffic must be served
* at its busiest hour within the headroom target; traffic that can wait (batch) runs at the
* replica's offline capacity in the troughs, so it only adds replicas once the troughs are full.
*/
/** Replica-equivalents of work per request a month: interactive at its batch, batch at full batch. */
function busyPerMonthlyRequest(workload, rates) {
	const perRequestRate = 1 / SECONDS_PER_MONTH;
	return perRequestRate * (1 - workload.batchShare) / rates.interactive + perRequestRate * workload.batchShare / rates.offline;
}
/**
* Replicas needed per request a month: the binding one of the interactive peak (kept within the
* headroom target) and the month's total work (batch can run replicas full, since it can wait).
* Replicas grow as ceil(volume × this), so it also locates the staircase's steps.
*/
function replicasPerMonthlyRequest(workload, rates, policy) {
	const forPeak = (1 - workload.batchShare) / SECONDS_PER_MONTH * workload.peakToAverage / rates.interactive / policy.headroom;
	return Math.max(forPeak, busyPerMonthlyRequest(workload, rates));
}
/** A fleet at a volume, from the per-request rates (computed once for a sweep over volumes). */
function fleetAt(volume, replicasPerRequest, busyPerRequest, policy) {
	const replicas = Math.max(policy.minReplicas, Math.ceil(volume * replicasPerRequest * .999999999999), 1);
	const busyReplicas = volume * busyPerRequest;
	return {
		replicas,
		utilization: Math.min(1, busyReplicas / replicas),
		busyReplicas
	};
}
function sizeFleet(workload, rates, policy) {
	return fleetAt(workload.requestsPerMonth, replicasPerMonthlyRequest(workload, rates, policy), busyPerMonthlyRequest(workload, rates), policy);
}
// src/lib/engine/efficiency.ts
/** Fitted by `npx tsx scripts/calibrate.ts` (catalog 2026.11.29). */
var calibratedEfficiency = Object.freeze({
	bandwidth: .82,
	compute: .6,
	prefill: .43,
	moeRoutingSeconds: 115e-9,
	stepOverheadSeconds: .0017,
	collectiveLatencySeconds: 13e-6,
	interNodeCollectiveLatencySeconds: 3e-5,
	maxBatch: 4096,
	memoryUtilization: .9,
	reservePerGpuGB: 3
});
// src/lib/engine/architecture.ts
var BYTES_PER_WEIGHT = {
	bf16: 2,
	fp8: 1,
	int8: 1,
	fp4: .5,
	int4: .5
};
var BYTES_PER_KV_VALUE = {
	bf16: 2,
	fp8: 1
};
/** Every precision the estimator knows, for schemas and choices: the keys of the tables above. */
var WEIGHT_PRECISIONS = Object.keys(BYTES_PER_WEIGHT);
var KV_PRECISIONS = Object.keys(BYTES_PER_KV_VALUE);
/** Default KV-cache precision: 8-bit when the weights are 8-bit or narrower. */
var defaultKvPrecision = (weights) => weights === "bf16" ? "bf16" : "fp8";
/** Bytes of all weights. */
function weightBytes(model, weights) {
	return model.totalParamsB * 1e9 * BYTES_PER_WEIGHT[weights];
}
/** KV-cache bytes one layer holds per token. */
function kvBytesPerTokenPerLayer(model, kv) {
	return (model.mla ? model.mla.kvLoraRank + model.mla.ropeHeadDim : 2 * model.kvHeads * model.headDim) * BYTES_PER_KV_VALUE[kv];
}
/** Layers that attend to the whole context, and those limited to a sliding window. */
function layerSplit(model) {
	const windowed = Math.min(model.slidingWindow?.layers ?? 0, model.layers);
	return {
		full: model.layers - windowed,
		windowed,
		window: model.slidingWindow?.window ?? Infinity
	};
}
/**
* KV-cache bytes of one sequence holding `context` tokens: sliding-window layers keep at most
* `window` of them.
*/
function kvBytesForContext(model, kv, context) {
	const { full, windowed, window } = layerSplit(model);
	return kvBytesPerTokenPerLayer(model, kv) * (full * context + windowed * Math.min(context, window));
}
/**
* A mixture-of-experts model as parameters read for every token (attention, embeddings, dense
* layers, shared experts) and routed-expert parameters, in billions. From
* total = shared + routed and active = shared + routed · k/E.
*/
function parameterSplit(model) {
	if (!model.moe) return {
		sharedB: model.totalParamsB,
		routedB: 0
	};
	const routedShare = model.moe.activeExperts / model.moe.experts;
	const routedB = (model.totalParamsB - model.activeParamsB) / (1 - routedShare);
	return {
		sharedB: model.totalParamsB - routedB,
		routedB
	};
}
/**
* Expected share of a layer's routed experts that at least one of `tokens` tokens is sent to,
* each token choosing k of E experts: 1 − (1 − k/E)^tokens.
*/
function expertsTouched(model, tokens) {
	if (!model.moe) return 1;
	return 1 - (1 - model.moe.activeExperts / model.moe.experts) ** tokens;
}
/**
* Attention FLOPs to decode one token against `context` earlier tokens (scores and weighted sum,
* 2 FLOPs per multiply-add). Multi-head latent attention decodes in its absorbed form, attending
* over the latent (rank + RoPE dims for scores, rank for values) in every head.
*/
function decodeAttentionFlops(model, context) {
	const { full, windowed, window } = layerSplit(model);
	const attended = full * context + windowed * Math.min(context, window);
	const perHeadWidth = model.mla ? 2 * model.mla.kvLoraRank + model.mla.ropeHeadDim : 2 * model.headDim;
	return 2 * model.attentionHeads * perHeadWidth * attended;
}
/**
* Attention FLOPs to prefill `tokens` new tokens after `prefix` cached ones, causal: the token at
* position p attends to p earlier tokens (at most `window` in windowed layers).
*/
function prefillAttentionFlops(model, tokens, prefix) {
	const { full, windowed, window } = layerSplit(model);
	const width = model.mla ? 2 * model.headDim + model.mla.ropeHeadDim : 2 * model.headDim;
	return 2 * model.attentionHeads * width * (full * attendedPairs(prefix, tokens, Infinity) + windowed * attendedPairs(prefix, tokens, window));
}
/** Σ over positions p in [prefix, prefix + tokens) of min(p, window). */
function attendedPairs(prefix, tokens, window) {
	const end = prefix + tokens;
	const rampEnd = Math.min(end, Math.max(prefix, window));
	return (rampEnd * (rampEnd - 1) - prefix * (prefix - 1)) / 2 + (end > rampEnd ? (end - rampEnd) * window : 0);
}
// src/lib/engine/serving.ts
var GB = 1e9;
var TERA = 0xe8d4a51000;
/** Peak dense TFLOPS at which a weight precision computes; a missing rate falls back to a wider one. */
function peakTflops(gpu, weights) {
	const { bf16, fp8, fp4 } = gpu.tflops;
	switch (weights) {
		case "fp4": return fp4 ?? fp8 ?? bf16;
		case "fp8":
		case "int8": return fp8 ?? bf16;
		case "int4":
		case "bf16": return bf16;
	}
}
/**
* With tensor parallelism over more GPUs than the model has KV heads, each head's cache is held by
* several GPUs. Latent attention (MLA) is served with data-parallel attention, without copies.
*/
/**
* A replica of more than one server's GPUs runs tensor parallelism inside each server and
* pipeline stages across servers: only one stage's activations cross the network per step.
*/
function replicaLayout(gpus) {
	return {
		tensorParallel: Math.min(gpus, 8),
		stages: Math.ceil(gpus / 8)
	};
}
function kvCopies(setup) {
	if (setup.model.mla) return 1;
	return Math.max(1, replicaLayout(setup.gpus).tensorParallel / setup.model.kvHeads);
}
function kvBytesPerRequest(setup) {
	const context = setup.inputTokens + setup.outputTokens;
	return kvBytesForContext(setup.model, setup.kv, context) * kvCopies(setup);
}
function memoryFit(setup) {
	const { gpu, gpus, efficiency } = setup;
	const usableGB = gpus * (gpu.memoryGB * efficiency.memoryUtilization - efficiency.reservePerGpuGB);
	const weightsGB = weightBytes(setup.model, setup.weights) / GB;
	const kvGBPerRequest = kvBytesPerRequest(setup) / GB;
	const kvBudgetGB = Math.max(0, usableGB - weightsGB);
	const maxConcurrency = Math.min(efficiency.maxBatch, Math.floor(kvBudgetGB / kvGBPerRequest));
	return {
		fits: maxConcurrency >= 1,
		weightsGB,
		usableGB,
		kvBudgetGB,
		kvGBPerRequest,
		maxConcurrency
	};
}
/**
* Time the GPUs spend talking each step over `tokens` tokens: two all-reduces per layer inside a
* server (a ring sends 2(t−1)/t of the 16-bit activations through each GPU's link), and with
* several servers one hand-off between pipeline stages. Stages work on different requests at once,
* so a step pays for one stage's layers.
*/
function collectiveSeconds(setup, tokens) {
	const { model, efficiency } = setup;
	const { tensorParallel: t, stages } = replicaLayout(setup.gpus);
	const activations = tokens * model.hiddenSize * 2;
	const linkGBs = setup.gpu.interconnectGBs ?? 32;
	return (t > 1 ? 2 * (model.layers / stages) * (efficiency.collectiveLatencySeconds + 2 * (t - 1) / t * activations / (linkGBs * GB)) : 0) + (stages > 1 ? efficiency.interNodeCollectiveLatencySeconds + activations / (50 * GB) : 0);
}
function forwardPass(setup, tokens, reads, computeEfficiency, overheadSeconds) {
	const { model, gpu, gpus, efficiency } = setup;
	const { sharedB, routedB } = parameterSplit(model);
	const weightBytes = (sharedB + routedB * expertsTouched(model, tokens)) * GB * BYTES_PER_WEIGHT[setup.weights];
	const linearFlops = 2 * tokens * GB * model.activeParamsB;
	const memorySeconds = (weightBytes + reads.kvBytes) / (gpus * gpu.bandwidthTBs * TERA * efficiency.bandwidth);
	const peak = gpus * TERA * computeEfficiency;
	const computeSeconds = linearFlops / (peak * peakTflops(gpu, setup.weights)) + reads.attentionFlops / (peak * gpu.tflops.bf16);
	const routing = routingSeconds(setup, tokens);
	const collectives = collectiveSeconds(setup, tokens);
	return {
		tokens,
		weightBytes,
		kvBytes: reads.kvBytes,
		linearFlops,
		attentionFlops: reads.attentionFlops,
		memorySeconds,
		computeSeconds,
		routingSeconds: routing,
		collectiveSeconds: collectives,
		overheadSeconds,
		seconds: Math.max(memorySeconds, computeSeconds) + routing + collectives + overheadSeconds,
		bound: memorySeconds >= computeSeconds ? "memory" : "compute"
	};
}
/** Time to route `tokens` tokens through the experts of every mixture-of-experts layer. */
function routingSeconds(setup, tokens) {
	const { moe, layers } = setup.model;
	if (!moe) return 0;
	return tokens * moe.activeExperts * (moe.layers ?? layers) * setup.efficiency.moeRoutingSeconds / setup.gpus;
}
/** One decode step for a batch of `batch` sequences at the average context of a request. */
function decodeStep(setup, batch) {
	const context = setup.inputTokens + setup.outputTokens / 2;
	return forwardPass(setup, batch, {
		kvBytes: batch * kvBytesForContext(setup.model, setup.kv, context) * kvCopies(setup),
		attentionFlops: batch * decodeAttentionFlops(setup.model, context)
	}, setup.efficiency.compute, setup.efficiency.stepOverheadSeconds);
}
/** Prefill of one request's uncached prompt (at least one token: the last is always computed). */
function prefillPass(setup) {
	const prefix = Math.floor(setup.inputTokens * setup.cachedShare);
	const tokens = Math.max(1, setup.inputTokens - prefix);
	return forwardPass(setup, tokens, {
		kvBytes: 0,
		attentionFlops: prefillAttentionFlops(setup.model, tokens, prefix)
	}, setup.efficiency.prefill, 0);
}
var prefillSeconds = (setup) => prefillPass(setup).seconds;
/**
* The replica serving `concurrency` requests at once with continuous batching. Each request costs
* its share of decode steps plus its own prefill, which also interrupts the others' decoding.
*/
function servingPoint(setup, concurrency) {
	const step = decodeStep(setup, concurrency);
	const prefill = prefillSeconds(setup);
	const output = setup.outputTokens;
	const decodeTime = output * step.seconds;
	return {
		concurrency,
		stepSeconds: step.seconds,
		prefillSeconds: prefill,
		outputTokensPerSecond: concurrency * output / (decodeTime + concurrency * prefill),
		perUserOutputTokensPerSecond: output / (decodeTime + (concurrency - 1) * prefill),
		timeToFirstTokenSeconds: prefill + (concurrency > 1 ? step.seconds : 0),
		bound: step.bound
	};
}
function meets(point, target) {
	return point.perUserOutputTokensPerSecond >= target.minTokensPerSecond && point.timeToFirstTokenSeconds <= target.maxTimeToFirstTokenSeconds;
}
/**
* The largest batch within KV capacity whose users still see the target speed and first-token
* time; null when even one request alone misses it. Per-user speed only falls and the first-token
* time only grows with the batch, so a binary search finds the edge.
*/
function largestBatchMeeting(setup, maxConcurrency, target) {
	if (maxConcurrency < 1 || !meets(servingPoint(setup, 1), target)) return null;
	let good = 1;
	let bad = maxConcurrency + 1;
	while (bad - good > 1) {
		const mid = Math.floor((good + bad) / 2);
		if (meets(servingPoint(setup, mid), target)) good = mid;
		else bad = mid;
	}
	return servingPoint(setup, good);
}
// src/lib/engine/replica.ts
/**
* One replica of a self-hosted option under the scenario's workload: does the model fit, which
* batch meets the latency target, and how many requests a second the replica completes. None of
* this depends on volume, so it is computed once per option and reused across a volume sweep.
*/
function servingSetup(option, workload) {
	return {
		model: option.model,
		gpu: option.gpu,
		gpus: option.gpusPerReplica,
		weights: option.weights,
		kv: option.kv,
		inputTokens: workload.inputTokens,
		outputTokens: workload.outputTokens * option.verbosity,
		cachedShare: workload.cachedShare,
		efficiency: {
			...calibratedEfficiency,
			...option.efficiency
		}
	};
}
/** The replica's estimate, or null when the model (plus one request's KV cache) does not fit. */
function estimateReplica(option, workload) {
	const setup = servingSetup(option, workload);
	const fit = memoryFit(setup);
	if (!fit.fits) return null;
	const atTarget = largestBatchMeeting(setup, fit.maxConcurrency, workload.latency);
	const interactive = atTarget ?? servingPoint(setup, 1);
	const offline = servingPoint(setup, fit.maxConcurrency);
	const measured = option.measuredOutputTokensPerSecond;
	const output = setup.outputTokens;
	const rates = measured ? {
		interactive: measured / output,
		offline: measured / output
	} : {
		interactive: interactive.outputTokensPerSecond / output,
		offline: offline.outputTokensPerSecond / output
	};
	return {
		fit,
		interactive,
		latencyMet: atTarget !== null,
		offline,
		rates,
		measured: !!measured
	};
}
// src/lib/engine/self-host-cost.ts
/**
* Monthly cost of a self-hosted fleet (PRODUCT.md §4): rented GPU-hours, or owned hardware
* (purchase annualised at the cost of capital, power at the fleet's utilisation, colocation);
* plus engineers, setup spread over months and other monthly costs.
*/
/**
* Share of a purchase paid back each year over `years` at yearly rate `rate` (the capital recovery
* factor r / (1 − (1 + r)^−n)); with no cost of capital, straight-line 1/n.
*/
function capitalRecoveryFactor(rate, years) {
	if (rate < 1e-9) return 1 / years;
	return rate / (1 - (1 + rate) ** -years);
}
/** Electrical draw of one GPU at a utilisation, as a share of its TDP: idle floor plus load. */
function powerShare(utilization, idlePowerFraction) {
	return idlePowerFraction + (1 - idlePowerFraction) * utilization;
}
function hostingCost(hosting, gpus, tdpW, utilization) {
	if (hosting.mode === "rented") return {
		gpuRentalUsd: gpus * hosting.usdPerGpuHour * 730,
		hardwareUsd: 0,
		powerUsd: 0,
		colocationUsd: 0
	};
	const provisionedKw = gpus * tdpW * hosting.nodePowerOverhead / 1e3;
	const drawnKw = provisionedKw * powerShare(utilization, hosting.idlePowerFraction);
	return {
		gpuRentalUsd: 0,
		hardwareUsd: gpus * hosting.usdPerGpu * capitalRecoveryFactor(hosting.costOfCapital, hosting.years) / 12,
		powerUsd: drawnKw * hosting.pue * 730 * hosting.usdPerKwh,
		colocationUsd: provisionedKw * hosting.colocationUsdPerKwMonth
	};
}
function selfHostMonthlyCost(option, gpus, utilization) {
	const hosting = hostingCost(option.hosting, gpus, option.gpu.tdpW, utilization);
	const engineersUsd = option.engineerFte * option.engineerUsdPerYear / 12;
	const setupUsd = option.setupUsd / option.setupMonths;
	const otherUsd = option.otherUsdPerMonth;
	return {
		totalUsd: hosting.gpuRentalUsd + hosting.hardwareUsd + hosting.powerUsd + hosting.colocationUsd + engineersUsd + setupUsd + otherUsd,
		breakdown: {
			gpuRentalUsd: hosting.gpuRentalUsd,
			hardwareUsd: hosting.hardwareUsd,
			powerUsd: hosting.powerUsd,
			colocationUsd: hosting.colocationUsd,
			engineersUsd,
			setupUsd,
			otherUsd
		}
	};
}
// src/lib/engine/option-cost.ts
/** The prices of a pricing at a case: a known price is the same at all three. */
function pricesAt(pricing, priceCase) {
	if (pricing.kind === "known") return pricing.prices;
	if (priceCase !== "mid") return pricing[priceCase];
	const mid = (key) => (pricing.low[key] + pricing.high[key]) / 2;
	return {
		inputPerM: mid("inputPerM"),
		cachedInputPerM: mid("cachedInputPerM"),
		outputPerM: mid("outputPerM")
	};
}
function apiCostModel(option, workload, priceCase) {
	const perRequest = apiMonthlyCost(option, pricesAt(option.pricing, priceCase), {
		...workload,
		requestsPerMonth: 1
	});
	return { at(requestsPerMonth) {
		return {
			totalUsd: perRequest.totalUsd * requestsPerMonth,
			breakdown: [
				{
					key: "input",
					usd: perRequest.breakdown.uncachedInputUsd * requestsPerMonth
				},
				{
					key: "cached-input",
					usd: perRequest.breakdown.cachedInputUsd * requestsPerMonth
				},
				{
					key: "output",
					usd: perRequest.breakdown.outputUsd * requestsPerMonth
				}
			]
		};
	} };
}
var SELF_HOST_LINES = [
	["gpu-rental", "gpuRentalUsd"],
	["hardware", "hardwareUsd"],
	["power", "powerUsd"],
	["colocation", "colocationUsd"],
	["engineers", "engineersUsd"],
	["setup", "setupUsd"],
	["other", "otherUsd"]
];
function selfHostCostModel(option, workload, replica) {
	const policy = {
		headroom: option.headroom,
		minReplicas: option.minReplicas
	};
	const replicasPerRequest = replicasPerMonthlyRequest(workload, replica.rates, policy);
	const busyPerRequest = busyPerMonthlyRequest(workload, replica.rates);
	return {
		requestsPerReplica: 1 / replicasPerRequest,
		at(requestsPerMonth) {
			const fleet = fleetAt(requestsPerMonth, replicasPerRequest, busyPerRequest, policy);
			const cost = selfHostMonthlyCost(option, fleet.replicas * option.gpusPerReplica, fleet.utilization);
			return {
				totalUsd: cost.totalUsd,
				breakdown: SELF_HOST_LINES.map(([key, field]) => ({
					key,
					usd: cost.breakdown[field]
				})),
				fleet
			};
		}
	};
}
/** An option's cost models by price case; none when a self-hosted model does not fit. */
function prepareOption(option, workload) {
	if (option.kind === "api") {
		const cases = option.pricing.kind === "range" ? [
			"low",
			"mid",
			"high"
		] : ["mid"];
		return {
			option,
			replica: null,
			models: Object.fromEntries(cases.map((c) => [c, apiCostModel(option, workload, c)]))
		};
	}
	const replica = estimateReplica(option, workload);
	return {
		option,
		replica,
		models: replica ? { mid: selfHostCostModel(option, workload, replica) } : {}
	};
}
// src/lib/engine/result.ts
var ok = (value) => ({
	ok: true,
	value
});
var fail = (field, message) => ({
	ok: false,
	error: {
		field,
		message
	}
});
// src/lib/engine/schema.ts
/**
* The engine's inputs as schemas: shapes, and the range of every number. Anything reaching the
* engine from outside (a form, a file, a link) passes here first, so no formula ever sees a value
* that could turn a result into NaN, Infinity or a negative cost.
*/
var formatLimit = (n) => n.toLocaleString("en-US", { maximumFractionDigits: 6 });
/** A finite number within [min, max], with a message that says the range. */
function number(min, max) {
	const message = `must be a number from ${formatLimit(min)} to ${formatLimit(max)}`;
	return v.pipe(v.number(message), v.finite(message), v.minValue(min, message), v.maxValue(max, message));
}
function whole(min, max) {
	const message = `must be a whole number from ${formatLimit(min)} to ${formatLimit(max)}`;
	return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
}
/** An object; a missing field is "required" rather than valibot's wording. */
var objectMessage = (issue) => issue.received === "undefined" ? "is required" : "must be an object";
function obj(entries) {
	return v.object(entries, objectMessage);
}
var share = number(0, 1);
var text$1 = v.pipe(v.string("must be text"), v.minLength(1, "must not be empty"));
var usd = (max) => number(0, max);
var modelArchitectureSchema = v.pipe(obj({
	name: text$1,
	totalParamsB: number(.001, 1e5),
	activeParamsB: number(.001, 1e5),
	layers: whole(1, 1e3),
	hiddenSize: whole(1, 1e6),
	attentionHeads: whole(1, 1e4),
	kvHeads: whole(1, 1e4),
	headDim: whole(1, 1e4),
	mla: v.optional(obj({
		kvLoraRank: whole(1, 1e5),
		ropeHeadDim: whole(0, 1e5)
	})),
	moe: v.optional(v.pipe(obj({
		experts: whole(2, 1e5),
		activeExperts: whole(1, 1e5),
		sharedExperts: whole(0, 1e5),
		layers: v.optional(whole(1, 1e3))
	}), v.forward(v.check((moe) => moe.activeExperts < moe.experts, "must be fewer than experts"), ["activeExperts"]))),
	maxContext: v.optional(whole(1, 1e9)),
	slidingWindow: v.optional(obj({
		layers: whole(0, 1e3),
		window: whole(1, 1e8)
	}))
}), v.forward(v.check((m) => m.activeParamsB <= m.totalParamsB, "must not exceed totalParamsB"), ["activeParamsB"]), v.forward(v.check((m) => (m.slidingWindow?.layers ?? 0) <= m.layers, "must not exceed layers"), ["slidingWindow", "layers"]), v.forward(v.check((m) => (m.moe?.layers ?? 0) <= m.layers, "must not exceed layers"), ["moe", "layers"]), v.forward(v.check((m) => !m.moe || m.activeParamsB >= m.totalParamsB * m.moe.activeExperts / m.moe.experts, "must be at least totalParamsB · activeExperts / experts"), ["activeParamsB"]), v.forward(v.check((m) => !m.moe || m.activeParamsB < m.totalParamsB, "must be below totalParamsB for a mixture-of-experts model"), ["activeParamsB"]));
var gpuSpecSchema = obj({
	name: text$1,
	memoryGB: number(1, 1e5),
	bandwidthTBs: number(.01, 1e3),
	tflops: obj({
		bf16: number(1, 1e6),
		fp8: v.nullable(number(1, 1e6)),
		fp4: v.nullable(number(1, 1e6))
	}),
	tdpW: number(1, 1e5),
	interconnectGBs: v.optional(number(.1, 1e5))
});
var workloadSchema = obj({
	requestsPerMonth: number(1, 0x9184e72a000),
	inputTokens: number(0, 1e7),
	outputTokens: number(1, 1e7),
	cachedShare: share,
	batchShare: share,
	peakToAverage: number(1, 1e3),
	latency: obj({
		minTokensPerSecond: number(.01, 1e5),
		maxTimeToFirstTokenSeconds: number(.001, 3600)
	})
});
var pricePerM = number(0, 1e5);
var tokenPricesSchema = obj({
	inputPerM: pricePerM,
	cachedInputPerM: pricePerM,
	outputPerM: pricePerM
});
var pricingSchema = v.variant("kind", [obj({
	kind: v.literal("known"),
	prices: tokenPricesSchema
}), v.pipe(obj({
	kind: v.literal("range"),
	low: tokenPricesSchema,
	high: tokenPricesSchema
}), v.forward(v.check((r) => r.low.inputPerM <= r.high.inputPerM && r.low.cachedInputPerM <= r.high.cachedInputPerM && r.low.outputPerM <= r.high.outputPerM, "each low price must not exceed its high price"), ["low"]))]);
var optionBase = {
	id: text$1,
	label: text$1,
	verbosity: number(.001, 100)
};
var apiOptionSchema = obj({
	...optionBase,
	kind: v.literal("api"),
	pricing: pricingSchema,
	batchDiscount: share,
	longContext: v.optional(obj({
		thresholdTokens: number(1, 1e8),
		inputPerM: pricePerM,
		cachedInputPerM: pricePerM,
		outputPerM: pricePerM
	})),
	contextWindow: v.optional(whole(1, 1e8))
});
var hostingSchema = v.variant("mode", [obj({
	mode: v.literal("rented"),
	usdPerGpuHour: usd(1e4)
}), obj({
	mode: v.literal("owned"),
	usdPerGpu: usd(1e8),
	years: number(.25, 50),
	costOfCapital: number(0, 1),
	pue: number(1, 5),
	usdPerKwh: usd(100),
	nodePowerOverhead: number(1, 10),
	idlePowerFraction: share,
	colocationUsdPerKwMonth: usd(1e6)
})]);
var efficiencySchema = v.partial(obj({
	bandwidth: number(.01, 1),
	compute: number(.01, 1),
	prefill: number(.01, 1),
	moeRoutingSeconds: number(0, .001),
	maxBatch: whole(1, 1e6),
	stepOverheadSeconds: number(0, 10),
	collectiveLatencySeconds: number(0, 1),
	interNodeCollectiveLatencySeconds: number(0, 1),
	memoryUtilization: number(.01, 1),
	reservePerGpuGB: number(0, 1e4)
}));
var selfHostOptionSchema = obj({
	...optionBase,
	kind: v.literal("self-host"),
	model: modelArchitectureSchema,
	gpu: gpuSpecSchema,
	gpusPerReplica: whole(1, 4096),
	weights: v.picklist(WEIGHT_PRECISIONS, "must be bf16, fp8, int8, fp4 or int4"),
	kv: v.picklist(KV_PRECISIONS, "must be bf16 or fp8"),
	hosting: hostingSchema,
	minReplicas: whole(1, 1e6),
	headroom: number(.05, 1),
	engineerFte: number(0, 1e4),
	engineerUsdPerYear: usd(1e8),
	setupUsd: usd(0xe8d4a51000),
	setupMonths: number(1, 1200),
	otherUsdPerMonth: usd(0xe8d4a51000),
	efficiency: v.optional(efficiencySchema),
	measuredOutputTokensPerSecond: v.optional(number(.001, 1e9))
});
var scenarioSchema = v.pipe(obj({
	workload: workloadSchema,
	options: v.pipe(v.array(v.variant("kind", [apiOptionSchema, selfHostOptionSchema]), "must be a list"), v.minLength(1, "must hold at least one option"), v.maxLength(50, "must hold at most 50 options"), v.check((options) => new Set(options.map((o) => o.id)).size === options.length, "must have distinct ids")),
	baselineId: text$1
}), v.forward(v.check((s) => s.options.some((o) => o.id === s.baselineId), "must be the id of one of the options"), ["baselineId"]));
/** Validates untrusted input against a schema: the value, or the first problem with its field. */
function validate(schema, input, prefix = "") {
	const parsed = v.safeParse(schema, input);
	if (parsed.success) return ok(parsed.output);
	const issue = parsed.issues[0];
	return fail([prefix, v.getDotPath(issue) ?? ""].filter(Boolean).join(".") || prefix || "(input)", issue.message);
}
// src/lib/engine/warnings.ts
/** Tokens one request holds at its end: the prompt plus this option's answer. */
var contextOf = (workload, verbosity) => workload.inputTokens + workload.outputTokens * verbosity;
function contextWarning(needed, limit) {
	if (!limit || needed <= limit) return [];
	return [{
		code: "context-exceeded",
		message: `A request needs ${formatNumber(needed)} tokens of context; the model takes ${formatNumber(limit)}.`
	}];
}
function apiWarnings(option, workload, range) {
	return [...range ? [{
		code: "price-unknown",
		message: `The price is not announced: estimated between ${formatUsd(range.low)} and ${formatUsd(range.high)} a month.`
	}] : [], ...contextWarning(contextOf(workload, option.verbosity), option.contextWindow)];
}
function latencyWarning(workload, replica) {
	if (replica.latencyMet) return [];
	const best = replica.interactive;
	const { minTokensPerSecond, maxTimeToFirstTokenSeconds } = workload.latency;
	return [{
		code: "latency-unreachable",
		message: `Latency target out of reach: even one request at a time gets ${[best.perUserOutputTokensPerSecond < minTokensPerSecond && `${formatNumber(best.perUserOutputTokensPerSecond, 1)} tokens/s per user against ${formatNumber(minTokensPerSecond, 1)} wanted`, best.timeToFirstTokenSeconds > maxTimeToFirstTokenSeconds && `a first token after ${formatNumber(best.timeToFirstTokenSeconds, 2)} s against ${formatNumber(maxTimeToFirstTokenSeconds, 2)} s wanted`].filter(Boolean).join(" and ")}. Costed at batch 1.`
	}];
}
function selfHostWarnings(option, workload, replica) {
	const context = contextWarning(contextOf(workload, option.verbosity), option.model.maxContext);
	if (!replica) return [{
		code: "does-not-fit",
		message: `${option.model.name} at ${option.weights} with one request's KV cache does not fit in ${option.gpusPerReplica} × ${option.gpu.name}.`
	}, ...context];
	const measured = replica.measured ? [{
		code: "measured-throughput",
		message: `Capacity uses the measured ${formatNumber(option.measuredOutputTokensPerSecond)} output tokens/s per replica instead of the estimate.`
	}] : [];
	return [
		...latencyWarning(workload, replica),
		...context,
		...measured
	];
}
// src/lib/engine/evaluate.ts
/** Break-even points are searched from 1/10,000 to 10,000 times the scenario's volume. */
var SWEEP_FACTOR = 1e4;
var MAX_VOLUME = 0x9184e72a000;
function tokensPerRequest(workload) {
	return workload.inputTokens + workload.outputTokens;
}
function servingSummary(option, replica, fleet) {
	const point = replica.interactive;
	return {
		gpus: fleet.replicas * option.gpusPerReplica,
		gpusPerReplica: option.gpusPerReplica,
		replicas: fleet.replicas,
		batch: point.concurrency,
		maxConcurrency: replica.fit.maxConcurrency,
		perUserOutputTokensPerSecond: point.perUserOutputTokensPerSecond,
		timeToFirstTokenSeconds: point.timeToFirstTokenSeconds,
		replicaOutputTokensPerSecond: option.measuredOutputTokensPerSecond ?? point.outputTokensPerSecond,
		utilization: fleet.utilization,
		bound: point.bound,
		weightsGB: replica.fit.weightsGB,
		kvBudgetGB: replica.fit.kvBudgetGB
	};
}
function optionResult(prepared, workload) {
	const { option, replica, models } = prepared;
	const base = {
		id: option.id,
		label: option.label,
		kind: option.kind,
		verbosity: option.verbosity
	};
	const mid = models.mid;
	if (!mid) return {
		...base,
		monthlyCostUsd: null,
		monthlyCostRange: null,
		costPerMillionTokensUsd: null,
		costPerRequestUsd: null,
		breakdown: [],
		serving: null,
		warnings: option.kind === "self-host" ? selfHostWarnings(option, workload, replica) : []
	};
	const volume = workload.requestsPerMonth;
	const cost = mid.at(volume);
	const range = models.low && models.high ? {
		low: models.low.at(volume).totalUsd,
		high: models.high.at(volume).totalUsd
	} : null;
	const tokens = volume * tokensPerRequest(workload);
	return {
		...base,
		monthlyCostUsd: cost.totalUsd,
		monthlyCostRange: range,
		costPerMillionTokensUsd: cost.totalUsd / tokens * TOKENS_PER_PRICE_UNIT,
		costPerRequestUsd: cost.totalUsd / volume,
		breakdown: cost.breakdown,
		serving: option.kind === "self-host" && replica && cost.fleet ? servingSummary(option, replica, cost.fleet) : null,
		warnings: option.kind === "api" ? apiWarnings(option, workload, range) : selfHostWarnings(option, workload, replica)
	};
}
/** A ratio that is only reported when it is a finite number. */
function shareOf(part, whole) {
	const share = part / whole;
	return Number.isFinite(share) ? share : null;
}
function savingsAgainst(baseline, results) {
	const base = baseline.monthlyCostUsd;
	if (base === null) return [];
	return results.flatMap((r) => r.id === baseline.id || r.monthlyCostUsd === null ? [] : [{
		optionId: r.id,
		monthlyUsd: base - r.monthlyCostUsd,
		share: shareOf(base - r.monthlyCostUsd, base)
	}]);
}
function breakEvens(prepared, baseline, workload, sweep) {
	const cases = [
		"low",
		"mid",
		"high"
	];
	return prepared.flatMap((p) => {
		if (p === baseline) return [];
		return cases.flatMap((priceCase) => {
			const hasCase = priceCase === "mid" || p.models[priceCase] || baseline.models[priceCase];
			const optionModel = p.models[priceCase] ?? p.models.mid;
			const baseModel = baseline.models[priceCase] ?? baseline.models.mid;
			if (!hasCase || !optionModel || !baseModel) return [];
			return findCrossings(optionModel, baseModel, sweep).map((c) => ({
				optionId: p.option.id,
				priceCase,
				requestsPerMonth: c.requestsPerMonth,
				tokensPerMonth: c.requestsPerMonth * tokensPerRequest(workload),
				optionCheaperAbove: c.optionCheaperAbove
			}));
		});
	});
}
/** Validates a scenario and evaluates it; never throws. */
function evaluateScenario(input) {
	const valid = validate(scenarioSchema, input);
	if (!valid.ok) return valid;
	const scenario = valid.value;
	const { workload } = scenario;
	const prepared = scenario.options.map((option) => prepareOption(option, workload));
	const options = prepared.map((p) => optionResult(p, workload));
	const baselineIndex = scenario.options.findIndex((o) => o.id === scenario.baselineId);
	const volume = workload.requestsPerMonth;
	const sweep = {
		low: volume / SWEEP_FACTOR,
		high: Math.min(MAX_VOLUME, volume * SWEEP_FACTOR)
	};
	const breakEven = breakEvens(prepared, prepared[baselineIndex], workload, sweep);
	const result = {
		requestsPerMonth: volume,
		tokensPerMonth: volume * tokensPerRequest(workload),
		baselineId: scenario.baselineId,
		options,
		savingsVsBaseline: savingsAgainst(options[baselineIndex], options),
		breakEven,
		breakEvenComplete: !countsPerPair(breakEven).some((n) => n >= 100),
		sweep
	};
	return allFinite(result) ? ok(result) : fail("scenario", "gives a result out of range: check extreme values");
}
function countsPerPair(crossings) {
	const counts = /* @__PURE__ */ new Map();
	for (const c of crossings) {
		const key = `${c.optionId}|${c.priceCase}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return [...counts.values()];
}
/** Every number in a value, however deep, is finite. */
function allFinite(value) {
	if (typeof value === "number") return Number.isFinite(value);
	if (value === null || typeof value !== "object") return true;
	return Object.values(value).every(allFinite);
}
// src/lib/engine/defaults.ts
/**
* Defaults the scenario format fills in when a user leaves a field out. Sourced figures (energy,
* hardware life, salaries) live in the catalog's assumptions; these are planning conventions.
*/
/**
* Plan replicas to run at most 80% busy at the busiest hour: queues grow quickly as a server
* nears saturation, and 80% is a common autoscaling target.
*/
var DEFAULT_HEADROOM = .8;
/** A quarter of an engineer to run one self-hosted deployment (upgrades, monitoring, on-call share). */
var DEFAULT_ENGINEER_FTE = .25;
// src/lib/scenario/form.ts
/**
* A scenario as the user writes it — the calculator's form, and what a link or a saved workspace
* holds: what the user typed, kept as text so a bad value can be shown and explained.
* `read.ts` turns it into the engine's Scenario; `defaults.ts` fills it from the catalog.
*/
var workloadPath = (field) => `workload.${field}`;
var optionPath = (key, field) => `options.${key}.${field}`;
function pricePointOf(form) {
	const offer = findApiOffer(form.offerId);
	return offer?.prices.find((p) => p.label === form.pricePoint) ?? (offer && currentPrice(offer));
}
// src/lib/scenario/read.ts
/**
* The form as the engine's Scenario. Every numeric field has a rule; a value outside it becomes a
* message keyed by the field's path, and the scenario is withheld.
*/
var fmt = (n) => n.toLocaleString("en-US", { maximumSignificantDigits: 7 });
function ruleText(rule) {
	const kind = rule.whole ? "a whole number" : "a number";
	if (rule.minInclusive === false) return `Enter ${kind} above ${fmt(rule.min)}, at most ${fmt(rule.max)}.`;
	return `Enter ${kind} from ${fmt(rule.min)} to ${fmt(rule.max)}.`;
}
/**
* A plain decimal: digits with an optional point and exponent, commas only as thousands
* separators ("1,500"). "0,5" is refused rather than read as 5, and "0x10" rather than as 16.
*/
function parseDecimal(text) {
	const plain = /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text) ? text.replace(/,/g, "") : text;
	return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? Number(plain) : null;
}
/** Reads one field: its number, undefined when optional and empty, or a message. */
function readNumber(text, rule) {
	const trimmed = text.trim();
	if (trimmed === "") return rule.optional ? {
		ok: true,
		value: void 0
	} : {
		ok: false,
		message: `Required. ${ruleText(rule)}`
	};
	const value = parseDecimal(trimmed);
	if (value === null) {
		const hint = trimmed.includes(",") ? " Use a point for decimals." : "";
		return {
			ok: false,
			message: `${ruleText(rule)}${hint}`
		};
	}
	const belowMin = rule.minInclusive === false ? value <= rule.min : value < rule.min;
	if (!Number.isFinite(value) || belowMin || value > rule.max || rule.whole && !Number.isInteger(value)) return {
		ok: false,
		message: ruleText(rule)
	};
	return {
		ok: true,
		value
	};
}
/** Collects numbers and messages while a scenario is assembled. */
var Reader = class {
	errors = {};
	number(path, text, rule) {
		const read = readNumber(text, rule);
		if (read.ok) return read.value ?? NaN;
		this.errors[path] = read.message;
		return NaN;
	}
	optional(path, text, rule) {
		const read = readNumber(text, {
			...rule,
			optional: true
		});
		if (read.ok) return read.value;
		this.errors[path] = read.message;
	}
};
var PERCENT = {
	min: 0,
	max: 100
};
var PRICE = {
	min: 0,
	max: 1e4
};
var USD = {
	min: 0,
	max: 0xe8d4a51000
};
function readWorkload(r, w) {
	const p = (field) => workloadPath(field);
	const perMonth = PERIODS_PER_MONTH[w.period];
	return {
		requestsPerMonth: r.number(p("rate"), w.rate, {
			min: Number((1 / perMonth).toPrecision(2)),
			max: 0x9184e72a000 / perMonth
		}) * PERIODS_PER_MONTH[w.period],
		inputTokens: r.number(p("inputTokens"), w.inputTokens, {
			min: 0,
			max: 1e7
		}),
		outputTokens: r.number(p("outputTokens"), w.outputTokens, {
			min: 1,
			max: 1e7
		}),
		cachedShare: r.number(p("cachedPercent"), w.cachedPercent, PERCENT) / 100,
		batchShare: r.number(p("batchPercent"), w.batchPercent, PERCENT) / 100,
		peakToAverage: r.number(p("peakToAverage"), w.peakToAverage, {
			min: 1,
			max: 1e3
		}),
		latency: {
			minTokensPerSecond: r.number(p("minTokensPerSecond"), w.minTokensPerSecond, {
				min: .01,
				max: 1e5
			}),
			maxTimeToFirstTokenSeconds: r.number(p("maxTimeToFirstTokenSeconds"), w.maxTimeToFirstTokenSeconds, {
				min: .001,
				max: 3600
			})
		}
	};
}
function readPrices(r, path, fields) {
	return {
		inputPerM: r.number(`${path}.input`, fields.input, PRICE),
		cachedInputPerM: r.number(`${path}.cached`, fields.cached, PRICE),
		outputPerM: r.number(`${path}.output`, fields.output, PRICE)
	};
}
function readApi(r, form, referenceModel) {
	const path = (field) => optionPath(form.key, field);
	const offer = findApiOffer(form.offerId);
	const point = pricePointOf(form);
	const pricing = point?.quote.status === "unannounced" ? {
		kind: "range",
		low: readPrices(r, path("low"), form.low),
		high: readPrices(r, path("high"), form.high)
	} : {
		kind: "known",
		prices: readPrices(r, path("prices"), form.prices)
	};
	if (pricing.kind === "range") {
		for (const [field, key] of [
			["input", "inputPerM"],
			["cached", "cachedInputPerM"],
			["output", "outputPerM"]
		]) if (pricing.low[key] > pricing.high[key]) r.errors[path(`high.${field}`)] = "The high price must not be below the low one.";
	}
	return {
		kind: "api",
		id: form.key,
		label: offer ? offerLabel(offer) : form.offerId,
		pricing,
		batchDiscount: r.number(path("batchDiscountPercent"), form.batchDiscountPercent, PERCENT) / 100,
		longContext: point?.longContext,
		verbosity: r.optional(path("verbosity"), form.verbosity, {
			min: .001,
			max: 100
		}) ?? verbosityFactor(offer?.qualityId, referenceModel),
		contextWindow: offer?.contextWindow
	};
}
function readSelfHost(r, form, referenceModel) {
	const path = (field) => optionPath(form.key, field);
	const model = findOpenModel(form.modelId);
	const gpu = findGpu(form.gpuId);
	if (!model) r.errors[path("modelId")] = "Pick a model from the catalog.";
	if (!gpu) r.errors[path("gpuId")] = "Pick a GPU from the catalog.";
	const n = (field, rule) => r.number(path(field), String(form[field]), rule);
	const share = (field) => {
		const value = r.optional(path(field), String(form[field]), {
			min: 1,
			max: 100
		});
		return value === void 0 ? void 0 : value / 100;
	};
	const hosting = form.hosting === "rented" ? {
		mode: "rented",
		usdPerGpuHour: n("usdPerGpuHour", {
			min: 0,
			max: 1e4
		})
	} : {
		mode: "owned",
		usdPerGpu: n("usdPerGpu", {
			min: 0,
			max: 1e8
		}),
		years: n("years", {
			min: .25,
			max: 50
		}),
		costOfCapital: n("costOfCapitalPercent", PERCENT) / 100,
		pue: n("pue", {
			min: 1,
			max: 5
		}),
		usdPerKwh: n("usdPerKwh", {
			min: 0,
			max: 100
		}),
		nodePowerOverhead: assumptions.nodePowerOverhead.value,
		idlePowerFraction: assumptions.gpuIdlePowerFraction.value,
		colocationUsdPerKwMonth: n("colocationUsdPerKwMonth", {
			min: 0,
			max: 1e6
		})
	};
	const efficiency = Object.fromEntries([
		["bandwidth", share("bandwidthPercent")],
		["compute", share("computePercent")],
		["prefill", share("prefillPercent")]
	].filter(([, value]) => value !== void 0));
	const option = {
		kind: "self-host",
		id: form.key,
		label: model && gpu ? `${model.name} on ${form.gpusPerReplica} × ${gpu.name}` : "Self-hosted",
		gpusPerReplica: n("gpusPerReplica", {
			min: 1,
			max: 4096,
			whole: true
		}),
		weights: form.weights,
		kv: form.kv,
		verbosity: r.optional(path("verbosity"), form.verbosity, {
			min: .001,
			max: 100
		}) ?? verbosityFactor(model?.qualityId, referenceModel),
		hosting,
		minReplicas: n("minReplicas", {
			min: 1,
			max: 1e6,
			whole: true
		}),
		headroom: n("headroomPercent", {
			min: 5,
			max: 100
		}) / 100,
		engineerFte: n("engineerFte", {
			min: 0,
			max: 1e4
		}),
		engineerUsdPerYear: n("engineerUsdPerYear", {
			min: 0,
			max: 1e8
		}),
		setupUsd: n("setupUsd", USD),
		setupMonths: 12,
		otherUsdPerMonth: n("otherUsdPerMonth", USD),
		efficiency,
		measuredOutputTokensPerSecond: r.optional(path("measuredOutputTokensPerSecond"), form.measuredOutputTokensPerSecond, {
			min: .001,
			max: 1e9
		})
	};
	return model && gpu ? {
		...option,
		model,
		gpu
	} : null;
}
/** The form as the engine's scenario, or the messages that stand in its way. */
function readScenario(workload, options, baselineKey) {
	const r = new Reader();
	const w = readWorkload(r, workload);
	const complete = options.map((o) => o.kind === "api" ? readApi(r, o, workload.referenceModel) : readSelfHost(r, o, workload.referenceModel)).filter((o) => o !== null);
	if (Object.keys(r.errors).length > 0 || complete.length !== options.length) return {
		scenario: null,
		errors: r.errors
	};
	return {
		scenario: {
			workload: w,
			options: complete,
			baselineId: baselineKey
		},
		errors: {}
	};
}
/** Engine fields whose form field has another name; the rest keep theirs. */
var WORKLOAD_FIELD = {
	requestsPerMonth: "rate",
	cachedShare: "cachedPercent",
	batchShare: "batchPercent",
	"latency.minTokensPerSecond": "minTokensPerSecond",
	"latency.maxTimeToFirstTokenSeconds": "maxTimeToFirstTokenSeconds"
};
var OPTION_FIELD = {
	headroom: "headroomPercent",
	batchDiscount: "batchDiscountPercent",
	"hosting.costOfCapital": "costOfCapitalPercent",
	"efficiency.bandwidth": "bandwidthPercent",
	"efficiency.compute": "computePercent",
	"efficiency.prefill": "prefillPercent",
	"pricing.prices.inputPerM": "prices.input",
	"pricing.prices.cachedInputPerM": "prices.cached",
	"pricing.prices.outputPerM": "prices.output",
	"pricing.low.inputPerM": "low.input",
	"pricing.low.cachedInputPerM": "low.cached",
	"pricing.low.outputPerM": "low.output",
	"pricing.high.inputPerM": "high.input",
	"pricing.high.cachedInputPerM": "high.cached",
	"pricing.high.outputPerM": "high.output"
};
/**
* The form field behind an engine error (`options.1.headroom` → `options.<key>.headroomPercent`),
* so the message shows beside what the user typed; null when no single field is to blame.
*/
function formPathOf(engineField, options) {
	const workload = /^workload\.(.+)$/.exec(engineField);
	if (workload) return workloadPath(WORKLOAD_FIELD[workload[1]] ?? workload[1]);
	const option = /^options\.(\d+)\.(.+)$/.exec(engineField);
	const form = option && options[Number(option[1])];
	if (!option || !form) return null;
	const field = OPTION_FIELD[option[2]] ?? option[2].replace(/^hosting\./, "");
	return optionPath(form.key, field);
}
// src/lib/scenario/defaults.ts
/**
* Filling forms from the catalog: fresh options, the default scenario, and the figures a link made
* with an older catalog had as its defaults.
*/
var text = (n) => String(Number(n.toPrecision(6)));
/** What an empty efficiency field stands for: the calibrated factor, in percent. */
var efficiencyPlaceholders = {
	bandwidthPercent: text(calibratedEfficiency.bandwidth * 100),
	computePercent: text(calibratedEfficiency.compute * 100),
	prefillPercent: text(calibratedEfficiency.prefill * 100)
};
function priceFields(prices) {
	return {
		input: text(prices.inputPerM),
		cached: text(prices.cachedInputPerM),
		output: text(prices.outputPerM)
	};
}
/** The form's price fields for one of the offer's price points. */
function withPricePoint(form, offer, point) {
	const quote = point.quote;
	const list = quote.status === "list" ? quote.prices : quote.low;
	return {
		...form,
		offerId: offer.id,
		pricePoint: point.label,
		prices: priceFields(list),
		low: priceFields(quote.status === "list" ? quote.prices : quote.low),
		high: priceFields(quote.status === "list" ? quote.prices : quote.high),
		batchDiscountPercent: text(point.batchDiscount * 100)
	};
}
/**
* A fresh API option: the named price point, or else the one in effect on `asOf` — a link made
* with an older catalog passes its own date, so its defaults are the prices it was made with.
*/
function apiForm(key, offerId, pricePoint, asOf = catalogDate) {
	const offer = findApiOffer(offerId);
	if (!offer) throw new Error(`unknown offer ${offerId}`);
	const point = offer.prices.find((p) => p.label === pricePoint) ?? priceAt(offer, asOf);
	const empty = {
		input: "",
		cached: "",
		output: ""
	};
	return withPricePoint({
		kind: "api",
		key,
		offerId,
		pricePoint: point.label,
		prices: empty,
		low: empty,
		high: empty,
		batchDiscountPercent: "0",
		verbosity: ""
	}, offer, point);
}
/**
* What the catalog of `asOf` fills in on a self-hosted option on `gpuId`, as the form writes it;
* the GPU's two prices are left out when the catalog has no such GPU.
*/
function catalogCosts(gpuId, asOf = catalogDate) {
	const gpu = findGpu(gpuId);
	const prices = gpu && gpuPricesAt(gpu, asOf);
	const at = (key) => assumptionAt(key, asOf);
	return {
		...prices && {
			usdPerGpuHour: text(prices.rentalTypical),
			usdPerGpu: text((prices.purchase.low + prices.purchase.high) / 2 + at("serverCostPerGpuUsd"))
		},
		years: text(at("hardwareYears")),
		costOfCapitalPercent: text(at("costOfCapital") * 100),
		pue: text(at("pue")),
		usdPerKwh: text(at("electricityUsdPerKwh")),
		colocationUsdPerKwMonth: text(at("colocationUsdPerKwMonth")),
		engineerUsdPerYear: text(at("engineerLoadedYearlyUsd"))
	};
}
/** The option on another GPU, at that GPU's catalog prices. */
function withGpu(form, gpuId) {
	const { usdPerGpuHour, usdPerGpu } = catalogCosts(gpuId);
	if (usdPerGpuHour === void 0 || usdPerGpu === void 0) return {
		...form,
		gpuId
	};
	return {
		...form,
		gpuId,
		usdPerGpuHour,
		usdPerGpu
	};
}
function selfHostForm(key, modelId, gpuId, gpus, weights, asOf = catalogDate) {
	return {
		kind: "self-host",
		key,
		modelId,
		gpuId,
		gpusPerReplica: String(gpus),
		weights,
		kv: defaultKvPrecision(weights),
		hosting: "rented",
		usdPerGpuHour: "",
		usdPerGpu: "",
		years: "",
		costOfCapitalPercent: "",
		pue: "",
		usdPerKwh: "",
		colocationUsdPerKwMonth: "",
		engineerFte: text(DEFAULT_ENGINEER_FTE),
		engineerUsdPerYear: "",
		setupUsd: "0",
		otherUsdPerMonth: "0",
		headroomPercent: text(DEFAULT_HEADROOM * 100),
		minReplicas: String(1),
		verbosity: "",
		bandwidthPercent: "",
		computePercent: "",
		prefillPercent: "",
		measuredOutputTokensPerSecond: "",
		...catalogCosts(gpuId, asOf)
	};
}
/** The default scenario: the article's question at a busy team's volume. */
function defaultWorkload() {
	return {
		rate: "5",
		period: "second",
		inputTokens: "1500",
		outputTokens: "500",
		referenceModel: "muse-spark",
		cachedPercent: "20",
		batchPercent: "10",
		peakToAverage: "2",
		minTokensPerSecond: "20",
		maxTimeToFirstTokenSeconds: "2"
	};
}
/** The default scenario's options, priced as the catalog stood on `asOf`. */
function defaultOptions(asOf = catalogDate) {
	return [apiForm("muse-spark", "muse-spark", void 0, asOf), selfHostForm("self-hosted", "llama-4-maverick", "h100-sxm", 8, "fp8", asOf)];
}
var DEFAULT_BASELINE = "muse-spark";
// src/lib/present/labels.ts
/** Words for the engine's keys. */
var BREAKDOWN_LABELS = {
	input: "Input tokens",
	"cached-input": "Cached input",
	output: "Output tokens",
	"gpu-rental": "GPU rental",
	hardware: "Hardware (annualised)",
	power: "Power",
	colocation: "Colocation",
	engineers: "Engineers",
	setup: "Setup (spread)",
	other: "Other"
};
var PERIOD_LABELS = {
	second: "per second",
	minute: "per minute",
	hour: "per hour",
	day: "per day",
	month: "per month"
};
/** An option's name from its form, shown on its card even while its values are invalid. */
function optionTitle(form) {
	if (form.kind === "api") {
		const offer = findApiOffer(form.offerId);
		return offer ? offerLabel(offer) : form.offerId;
	}
	const model = findOpenModel(form.modelId)?.name ?? form.modelId;
	const gpu = findGpu(form.gpuId)?.name ?? form.gpuId;
	const gpus = Number(form.gpusPerReplica);
	return `${model} on ${Number.isInteger(gpus) && gpus > 0 ? gpus : "?"} × ${gpu}`;
}
// src/lib/engine/targets.ts
/**
* Solving for the conditions behind a figure: the volume at which an option saves a given share
* of the baseline's cost (the article's 88%), or why it never does.
*/
/** Volumes searched: from one request a month to the engine's ceiling. */
var RANGE = {
	low: 1,
	high: 0x9184e72a000
};
var PROBES = 200;
function scaled(model, factor) {
	return {
		requestsPerReplica: model.requestsPerReplica,
		at: (v) => {
			const cost = model.at(v);
			return {
				...cost,
				totalUsd: cost.totalUsd * factor
			};
		}
	};
}
/** The lowest volume from which `optionId` costs at most (1 − share) of the baseline. */
function volumeForSavings(scenario, optionId, share) {
	const find = (id) => scenario.options.find((o) => o.id === id);
	const option = find(optionId);
	const baseline = find(scenario.baselineId);
	const optionModel = option && prepareOption(option, scenario.workload).models.mid;
	const baseModel = baseline && prepareOption(baseline, scenario.workload).models.mid;
	if (!optionModel || !baseModel) return {
		reached: false,
		bestShare: null
	};
	const target = scaled(baseModel, 1 - share);
	const meets = (v) => optionModel.at(v).totalUsd <= target.at(v).totalUsd;
	if (meets(RANGE.low)) return {
		reached: true,
		requestsPerMonth: RANGE.low
	};
	const first = findCrossings(optionModel, target, RANGE).find((c) => c.optionCheaperAbove);
	if (first) return {
		reached: true,
		requestsPerMonth: first.requestsPerMonth
	};
	let best = -Infinity;
	for (let i = 0; i <= PROBES; i++) {
		const v = RANGE.low * (RANGE.high / RANGE.low) ** (i / PROBES);
		const base = baseModel.at(v).totalUsd;
		if (base <= 0) continue;
		const saved = 1 - optionModel.at(v).totalUsd / base;
		best = Math.max(best, saved);
	}
	return {
		reached: false,
		bestShare: Number.isFinite(best) ? best : null
	};
}
// src/lib/present/article.ts
/**
* The article's 88% beside the user's own figure: what the user's first self-hosted option saves
* against the baseline API today, and the volume at which it would save 88% — or the most it can.
*/
function articleComparison(scenario, result) {
	const baseline = scenario.options.find((o) => o.id === scenario.baselineId);
	const selfHost = scenario.options.find((o) => o.kind === "self-host");
	if (!baseline || baseline.kind !== "api" || !selfHost) return null;
	const find = (id) => result.options.find((o) => o.id === id);
	const share = result.savingsVsBaseline.find((s) => s.optionId === selfHost.id)?.share ?? null;
	const today = find(selfHost.id)?.monthlyCostUsd == null ? { kind: "cannot-run" } : share === null ? { kind: "free-api" } : {
		kind: share >= 0 ? "saves" : "costs-more",
		share: Math.abs(share)
	};
	return {
		selfHostLabel: find(selfHost.id)?.label ?? selfHost.id,
		apiLabel: find(baseline.id)?.label ?? baseline.id,
		today,
		target: targetOf(volumeForSavings(scenario, selfHost.id, articleSaving.share), result)
	};
}
function targetOf(target, result) {
	if (target.reached) return {
		kind: "reached",
		tokensPerMonth: target.requestsPerMonth * (result.tokensPerMonth / result.requestsPerMonth)
	};
	if (target.bestShare === null) return { kind: "none" };
	return target.bestShare > 0 ? {
		kind: "best",
		share: target.bestShare,
		fleetShareOfApi: 1 - target.bestShare
	} : {
		kind: "never-cheaper",
		fleetShareOfApi: 1 - target.bestShare
	};
}
export { findOpenModel as $, prefillPass as A, calibratedEfficiency as B, selfHostMonthlyCost as C, kvCopies as D, decodeStep as E, expertsTouched as F, PERIODS_PER_MONTH as G, apiRequestCost as H, kvBytesForContext as I, formatCompact as J, SECONDS_PER_MONTH as K, kvBytesPerTokenPerLayer as L, servingPoint as M, BYTES_PER_KV_VALUE as N, memoryFit as O, BYTES_PER_WEIGHT as P, findApiOffer as Q, layerSplit as R, powerShare as S, servingSetup as T, batchFactor as U, sizeFleet as V, pricesForPrompt as W, formatPercent as X, formatNumber as Y, formatUsd as Z, workloadPath as _, DEFAULT_BASELINE as a, apiOffers as at, pricesAt as b, defaultWorkload as c, withGpu as d, offerLabel as et, withPricePoint as f, pricePointOf as g, optionPath as h, optionTitle as i, gpus as it, replicaLayout as j, peakTflops as k, efficiencyPlaceholders as l, readScenario as m, BREAKDOWN_LABELS as n, qualityRecords as nt, apiForm as o, formPathOf as p, TOKENS_PER_PRICE_UNIT as q, PERIOD_LABELS as r, openModels as rt, defaultOptions as s, articleComparison as t, articleSaving as tt, selfHostForm as u, evaluateScenario as v, estimateReplica as w, capitalRecoveryFactor as x, prepareOption as y, parameterSplit as z };
