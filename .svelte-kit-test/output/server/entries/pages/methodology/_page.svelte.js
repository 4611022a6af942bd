import { a as head, b as escape_html, i as ensure_array_like } from "../../../chunks/server.js";
import { $ as findOpenModel, A as prefillPass, B as calibratedEfficiency, C as selfHostMonthlyCost, D as kvCopies, E as decodeStep, F as expertsTouched, H as apiRequestCost, I as kvBytesForContext, J as formatCompact, K as SECONDS_PER_MONTH, L as kvBytesPerTokenPerLayer, M as servingPoint, N as BYTES_PER_KV_VALUE, O as memoryFit, P as BYTES_PER_WEIGHT, Q as findApiOffer, R as layerSplit, S as powerShare, T as servingSetup, U as batchFactor, V as sizeFleet, W as pricesForPrompt, X as formatPercent, Y as formatNumber, Z as formatUsd, a as DEFAULT_BASELINE, b as pricesAt, c as defaultWorkload, j as replicaLayout, k as peakTflops, m as readScenario, nt as qualityRecords, o as apiForm, q as TOKENS_PER_PRICE_UNIT, s as defaultOptions, t as articleComparison, tt as articleSaving, v as evaluateScenario, w as estimateReplica, x as capitalRecoveryFactor, y as prepareOption, z as parameterSplit } from "../../../chunks/shared2.js";
// src/lib/engine/curves.ts
/**
* Costs across volumes and months, for charts: each option's monthly cost at many volumes (an
* option that cannot run has no curve),
* and the cumulative cost of each option over months, with owned hardware paid up front so its
* payback shows.
*/
/**
* Cumulative cost over `months` at the scenario's volume. Owned GPUs are bought up front (and
* again when they reach the end of their life); setup is paid up front; everything else monthly.
*/
function cumulativeCosts(scenario, months) {
	return scenario.options.flatMap((option) => {
		const mid = prepareOption(option, scenario.workload).models.mid;
		if (!mid) return [];
		const cost = mid.at(scenario.workload.requestsPerMonth);
		const line = (key) => cost.breakdown.find((l) => l.key === key)?.usd ?? 0;
		const owned = option.kind === "self-host" && option.hosting.mode === "owned";
		const gpus = (cost.fleet?.replicas ?? 0) * (option.kind === "self-host" ? option.gpusPerReplica : 0);
		const purchase = owned && option.hosting.mode === "owned" ? gpus * option.hosting.usdPerGpu : 0;
		const lifeMonths = owned && option.hosting.mode === "owned" ? option.hosting.years * 12 : Infinity;
		const setup = option.kind === "self-host" ? option.setupUsd : 0;
		const monthly = cost.totalUsd - line("hardware") - line("setup");
		const usd = Array.from({ length: months + 1 }, (_, m) => {
			const purchases = purchase > 0 ? Math.floor(m / lifeMonths) + 1 : 0;
			return setup + purchases * purchase + m * monthly;
		});
		return [{
			optionId: option.id,
			usd
		}];
	});
}
// src/lib/present/methodology.ts
/**
* The methodology page's worked example: every step of the cost model for the calculator's default
* scenario, as plain numbers in the units the page prints (ms, GB, TFLOP, $). Totals come from the
* engine; the steps leading to them are recomputed here in the open, so the page can show each
* product and sum, and a test can check that the two agree.
*/
var GB = 1e9;
var TERA = 0xe8d4a51000;
var MS = 1e3;
function scenarioOf(workload, options, baseline) {
	const read = readScenario(workload, options, baseline);
	if (!read.scenario) throw new Error(`the worked example's scenario is invalid: ${JSON.stringify(read.errors)}`);
	return read.scenario;
}
/** The Intelligence Index token counts behind a verbosity factor, or null when it was not derived from them. */
function tokenCounts(qualityId, referenceFamily, verbosity) {
	const family = qualityId?.split("@")[0];
	for (const reference of qualityRecords) {
		if (!reference.id.startsWith(`${referenceFamily}@`)) continue;
		const model = qualityRecords.find((q) => q.id === `${family}@${reference.indexVersion}`);
		if (model && Math.abs(model.outputTokensM / reference.outputTokensM - verbosity) < 1e-12) return {
			indexVersion: reference.indexVersion,
			modelTokensM: model.outputTokensM,
			referenceTokensM: reference.outputTokensM
		};
	}
	return null;
}
function apiStep(option, form, workload) {
	const listPrices = pricesAt(option.pricing, "mid");
	const prices = pricesForPrompt(listPrices, workload.inputTokens, option.longContext);
	const cost = apiRequestCost(listPrices, workload, option.verbosity, option.longContext);
	const cachedTokens = workload.inputTokens * workload.cachedShare;
	const factor = batchFactor(workload.batchShare, option.batchDiscount);
	return {
		label: option.label,
		pricePoint: form.pricePoint,
		priceIsRange: option.pricing.kind === "range",
		prices,
		longContext: option.longContext ? {
			...option.longContext,
			applies: workload.inputTokens > option.longContext.thresholdTokens
		} : null,
		verbosity: option.verbosity,
		uncachedTokens: workload.inputTokens - cachedTokens,
		cachedTokens,
		outputTokens: workload.outputTokens * option.verbosity,
		uncachedInputUsd: cost.uncachedInputUsd,
		cachedInputUsd: cost.cachedInputUsd,
		outputUsd: cost.outputUsd,
		perRequestUsd: cost.totalUsd,
		batchDiscount: option.batchDiscount,
		batchFactor: factor,
		monthlyUsd: workload.requestsPerMonth * cost.totalUsd * factor
	};
}
/** KV-cache bytes of one sequence at `context` tokens, with the copies tensor parallelism keeps. */
function kvBytes(setup, context) {
	const copies = kvCopies(setup);
	return {
		bytesPerTokenPerLayer: kvBytesPerTokenPerLayer(setup.model, setup.kv),
		copies,
		bytes: kvBytesForContext(setup.model, setup.kv, context) * copies
	};
}
function moeSplit(model) {
	if (!model.moe) return null;
	return {
		experts: model.moe.experts,
		activeExperts: model.moe.activeExperts,
		moeLayers: model.moe.layers ?? model.layers,
		routedShare: model.moe.activeExperts / model.moe.experts,
		...parameterSplit(model)
	};
}
function passView(setup, parts) {
	const { gpu, efficiency } = setup;
	const { tensorParallel } = replicaLayout(setup.gpus);
	return {
		tokens: parts.tokens,
		expertsTouched: expertsTouched(setup.model, parts.tokens),
		weightsReadGB: parts.weightBytes / GB,
		kvReadGB: parts.kvBytes / GB,
		bytesGB: (parts.weightBytes + parts.kvBytes) / GB,
		bandwidthTBs: gpu.bandwidthTBs,
		memoryMs: parts.memorySeconds * MS,
		peakTflops: peakTflops(gpu, setup.weights),
		bf16Tflops: gpu.tflops.bf16,
		linearTflop: parts.linearFlops / TERA,
		attentionTflop: parts.attentionFlops / TERA,
		computeMs: parts.computeSeconds * MS,
		rooflineMs: Math.max(parts.memorySeconds, parts.computeSeconds) * MS,
		bound: parts.bound,
		routingMs: parts.routingSeconds * MS,
		tensorParallel,
		collectiveLatencyUs: efficiency.collectiveLatencySeconds * 1e6,
		linkGBs: gpu.interconnectGBs ?? 32,
		collectiveMs: parts.collectiveSeconds * MS
	};
}
function servingStep(option, workload) {
	const setup = servingSetup(option, workload);
	const replica = estimateReplica(option, workload);
	if (!replica) throw new Error("the worked example's model does not fit its GPUs");
	const { model, gpu, gpus, efficiency } = setup;
	const fit = memoryFit(setup);
	const requestContext = setup.inputTokens + setup.outputTokens;
	const kvPerRequest = kvBytes(setup, requestContext);
	const usableGB = gpus * (gpu.memoryGB * efficiency.memoryUtilization - efficiency.reservePerGpuGB);
	const weightsGB = model.totalParamsB * BYTES_PER_WEIGHT[setup.weights];
	const kvBudgetGB = Math.max(0, usableGB - weightsGB);
	const kvGBPerRequest = kvPerRequest.bytes / GB;
	const batch = replica.interactive.concurrency;
	const decodeContext = setup.inputTokens + setup.outputTokens / 2;
	const decodeKv = kvBytes(setup, decodeContext);
	const engineStep = decodeStep(setup, batch);
	const decode = passView(setup, engineStep);
	const stepOverheadMs = efficiency.stepOverheadSeconds * MS;
	const prefixTokens = Math.floor(setup.inputTokens * setup.cachedShare);
	const prefillParts = prefillPass(setup);
	const prefill = passView(setup, prefillParts);
	const prefillS = prefillParts.seconds;
	const point = servingPoint(setup, batch);
	const next = batch < fit.maxConcurrency ? servingPoint(setup, batch + 1) : null;
	return {
		label: option.label,
		modelName: model.name,
		gpuName: gpu.name,
		gpus,
		weights: setup.weights,
		kv: setup.kv,
		bytesPerWeight: BYTES_PER_WEIGHT[setup.weights],
		bytesPerKvValue: BYTES_PER_KV_VALUE[setup.kv],
		architecture: {
			totalParamsB: model.totalParamsB,
			activeParamsB: model.activeParamsB,
			layers: model.layers,
			kvHeads: model.kvHeads,
			headDim: model.headDim,
			mla: model.mla ?? null,
			fullLayers: layerSplit(model).full,
			windowedLayers: layerSplit(model).windowed,
			window: model.slidingWindow?.window ?? null
		},
		memory: {
			memoryGBPerGpu: gpu.memoryGB,
			memoryUtilization: efficiency.memoryUtilization,
			reservePerGpuGB: efficiency.reservePerGpuGB,
			usableGB,
			weightsGB,
			kvBudgetGB,
			requestContext,
			...kvPerRequest,
			kvGBPerRequest,
			maxBatch: efficiency.maxBatch,
			kvLimitedConcurrency: Math.floor(kvBudgetGB / kvGBPerRequest),
			maxConcurrency: fit.maxConcurrency
		},
		moe: moeSplit(model),
		decode: {
			batch,
			context: decodeContext,
			kvMBPerSequence: decodeKv.bytes / 1e6,
			...decode,
			bandwidthEfficiency: efficiency.bandwidth,
			computeEfficiency: efficiency.compute,
			routingNs: efficiency.moeRoutingSeconds * 1e9,
			stepOverheadMs,
			stepMs: engineStep.seconds * MS
		},
		prefill: {
			prefixTokens,
			...prefill,
			prefillEfficiency: efficiency.prefill,
			overheadMs: prefill.routingMs + prefill.collectiveMs,
			prefillMs: prefillS * MS
		},
		throughput: {
			outputTokens: setup.outputTokens,
			stepSeconds: engineStep.seconds,
			prefillSeconds: prefillS,
			otherPrefills: batch - 1,
			outputTokensPerSecond: point.outputTokensPerSecond,
			perUserOutputTokensPerSecond: point.perUserOutputTokensPerSecond,
			timeToFirstTokenMs: point.timeToFirstTokenSeconds * MS
		},
		batchChoice: {
			batch,
			latencyMet: replica.latencyMet,
			minTokensPerSecond: workload.latency.minTokensPerSecond,
			maxTimeToFirstTokenMs: workload.latency.maxTimeToFirstTokenSeconds * MS,
			next: next && {
				batch: next.concurrency,
				perUserOutputTokensPerSecond: next.perUserOutputTokensPerSecond,
				timeToFirstTokenMs: next.timeToFirstTokenSeconds * MS
			},
			offlineBatch: replica.offline.concurrency,
			offlineOutputTokensPerSecond: replica.offline.outputTokensPerSecond,
			interactiveRequestsPerSecond: replica.rates.interactive,
			offlineRequestsPerSecond: replica.rates.offline
		}
	};
}
function fleetStep(option, workload, rates) {
	const interactiveRps = workload.requestsPerMonth * (1 - workload.batchShare) / SECONDS_PER_MONTH;
	const batchRps = workload.requestsPerMonth * workload.batchShare / SECONDS_PER_MONTH;
	const forPeak = interactiveRps * workload.peakToAverage / rates.interactive;
	const forWork = interactiveRps / rates.interactive + batchRps / rates.offline;
	const fleet = sizeFleet(workload, rates, {
		headroom: option.headroom,
		minReplicas: option.minReplicas
	});
	return {
		interactiveShare: 1 - workload.batchShare,
		interactiveRps,
		batchRps,
		forPeak,
		forWork,
		headroom: option.headroom,
		needed: Math.max(forPeak, forWork) / option.headroom,
		minReplicas: option.minReplicas,
		replicas: fleet.replicas,
		gpus: fleet.replicas * option.gpusPerReplica,
		busyReplicas: fleet.busyReplicas,
		utilization: fleet.utilization
	};
}
function staffAndSetup(option) {
	return {
		engineerFte: option.engineerFte,
		engineerUsdPerYear: option.engineerUsdPerYear,
		engineersUsd: option.engineerFte * option.engineerUsdPerYear / 12,
		setupUsd: option.setupUsd,
		setupMonths: option.setupMonths,
		setupMonthlyUsd: option.setupUsd / option.setupMonths,
		otherUsd: option.otherUsdPerMonth
	};
}
function rentedStep(option, gpus, utilization) {
	if (option.hosting.mode !== "rented") return null;
	return {
		usdPerGpuHour: option.hosting.usdPerGpuHour,
		gpuRentalUsd: gpus * option.hosting.usdPerGpuHour * 730,
		...staffAndSetup(option),
		totalUsd: selfHostMonthlyCost(option, gpus, utilization).totalUsd
	};
}
function ownedStep(option, gpus, utilization) {
	const { hosting } = option;
	if (hosting.mode !== "owned") return null;
	const crf = capitalRecoveryFactor(hosting.costOfCapital, hosting.years);
	const provisionedKw = gpus * option.gpu.tdpW * hosting.nodePowerOverhead / 1e3;
	const drawnKw = provisionedKw * powerShare(utilization, hosting.idlePowerFraction);
	const staff = staffAndSetup(option);
	return {
		usdPerGpu: hosting.usdPerGpu,
		years: hosting.years,
		costOfCapital: hosting.costOfCapital,
		capitalRecoveryFactor: crf,
		hardwareUsd: gpus * hosting.usdPerGpu * crf / 12,
		tdpW: option.gpu.tdpW,
		nodePowerOverhead: hosting.nodePowerOverhead,
		provisionedKw,
		idlePowerFraction: hosting.idlePowerFraction,
		loadPowerFraction: 1 - hosting.idlePowerFraction,
		drawnKw,
		pue: hosting.pue,
		usdPerKwh: hosting.usdPerKwh,
		powerUsd: drawnKw * hosting.pue * 730 * hosting.usdPerKwh,
		colocationUsdPerKwMonth: hosting.colocationUsdPerKwMonth,
		colocationUsd: provisionedKw * hosting.colocationUsdPerKwMonth,
		...staff,
		staffUsd: staff.engineersUsd + staff.setupMonthlyUsd + staff.otherUsd,
		totalUsd: selfHostMonthlyCost(option, gpus, utilization).totalUsd
	};
}
function unitCosts(result, tokensPerMonth, requests) {
	const monthlyUsd = result.monthlyCostUsd ?? NaN;
	return {
		label: result.label,
		monthlyUsd,
		perMillionTokensUsd: monthlyUsd / tokensPerMonth * TOKENS_PER_PRICE_UNIT,
		perRequestUsd: monthlyUsd / requests
	};
}
/**
* The worked example. Defaults to the calculator's default scenario; its first API option and
* first self-hosted option are the two worked through.
*/
function workedExample(workloadForm = defaultWorkload(), optionForms = defaultOptions(), baselineKey = DEFAULT_BASELINE) {
	const scenario = scenarioOf(workloadForm, optionForms, baselineKey);
	const { workload } = scenario;
	const evaluated = evaluateScenario(scenario);
	if (!evaluated.ok) throw new Error(`the worked example does not evaluate: ${evaluated.error.field} ${evaluated.error.message}`);
	const result = evaluated.value;
	const apiIndex = optionForms.findIndex((o) => o.kind === "api");
	const selfIndex = optionForms.findIndex((o) => o.kind === "self-host");
	const apiForm = optionForms[apiIndex];
	const selfForm = optionForms[selfIndex];
	const api = scenario.options[apiIndex];
	const self = scenario.options[selfIndex];
	if (apiForm?.kind !== "api" || selfForm?.kind !== "self-host" || api?.kind !== "api" || self?.kind !== "self-host") throw new Error("the worked example needs an API option and a self-hosted one");
	const apiResult = result.options[apiIndex];
	const selfResult = result.options[selfIndex];
	const serving = servingStep(self, workload);
	const fleet = fleetStep(self, workload, {
		interactive: serving.batchChoice.interactiveRequestsPerSecond,
		offline: serving.batchChoice.offlineRequestsPerSecond
	});
	const ownedOption = scenarioOf(workloadForm, optionForms.map((o, i) => i === selfIndex ? {
		...selfForm,
		hosting: "owned"
	} : o), baselineKey).options[selfIndex];
	const tokensPerRequest = workload.inputTokens + workload.outputTokens;
	const tokensPerMonth = workload.requestsPerMonth * tokensPerRequest;
	const savings = result.savingsVsBaseline.find((s) => s.optionId === self.id);
	const selfModel = prepareOption(self, workload).models.mid;
	const baseModel = prepareOption(scenario.options.find((o) => o.id === scenario.baselineId), workload).models.mid;
	const stepWidth = selfModel?.requestsPerReplica ?? NaN;
	const crossings = result.breakEven.filter((b) => b.optionId === self.id && b.priceCase === "mid").map((b, i) => ({
		...b,
		number: i + 1,
		optionUsd: selfModel?.at(b.requestsPerMonth).totalUsd ?? NaN,
		baselineUsd: baseModel?.at(b.requestsPerMonth).totalUsd ?? NaN
	}));
	return {
		units: {
			hoursPerMonth: 730,
			secondsPerMonth: SECONDS_PER_MONTH
		},
		workload: {
			...workload,
			requestsPerSecond: workload.requestsPerMonth / SECONDS_PER_MONTH,
			baselineLabel: scenario.options.find((o) => o.id === scenario.baselineId)?.label ?? scenario.baselineId
		},
		verbosity: {
			api: {
				label: api.label,
				factor: api.verbosity,
				counts: tokenCounts(findApiOffer(apiForm.offerId)?.qualityId, workloadForm.referenceModel, api.verbosity)
			},
			selfHost: {
				label: serving.modelName,
				factor: self.verbosity,
				counts: tokenCounts(findOpenModel(selfForm.modelId)?.qualityId, workloadForm.referenceModel, self.verbosity)
			}
		},
		api: apiStep(api, apiForm, workload),
		serving,
		fleet,
		rented: rentedStep(self, fleet.gpus, fleet.utilization),
		owned: ownedStep(ownedOption, fleet.gpus, fleet.utilization),
		unitCosts: {
			tokensPerRequest,
			tokensPerMonth,
			api: unitCosts(apiResult, tokensPerMonth, workload.requestsPerMonth),
			selfHost: unitCosts(selfResult, tokensPerMonth, workload.requestsPerMonth)
		},
		savings: {
			baselineUsd: baseModel?.at(workload.requestsPerMonth).totalUsd ?? NaN,
			optionUsd: selfResult.monthlyCostUsd ?? NaN,
			monthlyUsd: savings?.monthlyUsd ?? NaN,
			share: savings?.share ?? null
		},
		breakEven: {
			sweepLow: result.sweep.low,
			sweepHigh: result.sweep.high,
			sweepFactor: workload.requestsPerMonth / result.sweep.low,
			requestsPerReplica: stepWidth,
			stepEdges: Math.floor(result.sweep.high / stepWidth) - Math.max(1, Math.ceil(result.sweep.low / stepWidth)) + 1,
			crossings
		},
		extras: extras(scenario, result, ownedOption),
		efficiency: {
			bandwidth: calibratedEfficiency.bandwidth,
			compute: calibratedEfficiency.compute,
			prefill: calibratedEfficiency.prefill,
			moeRoutingNs: calibratedEfficiency.moeRoutingSeconds * 1e9,
			stepOverheadMs: calibratedEfficiency.stepOverheadSeconds * MS,
			collectiveLatencyUs: calibratedEfficiency.collectiveLatencySeconds * 1e6,
			interNodeCollectiveLatencyUs: calibratedEfficiency.interNodeCollectiveLatencySeconds * 1e6,
			maxBatch: calibratedEfficiency.maxBatch,
			memoryUtilization: calibratedEfficiency.memoryUtilization,
			reservePerGpuGB: calibratedEfficiency.reservePerGpuGB,
			gpusPerNode: 8,
			interNodeGBs: 50
		}
	};
}
/**
* The figures the page reads beyond one month's cost: an unannounced price range, the article's
* 88% solved for, and cumulative cost with owned hardware's payback.
*/
function extras(scenario, result, ownedOption) {
	const launch = apiForm("launch", "muse-spark", "launch (price unannounced)");
	const self = scenario.options.find((o) => o.kind === "self-host");
	const ranged = readScenario(defaultWorkload(), [launch, defaultOptions()[1]], "launch").scenario;
	const rangedResult = ranged && evaluateScenario(ranged);
	const launchOption = rangedResult?.ok ? rangedResult.value.options[0] : void 0;
	const article = articleComparison(scenario, result);
	const cumulative = cumulativeCosts({
		...scenario,
		options: scenario.options.map((o) => o.id === self.id ? ownedOption : o)
	}, 36);
	const api = cumulative.find((c) => c.optionId === scenario.baselineId);
	const owned = cumulative.find((c) => c.optionId === self.id);
	const payback = owned.usd.findIndex((usd, month) => month > 0 && usd <= api.usd[month]);
	return {
		priceRange: launchOption?.monthlyCostRange ? {
			low: launchOption.monthlyCostRange.low,
			mid: launchOption.monthlyCostUsd,
			high: launchOption.monthlyCostRange.high
		} : null,
		articleTarget: article?.target ?? null,
		articleShare: articleSaving.share,
		cumulative: {
			months: 36,
			api: {
				upfront: api.usd[0],
				monthly: api.usd[1] - api.usd[0],
				total: api.usd.at(-1)
			},
			owned: {
				upfront: owned.usd[0],
				monthly: owned.usd[1] - owned.usd[0],
				total: owned.usd.at(-1)
			},
			paybackMonth: payback > 0 ? payback : null
		}
	};
}
// src/routes/methodology/+page.svelte
function stepColumns($$renderer) {
	$$renderer.push(`<thead class="svelte-7o0w84"><tr><th scope="col" class="svelte-7o0w84">Step</th><th scope="col" class="svelte-7o0w84">Worked</th><th scope="col" class="svelte-7o0w84">Value</th></tr></thead>`);
}
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const { units, workload, verbosity, api, serving, fleet, rented, owned, unitCosts, savings, breakEven, efficiency, extras } = workedExample();
		const { architecture: arch, memory, moe, decode, prefill } = serving;
		const { throughput, batchChoice } = serving;
		const n = formatNumber;
		function rooflineRows($$renderer, pass, computeEfficiency) {
			$$renderer.push(`<tr><th scope="row" class="svelte-7o0w84">Memory time</th><td class="svelte-7o0w84">${escape_html(n(pass.bytesGB, 1))} GB / (${escape_html(n(serving.gpus))} × ${escape_html(n(pass.bandwidthTBs, 2))} TB/s
      ×
      ${escape_html(n(efficiency.bandwidth, 2))})</td><td class="svelte-7o0w84">${escape_html(n(pass.memoryMs, 2))} ms</td></tr> <tr><th scope="row" class="svelte-7o0w84">Compute time</th><td class="svelte-7o0w84">${escape_html(n(pass.linearTflop, 2))} TFLOP / (${escape_html(n(serving.gpus))} × ${escape_html(n(pass.peakTflops))} TFLOPS
      ×
      ${escape_html(n(computeEfficiency, 2))}) + ${escape_html(n(pass.attentionTflop, 3))} TFLOP of attention
      / (${escape_html(n(serving.gpus))} × ${escape_html(n(pass.bf16Tflops))} TFLOPS × ${escape_html(n(computeEfficiency, 2))})</td><td class="svelte-7o0w84">${escape_html(n(pass.computeMs, 2))} ms</td></tr> <tr><th scope="row" class="svelte-7o0w84">Roofline</th><td class="svelte-7o0w84">The larger: ${escape_html(pass.bound)}-bound</td><td class="svelte-7o0w84">${escape_html(n(pass.rooflineMs, 2))} ms</td></tr>`);
		}
		head("7o0w84", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>Methodology — Breakeven</title>`);
			});
			$$renderer.push(`<meta name="description" content="Every formula Breakeven uses to compare a per-token LLM API with self-hosting an open-weight model on GPUs, worked through for the default scenario."/>`);
		});
		$$renderer.push(`<article class="methodology svelte-7o0w84"><h1 class="svelte-7o0w84">How Breakeven computes its answer</h1> <p>Every formula of the cost model, in words and in symbols, worked through
    with the numbers of the <a href="./">calculator</a>'s default scenario:
    ${escape_html(api.label)} against ${escape_html(serving.label)}. The numbers below are computed by the
    same code as the calculator when this page is built, so they always match
    it.</p> <section aria-labelledby="units" class="svelte-7o0w84"><h2 id="units">Units and the default scenario</h2> <p>Money is in US dollars. A month is ${escape_html(n(units.hoursPerMonth))} hours (365 × 24
      / 12), so ${escape_html(n(units.secondsPerMonth))} seconds. API prices are quoted per 1M (10<sup>6</sup>) tokens; a GB is 10<sup>9</sup> bytes, a TB 10<sup>12</sup>.</p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">The default workload</caption><thead class="svelte-7o0w84"><tr><th scope="col" class="svelte-7o0w84">Input</th><th scope="col" class="svelte-7o0w84">Symbol</th><th scope="col" class="svelte-7o0w84">Value</th></tr></thead><tbody><tr><th scope="row" class="svelte-7o0w84">Requests a month</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">R</var></td><td class="svelte-7o0w84">${escape_html(n(workload.requestsPerMonth))} (${escape_html(n(workload.requestsPerSecond, 2))} a second)</td></tr><tr><th scope="row" class="svelte-7o0w84">Prompt tokens per request</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">T</var><sub>in</sub></td><td class="svelte-7o0w84">${escape_html(n(workload.inputTokens))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Output tokens per request, as ${escape_html(workload.baselineLabel)} writes them</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">T</var><sub>out</sub></td><td class="svelte-7o0w84">${escape_html(n(workload.outputTokens))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Share of the prompt served from a cache</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">c</var></td><td class="svelte-7o0w84">${escape_html(formatPercent(workload.cachedShare))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Share of requests that can wait (batch)</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">b</var></td><td class="svelte-7o0w84">${escape_html(formatPercent(workload.batchShare))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Busiest hour over the average (interactive)</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">P</var></td><td class="svelte-7o0w84">${escape_html(n(workload.peakToAverage, 2))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Speed each user must see</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">s</var><sub>min</sub></td><td class="svelte-7o0w84">${escape_html(n(workload.latency.minTokensPerSecond, 2))} tokens/s</td></tr><tr><th scope="row" class="svelte-7o0w84">Longest wait for the first token</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">t</var><sub>TTFT,max</sub></td><td class="svelte-7o0w84">${escape_html(n(workload.latency.maxTimeToFirstTokenSeconds, 2))} s</td></tr></tbody></table></section> <section aria-labelledby="verbosity" class="svelte-7o0w84"><h2 id="verbosity">Verbosity</h2> <p>Models differ in how many tokens they write for the same task, reasoning
      included. Each option's output is scaled by its verbosity factor: the
      output tokens it spent running the Artificial Analysis Intelligence Index
      over those the workload's reference model spent on the same index version
      (1 when either is unmeasured, or the value the user types).</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">m</var> = <var class="svelte-7o0w84">O</var><sub>model</sub> / <var class="svelte-7o0w84">O</var><sub>reference</sub></p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">Verbosity factors against ${escape_html(workload.baselineLabel)}</caption><thead class="svelte-7o0w84"><tr><th scope="col" class="svelte-7o0w84">Option</th><th scope="col" class="svelte-7o0w84">Worked</th><th scope="col" class="svelte-7o0w84"><var class="svelte-7o0w84">m</var></th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like([verbosity.api, verbosity.selfHost]);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let option = each_array[$$index];
			$$renderer.push(`<tr><th scope="row" class="svelte-7o0w84">${escape_html(option.label)}</th><td class="svelte-7o0w84">`);
			if (option.counts) $$renderer.push(`<!--[0-->${escape_html(n(option.counts.modelTokensM, 2))}M / ${escape_html(n(option.counts.referenceTokensM, 2))}M output tokens (Intelligence Index ${escape_html(option.counts.indexVersion)})`);
			else $$renderer.push(`<!--[-1-->No token counts on the same index version`);
			$$renderer.push(`<!--]--></td><td class="svelte-7o0w84">${escape_html(n(option.factor, 3))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></section> <section aria-labelledby="api" class="svelte-7o0w84"><h2 id="api">API cost</h2> <p>A request pays the input price for the uncached part of its prompt, the
      cached-input price for the part served from the provider's prompt cache,
      and the output price for its output tokens scaled by the model's
      verbosity. Requests that can wait get the provider's batch discount.</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">C</var><sub>req</sub> = [<var class="svelte-7o0w84">T</var><sub>in</sub> · (1 − <var class="svelte-7o0w84">c</var>) · <var class="svelte-7o0w84">p</var><sub>in</sub> + <var class="svelte-7o0w84">T</var><sub>in</sub> · <var class="svelte-7o0w84">c</var> · <var class="svelte-7o0w84">p</var><sub>cached</sub> + <var class="svelte-7o0w84">T</var><sub>out</sub> · <var class="svelte-7o0w84">m</var> · <var class="svelte-7o0w84">p</var><sub>out</sub>] / 10<sup>6</sup></p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">C</var><sub>month</sub> = <var class="svelte-7o0w84">R</var> · <var class="svelte-7o0w84">C</var><sub>req</sub> ·
      (1 − <var class="svelte-7o0w84">b</var> · <var class="svelte-7o0w84">d</var>)</p> <p><strong>Long-context tier.</strong> Some providers charge more when a
      prompt exceeds a threshold <var class="svelte-7o0w84">T</var><sub>LC</sub>: when <var class="svelte-7o0w84">T</var><sub>in</sub> > <var class="svelte-7o0w84">T</var><sub>LC</sub>, all three prices
      are replaced by the long-context ones for the whole request. `);
		if (api.longContext) $$renderer.push(`<!--[0-->${escape_html(api.label)} has a tier above ${escape_html(n(api.longContext.thresholdTokens))} tokens;
        this prompt of ${escape_html(n(workload.inputTokens))} tokens ${escape_html(api.longContext.applies ? "exceeds it, so the long-context prices apply." : "is below it, so the normal prices apply.")}`);
		else $$renderer.push(`<!--[-1-->${escape_html(api.label)}'s ${escape_html(api.pricePoint)} has no long-context tier, so every request
        pays the normal prices.`);
		$$renderer.push(`<!--]--> `);
		if (api.priceIsRange) $$renderer.push(`<!--[0-->Its price is not announced; it is costed at the middle of its range.`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">${escape_html(api.label)}, one request and one month</caption>`);
		stepColumns($$renderer);
		$$renderer.push(`<!----><tbody><tr><th scope="row" class="svelte-7o0w84">Uncached input</th><td class="svelte-7o0w84">${escape_html(n(api.uncachedTokens))} tokens × ${escape_html(formatUsd(api.prices.inputPerM))} / 10<sup>6</sup></td><td class="svelte-7o0w84">${escape_html(formatUsd(api.uncachedInputUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Cached input</th><td class="svelte-7o0w84">${escape_html(n(api.cachedTokens))} tokens × ${escape_html(formatUsd(api.prices.cachedInputPerM))} / 10<sup>6</sup></td><td class="svelte-7o0w84">${escape_html(formatUsd(api.cachedInputUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Output</th><td class="svelte-7o0w84">${escape_html(n(workload.outputTokens))} × ${escape_html(n(api.verbosity, 3))} = ${escape_html(n(api.outputTokens, 1))} tokens × ${escape_html(formatUsd(api.prices.outputPerM))} / 10<sup>6</sup></td><td class="svelte-7o0w84">${escape_html(formatUsd(api.outputUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Per request, <var class="svelte-7o0w84">C</var><sub>req</sub></th><td class="svelte-7o0w84">Sum of the three</td><td class="svelte-7o0w84">${escape_html(formatUsd(api.perRequestUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Batch factor</th><td class="svelte-7o0w84">1 − ${escape_html(formatPercent(workload.batchShare))} × ${escape_html(formatPercent(api.batchDiscount))} discount</td><td class="svelte-7o0w84">${escape_html(n(api.batchFactor, 3))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Monthly, <var class="svelte-7o0w84">C</var><sub>month</sub></th><td class="svelte-7o0w84">${escape_html(n(workload.requestsPerMonth))} × ${escape_html(formatUsd(api.perRequestUsd))} × ${escape_html(n(api.batchFactor, 3))}</td><td class="svelte-7o0w84">${escape_html(formatUsd(api.monthlyUsd))}</td></tr></tbody></table></section> <section aria-labelledby="memory" class="svelte-7o0w84"><h2 id="memory">Serving estimator: memory</h2> <p>One replica is <var class="svelte-7o0w84">g</var> GPUs holding one copy of the model. The server
      may use ${escape_html(formatPercent(memory.memoryUtilization))} of each GPU's memory and keeps
      ${escape_html(n(memory.reservePerGpuGB))} GB of it for activations and the runtime. The weights
      take their parameter count times the bytes per weight (bf16 2, fp8 and int8
      1, fp4 and int4 0.5). What is left holds the KV cache.</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">M</var><sub>usable</sub> = <var class="svelte-7o0w84">g</var> · (<var class="svelte-7o0w84">M</var><sub>GPU</sub> · <var class="svelte-7o0w84">u</var> − <var class="svelte-7o0w84">M</var><sub>reserve</sub>)   and   <var class="svelte-7o0w84">W</var> = <var class="svelte-7o0w84">N</var><sub>total</sub> · <var class="svelte-7o0w84">β</var><sub>w</sub></p> <p>Each layer caches, per token, a key and a value for every KV head with
      grouped-query attention (GQA), or one compressed latent plus a RoPE key
      with multi-head latent attention (MLA), at <var class="svelte-7o0w84">β</var><sub>kv</sub> bytes a value (bf16 2, fp8 1). Sliding-window layers hold at most their window
      of <var class="svelte-7o0w84">w</var> tokens. A request holds its whole context, <var class="svelte-7o0w84">T</var> = <var class="svelte-7o0w84">T</var><sub>in</sub> + <var class="svelte-7o0w84">m</var> · <var class="svelte-7o0w84">T</var><sub>out</sub>. With tensor parallelism over more GPUs than KV heads, each head is
      stored on several GPUs: <var class="svelte-7o0w84">g</var> / <var class="svelte-7o0w84">h</var><sub>kv</sub> copies (MLA
      is served without copies).</p> <p class="formula svelte-7o0w84">GQA: <var class="svelte-7o0w84">κ</var> = 2 · <var class="svelte-7o0w84">h</var><sub>kv</sub> · <var class="svelte-7o0w84">d</var><sub>head</sub> · <var class="svelte-7o0w84">β</var><sub>kv</sub>   MLA: <var class="svelte-7o0w84">κ</var> = (<var class="svelte-7o0w84">d</var><sub>latent</sub> + <var class="svelte-7o0w84">d</var><sub>rope</sub>) · <var class="svelte-7o0w84">β</var><sub>kv</sub></p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">KV</var>(<var class="svelte-7o0w84">T</var>) = <var class="svelte-7o0w84">κ</var> · [<var class="svelte-7o0w84">L</var><sub>full</sub> · <var class="svelte-7o0w84">T</var> + <var class="svelte-7o0w84">L</var><sub>window</sub> · min(<var class="svelte-7o0w84">T</var>, <var class="svelte-7o0w84">w</var>)] · copies</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">B</var><sub>max</sub> = min(${escape_html(n(memory.maxBatch))}, ⌊(<var class="svelte-7o0w84">M</var><sub>usable</sub> − <var class="svelte-7o0w84">W</var>) / <var class="svelte-7o0w84">KV</var>(<var class="svelte-7o0w84">T</var>)⌋)</p> <p>The model fits when at least one full request fits beside the weights. The
      cap of ${escape_html(n(memory.maxBatch))} is the scheduler limit TensorRT-LLM's benchmark
      uses.</p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">${escape_html(serving.label)}, ${escape_html(serving.weights)} weights, ${escape_html(serving.kv)} KV cache</caption>`);
		stepColumns($$renderer);
		$$renderer.push(`<!----><tbody><tr><th scope="row" class="svelte-7o0w84">Usable memory</th><td class="svelte-7o0w84">${escape_html(n(serving.gpus))} × (${escape_html(n(memory.memoryGBPerGpu))} GB × ${escape_html(n(memory.memoryUtilization, 2))} − ${escape_html(n(memory.reservePerGpuGB))} GB)</td><td class="svelte-7o0w84">${escape_html(n(memory.usableGB, 1))} GB</td></tr><tr><th scope="row" class="svelte-7o0w84">Weights</th><td class="svelte-7o0w84">${escape_html(n(arch.totalParamsB, 1))}B parameters × ${escape_html(n(serving.bytesPerWeight, 1))}
            byte</td><td class="svelte-7o0w84">${escape_html(n(memory.weightsGB, 1))} GB</td></tr><tr><th scope="row" class="svelte-7o0w84">KV budget</th><td class="svelte-7o0w84">${escape_html(n(memory.usableGB, 1))} GB − ${escape_html(n(memory.weightsGB, 1))} GB</td><td class="svelte-7o0w84">${escape_html(n(memory.kvBudgetGB, 1))} GB</td></tr><tr><th scope="row" class="svelte-7o0w84">KV bytes per token per layer, <var class="svelte-7o0w84">κ</var></th><td class="svelte-7o0w84">`);
		if (arch.mla) $$renderer.push(`<!--[0-->(${escape_html(n(arch.mla.kvLoraRank))} + ${escape_html(n(arch.mla.ropeHeadDim))}) × ${escape_html(n(serving.bytesPerKvValue, 1))} (MLA)`);
		else $$renderer.push(`<!--[-1-->2 × ${escape_html(n(arch.kvHeads))} KV heads × ${escape_html(n(arch.headDim))} × ${escape_html(n(serving.bytesPerKvValue, 1))} (GQA)`);
		$$renderer.push(`<!--]--></td><td class="svelte-7o0w84">${escape_html(n(memory.bytesPerTokenPerLayer))} bytes</td></tr><tr><th scope="row" class="svelte-7o0w84">Context of one request, <var class="svelte-7o0w84">T</var></th><td class="svelte-7o0w84">${escape_html(n(workload.inputTokens))} + ${escape_html(n(serving.throughput.outputTokens, 1))}</td><td class="svelte-7o0w84">${escape_html(n(memory.requestContext, 1))} tokens</td></tr><tr><th scope="row" class="svelte-7o0w84">KV cache of one request</th><td class="svelte-7o0w84">${escape_html(n(memory.bytesPerTokenPerLayer))} × (${escape_html(n(arch.fullLayers))} full layers
            × ${escape_html(n(memory.requestContext, 1))} `);
		if (arch.window !== null) $$renderer.push(`<!--[0-->+ ${escape_html(n(arch.windowedLayers))} windowed layers × min(${escape_html(n(memory.requestContext, 1))}, ${escape_html(n(arch.window))})`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->) × ${escape_html(n(memory.copies, 2))}
            ${escape_html(memory.copies === 1 ? "copy" : "copies")}</td><td class="svelte-7o0w84">${escape_html(n(memory.kvGBPerRequest, 4))} GB</td></tr><tr><th scope="row" class="svelte-7o0w84">Most requests at once, <var class="svelte-7o0w84">B</var><sub>max</sub></th><td class="svelte-7o0w84">min(${escape_html(n(memory.maxBatch))}, ⌊${escape_html(n(memory.kvBudgetGB, 1))} / ${escape_html(n(memory.kvGBPerRequest, 4))}⌋ = ${escape_html(n(memory.kvLimitedConcurrency))})</td><td class="svelte-7o0w84">${escape_html(n(memory.maxConcurrency))}</td></tr></tbody></table></section> <section aria-labelledby="moe" class="svelte-7o0w84"><h2 id="moe">Mixture of experts</h2> <p>A mixture-of-experts model routes each token to <var class="svelte-7o0w84">k</var> of <var class="svelte-7o0w84">E</var> experts in each MoE layer. Its parameters split into a shared part
      read for every token (attention, embeddings, dense layers, shared experts) and
      routed experts. From the total and active counts:</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">N</var><sub>total</sub> = <var class="svelte-7o0w84">N</var><sub>shared</sub> + <var class="svelte-7o0w84">N</var><sub>routed</sub>   and   <var class="svelte-7o0w84">N</var><sub>active</sub> = <var class="svelte-7o0w84">N</var><sub>shared</sub> + <var class="svelte-7o0w84">N</var><sub>routed</sub> · <var class="svelte-7o0w84">k</var> / <var class="svelte-7o0w84">E</var></p> <p>A batch of <var class="svelte-7o0w84">B</var> tokens reads only the experts some token is sent to;
      on average that is the share</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">f</var>(<var class="svelte-7o0w84">B</var>) = 1 − (1 − <var class="svelte-7o0w84">k</var> / <var class="svelte-7o0w84">E</var>)<sup><var class="svelte-7o0w84">B</var></sup></p> `);
		if (moe) {
			$$renderer.push(`<!--[0--><table class="svelte-7o0w84"><caption class="svelte-7o0w84">${escape_html(serving.modelName)}</caption>`);
			stepColumns($$renderer);
			$$renderer.push(`<!----><tbody><tr><th scope="row" class="svelte-7o0w84">Routed share per token, <var class="svelte-7o0w84">k</var> / <var class="svelte-7o0w84">E</var></th><td class="svelte-7o0w84">${escape_html(n(moe.activeExperts))} / ${escape_html(n(moe.experts))}</td><td class="svelte-7o0w84">${escape_html(n(moe.routedShare, 4))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Routed parameters</th><td class="svelte-7o0w84">(${escape_html(n(arch.totalParamsB, 1))}B − ${escape_html(n(arch.activeParamsB, 1))}B) / (1 − ${escape_html(n(moe.activeExperts))}/${escape_html(n(moe.experts))})</td><td class="svelte-7o0w84">${escape_html(n(moe.routedB, 1))}B</td></tr><tr><th scope="row" class="svelte-7o0w84">Shared parameters</th><td class="svelte-7o0w84">${escape_html(n(arch.totalParamsB, 1))}B − ${escape_html(n(moe.routedB, 1))}B</td><td class="svelte-7o0w84">${escape_html(n(moe.sharedB, 1))}B</td></tr><tr><th scope="row" class="svelte-7o0w84">Experts touched by a decode batch of ${escape_html(n(decode.batch))}</th><td class="svelte-7o0w84">1 − (1 − ${escape_html(n(moe.activeExperts))}/${escape_html(n(moe.experts))})<sup>${escape_html(n(decode.batch))}</sup></td><td class="svelte-7o0w84">${escape_html(formatPercent(decode.expertsTouched))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Experts touched by a prefill of ${escape_html(n(prefill.tokens))} tokens</th><td class="svelte-7o0w84">1 − (1 − ${escape_html(n(moe.activeExperts))}/${escape_html(n(moe.experts))})<sup>${escape_html(n(prefill.tokens))}</sup></td><td class="svelte-7o0w84">${escape_html(formatPercent(prefill.expertsTouched))}</td></tr></tbody></table>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(serving.modelName)} is dense: every parameter is read for every token.</p>`);
		$$renderer.push(`<!--]--></section> <section aria-labelledby="decode" class="svelte-7o0w84"><h2 id="decode">Decode step</h2> <p>With continuous batching, one decode step produces one token for each of
      the <var class="svelte-7o0w84">B</var> requests in the batch. It takes the longer of reading the
      bytes it needs at the GPUs' memory bandwidth and doing its arithmetic at
      their tensor throughput (a roofline), each at a calibrated efficiency,
      plus three overheads: routing tokens to experts, the two collectives per
      layer that tensor parallelism adds when <var class="svelte-7o0w84">g</var> > 1 (a latency
      plus a ring all-reduce of the batch's 16-bit activations over the GPU's
      link), and a fixed per-step cost (scheduling, sampling, kernel launches).
      Each request is at its mean context <var class="svelte-7o0w84">T</var><sub>in</sub> + <var class="svelte-7o0w84">m</var> · <var class="svelte-7o0w84">T</var><sub>out</sub> / 2.</p> <p class="formula svelte-7o0w84">bytes = (<var class="svelte-7o0w84">N</var><sub>shared</sub> + <var class="svelte-7o0w84">N</var><sub>routed</sub> · <var class="svelte-7o0w84">f</var>(<var class="svelte-7o0w84">B</var>)) · <var class="svelte-7o0w84">β</var><sub>w</sub> + <var class="svelte-7o0w84">B</var> · <var class="svelte-7o0w84">KV</var>(<var class="svelte-7o0w84">T</var><sub>in</sub> + <var class="svelte-7o0w84">m</var> · <var class="svelte-7o0w84">T</var><sub>out</sub> / 2)</p> <p class="formula svelte-7o0w84">FLOPs = 2 · <var class="svelte-7o0w84">B</var> · <var class="svelte-7o0w84">N</var><sub>active</sub> (at the weights' precision)
      + attention FLOPs (at the 16-bit rate)</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">t</var><sub>step</sub> = max(bytes / (<var class="svelte-7o0w84">g</var> · <var class="svelte-7o0w84">BW</var> · <var class="svelte-7o0w84">η</var><sub>bw</sub>), FLOPs / (<var class="svelte-7o0w84">g</var> · peak · <var class="svelte-7o0w84">η</var><sub>compute</sub>)) + <var class="svelte-7o0w84">B</var> · <var class="svelte-7o0w84">k</var> · <var class="svelte-7o0w84">L</var><sub>MoE</sub> · <var class="svelte-7o0w84">t</var><sub>route</sub> / <var class="svelte-7o0w84">g</var> + 2 · <var class="svelte-7o0w84">L</var> · (<var class="svelte-7o0w84">t</var><sub>coll</sub> + 2(<var class="svelte-7o0w84">g</var> − 1)/<var class="svelte-7o0w84">g</var> · <var class="svelte-7o0w84">B</var> · <var class="svelte-7o0w84">H</var> · 2 / link) + <var class="svelte-7o0w84">t</var><sub>0</sub></p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">One decode step at the chosen batch, <var class="svelte-7o0w84">B</var> = ${escape_html(n(decode.batch))}</caption>`);
		stepColumns($$renderer);
		$$renderer.push(`<!----><tbody><tr><th scope="row" class="svelte-7o0w84">Mean context</th><td class="svelte-7o0w84">${escape_html(n(workload.inputTokens))} + ${escape_html(n(throughput.outputTokens, 1))} / 2</td><td class="svelte-7o0w84">${escape_html(n(decode.context, 1))} tokens</td></tr><tr><th scope="row" class="svelte-7o0w84">Weights read</th><td class="svelte-7o0w84">`);
		if (moe) $$renderer.push(`<!--[0-->(${escape_html(n(moe.sharedB, 1))}B + ${escape_html(n(moe.routedB, 1))}B × ${escape_html(n(decode.expertsTouched, 3))}) × ${escape_html(n(serving.bytesPerWeight, 1))} byte`);
		else $$renderer.push(`<!--[-1-->${escape_html(n(arch.totalParamsB, 1))}B × ${escape_html(n(serving.bytesPerWeight, 1))} byte`);
		$$renderer.push(`<!--]--></td><td class="svelte-7o0w84">${escape_html(n(decode.weightsReadGB, 1))} GB</td></tr><tr><th scope="row" class="svelte-7o0w84">KV cache read</th><td class="svelte-7o0w84">${escape_html(n(decode.batch))} × ${escape_html(n(decode.kvMBPerSequence, 1))} MB</td><td class="svelte-7o0w84">${escape_html(n(decode.kvReadGB, 1))} GB</td></tr>`);
		rooflineRows($$renderer, decode, decode.computeEfficiency);
		$$renderer.push(`<!---->`);
		if (moe) $$renderer.push(`<!--[0--><tr><th scope="row" class="svelte-7o0w84">Routing</th><td class="svelte-7o0w84">${escape_html(n(decode.batch))} × ${escape_html(n(moe.activeExperts))} × ${escape_html(n(moe.moeLayers))} MoE
              layers × ${escape_html(n(decode.routingNs))} ns / ${escape_html(n(serving.gpus))}</td><td class="svelte-7o0w84">${escape_html(n(decode.routingMs, 3))} ms</td></tr>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--><tr><th scope="row" class="svelte-7o0w84">Collectives</th><td class="svelte-7o0w84">`);
		if (serving.gpus > 1) $$renderer.push(`<!--[0-->2 × ${escape_html(n(arch.layers))} layers × (${escape_html(n(decode.collectiveLatencyUs))} µs +
              the batch's activations through a ${escape_html(n(decode.tensorParallel))}-GPU
              ring at ${escape_html(n(decode.linkGBs))} GB/s)`);
		else $$renderer.push(`<!--[-1-->None: one GPU holds the model`);
		$$renderer.push(`<!--]--></td><td class="svelte-7o0w84">${escape_html(n(decode.collectiveMs, 3))} ms</td></tr><tr><th scope="row" class="svelte-7o0w84">Step overhead</th><td class="svelte-7o0w84">Fixed</td><td class="svelte-7o0w84">${escape_html(n(decode.stepOverheadMs, 2))} ms</td></tr><tr><th scope="row" class="svelte-7o0w84">Decode step, <var class="svelte-7o0w84">t</var><sub>step</sub></th><td class="svelte-7o0w84">Roofline plus overheads</td><td class="svelte-7o0w84">${escape_html(n(decode.stepMs, 2))} ms</td></tr></tbody></table></section> <section aria-labelledby="prefill" class="svelte-7o0w84"><h2 id="prefill">Prefill and time to first token</h2> <p>Before its first token a request's prompt is prefilled: the same roofline
      over its uncached tokens (cached prefix tokens skip it, the last token is
      always computed), with causal attention over the prefix, at the prefill
      efficiency <var class="svelte-7o0w84">η</var><sub>prefill</sub>, plus routing and collectives
      (no step overhead). Under load a new request also waits for one decode
      step of the batch it joins.</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">n</var> = max(1, <var class="svelte-7o0w84">T</var><sub>in</sub> − ⌊<var class="svelte-7o0w84">c</var> · <var class="svelte-7o0w84">T</var><sub>in</sub>⌋)   FLOPs = 2 · <var class="svelte-7o0w84">n</var> · <var class="svelte-7o0w84">N</var><sub>active</sub> + causal attention</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">t</var><sub>TTFT</sub> = <var class="svelte-7o0w84">t</var><sub>prefill</sub> + <var class="svelte-7o0w84">t</var><sub>step</sub> (when <var class="svelte-7o0w84">B</var> > 1)</p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">Prefill of one request</caption>`);
		stepColumns($$renderer);
		$$renderer.push(`<!----><tbody><tr><th scope="row" class="svelte-7o0w84">Uncached prompt tokens, <var class="svelte-7o0w84">n</var></th><td class="svelte-7o0w84">${escape_html(n(workload.inputTokens))} − ${escape_html(n(prefill.prefixTokens))} cached</td><td class="svelte-7o0w84">${escape_html(n(prefill.tokens))}</td></tr>`);
		rooflineRows($$renderer, prefill, prefill.prefillEfficiency);
		$$renderer.push(`<!----><tr><th scope="row" class="svelte-7o0w84">Routing and collectives</th><td class="svelte-7o0w84">${escape_html(n(prefill.routingMs, 3))} ms + ${escape_html(n(prefill.collectiveMs, 3))} ms</td><td class="svelte-7o0w84">${escape_html(n(prefill.overheadMs, 3))} ms</td></tr><tr><th scope="row" class="svelte-7o0w84">Prefill, <var class="svelte-7o0w84">t</var><sub>prefill</sub></th><td class="svelte-7o0w84">Roofline plus overheads</td><td class="svelte-7o0w84">${escape_html(n(prefill.prefillMs, 2))} ms</td></tr><tr><th scope="row" class="svelte-7o0w84">Time to first token</th><td class="svelte-7o0w84">${escape_html(n(prefill.prefillMs, 2))} ms + ${escape_html(n(decode.stepMs, 2))} ms</td><td class="svelte-7o0w84">${escape_html(n(throughput.timeToFirstTokenMs, 1))} ms</td></tr></tbody></table></section> <section aria-labelledby="throughput" class="svelte-7o0w84"><h2 id="throughput">Throughput and the batch chosen</h2> <p>Each request costs <var class="svelte-7o0w84">T</var>′ = <var class="svelte-7o0w84">m</var> · <var class="svelte-7o0w84">T</var><sub>out</sub> decode steps, shared by the batch, plus its own prefill, which also interrupts
      everyone else's stream. So a replica produces</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">X</var>(<var class="svelte-7o0w84">B</var>) = <var class="svelte-7o0w84">B</var> · <var class="svelte-7o0w84">T</var>′ / (<var class="svelte-7o0w84">T</var>′
      · <var class="svelte-7o0w84">t</var><sub>step</sub> + <var class="svelte-7o0w84">B</var> · <var class="svelte-7o0w84">t</var><sub>prefill</sub>) output tokens a second</p> <p>and each user sees</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">s</var>(<var class="svelte-7o0w84">B</var>) = <var class="svelte-7o0w84">T</var>′ / (<var class="svelte-7o0w84">T</var>′ · <var class="svelte-7o0w84">t</var><sub>step</sub> + (<var class="svelte-7o0w84">B</var> − 1) · <var class="svelte-7o0w84">t</var><sub>prefill</sub>) tokens a second.</p> <p>Interactive traffic runs at the largest batch <var class="svelte-7o0w84">B</var> ≤ <var class="svelte-7o0w84">B</var><sub>max</sub> whose users still see <var class="svelte-7o0w84">s</var>(<var class="svelte-7o0w84">B</var>) ≥ <var class="svelte-7o0w84">s</var><sub>min</sub> and a first token within <var class="svelte-7o0w84">t</var><sub>TTFT,max</sub>; per-user speed only falls and the wait only grows with the batch, so a
      binary search finds it. When even one request alone misses the target the
      option is costed at batch 1, with a warning. Traffic that can wait has no
      latency target and runs at <var class="svelte-7o0w84">B</var><sub>max</sub>. A replica then
      completes <var class="svelte-7o0w84">ρ</var> = <var class="svelte-7o0w84">X</var> / <var class="svelte-7o0w84">T</var>′ requests a second.</p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">The replica's operating points</caption>`);
		stepColumns($$renderer);
		$$renderer.push(`<!----><tbody><tr><th scope="row" class="svelte-7o0w84">Output tokens per request, <var class="svelte-7o0w84">T</var>′</th><td class="svelte-7o0w84">${escape_html(n(workload.outputTokens))} × ${escape_html(n(verbosity.selfHost.factor, 3))}</td><td class="svelte-7o0w84">${escape_html(n(throughput.outputTokens, 1))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Batch chosen, <var class="svelte-7o0w84">B</var></th><td class="svelte-7o0w84">`);
		if (batchChoice.latencyMet) {
			$$renderer.push(`<!--[0-->${escape_html(n(throughput.perUserOutputTokensPerSecond, 2))} tokens/s ≥ ${escape_html(n(batchChoice.minTokensPerSecond, 2))} and ${escape_html(n(throughput.timeToFirstTokenMs, 1))} ms ≤ ${escape_html(n(batchChoice.maxTimeToFirstTokenMs))} ms`);
			if (batchChoice.next) $$renderer.push(`<!--[0-->; at ${escape_html(n(batchChoice.next.batch))}: ${escape_html(n(batchChoice.next.perUserOutputTokensPerSecond, 2))} tokens/s and ${escape_html(n(batchChoice.next.timeToFirstTokenMs, 1))} ms, which
                misses`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push(`<!--[-1-->Unreachable even alone: costed at batch 1`);
		$$renderer.push(`<!--]--></td><td class="svelte-7o0w84">${escape_html(n(batchChoice.batch))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Replica throughput, <var class="svelte-7o0w84">X</var>(<var class="svelte-7o0w84">B</var>)</th><td class="svelte-7o0w84">${escape_html(n(batchChoice.batch))} × ${escape_html(n(throughput.outputTokens, 1))} / (${escape_html(n(throughput.outputTokens, 1))} × ${escape_html(n(throughput.stepSeconds, 5))} s + ${escape_html(n(batchChoice.batch))} × ${escape_html(n(throughput.prefillSeconds, 5))} s)</td><td class="svelte-7o0w84">${escape_html(n(throughput.outputTokensPerSecond))} tokens/s</td></tr><tr><th scope="row" class="svelte-7o0w84">Per-user speed, <var class="svelte-7o0w84">s</var>(<var class="svelte-7o0w84">B</var>)</th><td class="svelte-7o0w84">${escape_html(n(throughput.outputTokens, 1))} / (${escape_html(n(throughput.outputTokens, 1))} ×
            ${escape_html(n(throughput.stepSeconds, 5))} s + ${escape_html(n(throughput.otherPrefills))} × ${escape_html(n(throughput.prefillSeconds, 5))} s)</td><td class="svelte-7o0w84">${escape_html(n(throughput.perUserOutputTokensPerSecond, 2))} tokens/s</td></tr><tr><th scope="row" class="svelte-7o0w84">Interactive rate, <var class="svelte-7o0w84">ρ</var><sub>i</sub></th><td class="svelte-7o0w84">${escape_html(n(throughput.outputTokensPerSecond))} / ${escape_html(n(throughput.outputTokens, 1))}</td><td class="svelte-7o0w84">${escape_html(n(batchChoice.interactiveRequestsPerSecond, 2))} requests/s</td></tr><tr><th scope="row" class="svelte-7o0w84">Batch rate, <var class="svelte-7o0w84">ρ</var><sub>b</sub></th><td class="svelte-7o0w84"><var class="svelte-7o0w84">X</var>(${escape_html(n(batchChoice.offlineBatch))}) = ${escape_html(n(batchChoice.offlineOutputTokensPerSecond))} / ${escape_html(n(throughput.outputTokens, 1))}</td><td class="svelte-7o0w84">${escape_html(n(batchChoice.offlineRequestsPerSecond, 2))} requests/s</td></tr></tbody></table></section> <section aria-labelledby="fleet" class="svelte-7o0w84"><h2 id="fleet">Fleet sizing</h2> <p>Interactive traffic must be served at its busiest hour while each replica
      stays at most <var class="svelte-7o0w84">h</var> busy (the headroom target), because queues grow
      quickly as a server nears saturation. Traffic that can wait fills the
      troughs at the full batch, so it only adds replicas once the month's total
      work exceeds what the peak already needs. At least <var class="svelte-7o0w84">N</var><sub>min</sub> replicas always run. Utilisation is the work served over the capacity kept.</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">λ</var><sub>i</sub> = <var class="svelte-7o0w84">R</var> · (1 − <var class="svelte-7o0w84">b</var>) / <var class="svelte-7o0w84">S</var>   <var class="svelte-7o0w84">λ</var><sub>b</sub> = <var class="svelte-7o0w84">R</var> · <var class="svelte-7o0w84">b</var> / <var class="svelte-7o0w84">S</var>, with <var class="svelte-7o0w84">S</var> = ${escape_html(n(units.secondsPerMonth))} s</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">N</var> = max(<var class="svelte-7o0w84">N</var><sub>min</sub>, ⌈max(<var class="svelte-7o0w84">λ</var><sub>i</sub> · <var class="svelte-7o0w84">P</var> / <var class="svelte-7o0w84">ρ</var><sub>i</sub>, <var class="svelte-7o0w84">λ</var><sub>i</sub> / <var class="svelte-7o0w84">ρ</var><sub>i</sub> + <var class="svelte-7o0w84">λ</var><sub>b</sub> / <var class="svelte-7o0w84">ρ</var><sub>b</sub>) / <var class="svelte-7o0w84">h</var>⌉)</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">U</var> = min(1, (<var class="svelte-7o0w84">λ</var><sub>i</sub> / <var class="svelte-7o0w84">ρ</var><sub>i</sub> + <var class="svelte-7o0w84">λ</var><sub>b</sub> / <var class="svelte-7o0w84">ρ</var><sub>b</sub>) / <var class="svelte-7o0w84">N</var>)</p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">Replicas for the default volume</caption>`);
		stepColumns($$renderer);
		$$renderer.push(`<!----><tbody><tr><th scope="row" class="svelte-7o0w84">Interactive requests a second, <var class="svelte-7o0w84">λ</var><sub>i</sub></th><td class="svelte-7o0w84">${escape_html(n(workload.requestsPerMonth))} × ${escape_html(n(fleet.interactiveShare, 2))} / ${escape_html(n(units.secondsPerMonth))}</td><td class="svelte-7o0w84">${escape_html(n(fleet.interactiveRps, 3))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Batch requests a second, <var class="svelte-7o0w84">λ</var><sub>b</sub></th><td class="svelte-7o0w84">${escape_html(n(workload.requestsPerMonth))} × ${escape_html(n(workload.batchShare, 2))} / ${escape_html(n(units.secondsPerMonth))}</td><td class="svelte-7o0w84">${escape_html(n(fleet.batchRps, 3))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Replicas for the peak</th><td class="svelte-7o0w84">${escape_html(n(fleet.interactiveRps, 3))} × ${escape_html(n(workload.peakToAverage, 2))} / ${escape_html(n(batchChoice.interactiveRequestsPerSecond, 2))}</td><td class="svelte-7o0w84">${escape_html(n(fleet.forPeak, 3))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Replicas for the month's work</th><td class="svelte-7o0w84">${escape_html(n(fleet.interactiveRps, 3))} / ${escape_html(n(batchChoice.interactiveRequestsPerSecond, 2))} + ${escape_html(n(fleet.batchRps, 3))} / ${escape_html(n(batchChoice.offlineRequestsPerSecond, 2))}</td><td class="svelte-7o0w84">${escape_html(n(fleet.forWork, 3))}</td></tr><tr><th scope="row" class="svelte-7o0w84">At the headroom target</th><td class="svelte-7o0w84">max(${escape_html(n(fleet.forPeak, 3))}, ${escape_html(n(fleet.forWork, 3))}) / ${escape_html(n(fleet.headroom, 2))}</td><td class="svelte-7o0w84">${escape_html(n(fleet.needed, 3))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Replicas, <var class="svelte-7o0w84">N</var></th><td class="svelte-7o0w84">max(${escape_html(n(fleet.minReplicas))}, ⌈${escape_html(n(fleet.needed, 3))}⌉)</td><td class="svelte-7o0w84">${escape_html(n(fleet.replicas))} (${escape_html(n(fleet.gpus))} GPUs)</td></tr><tr><th scope="row" class="svelte-7o0w84">Utilisation, <var class="svelte-7o0w84">U</var></th><td class="svelte-7o0w84">${escape_html(n(fleet.busyReplicas, 3))} / ${escape_html(n(fleet.replicas))}</td><td class="svelte-7o0w84">${escape_html(formatPercent(fleet.utilization))}</td></tr></tbody></table></section> <section aria-labelledby="self-host-cost" class="svelte-7o0w84"><h2 id="self-host-cost">Self-hosted monthly cost</h2> <p>The fleet has <var class="svelte-7o0w84">G</var> = <var class="svelte-7o0w84">N</var> · <var class="svelte-7o0w84">g</var> GPUs. Rented GPUs
      cost their hourly price for every hour of the month, busy or not. Owned
      GPUs cost their purchase price <var class="svelte-7o0w84">P</var><sub>GPU</sub> (the GPU plus
      its share of the server) spread over their <var class="svelte-7o0w84">n</var> years of use at
      the yearly cost of capital <var class="svelte-7o0w84">r</var>, using the capital recovery factor
      (the share of a loan repaid each year in equal instalments); power at the
      fleet's utilisation <var class="svelte-7o0w84">U</var>, from an idle floor <var class="svelte-7o0w84">i</var> up to
      full draw, times the server's power over its GPUs' (<var class="svelte-7o0w84">o</var>: CPUs,
      memory, network, fans) and the data centre's PUE; and colocation per kW
      provisioned. Both add the engineers' time, any setup cost spread over
      months, and other monthly costs.</p> <p class="formula svelte-7o0w84">Rented: <var class="svelte-7o0w84">G</var> · <var class="svelte-7o0w84">p</var><sub>GPU-hour</sub> · ${escape_html(n(units.hoursPerMonth))}</p> <p class="formula svelte-7o0w84">Owned hardware: <var class="svelte-7o0w84">G</var> · <var class="svelte-7o0w84">P</var><sub>GPU</sub> · CRF / 12,
        CRF = <var class="svelte-7o0w84">r</var> / (1 − (1 + <var class="svelte-7o0w84">r</var>)<sup>−<var class="svelte-7o0w84">n</var></sup>)</p> <p class="formula svelte-7o0w84"><var class="svelte-7o0w84">K</var> = <var class="svelte-7o0w84">G</var> · TDP · <var class="svelte-7o0w84">o</var> / 1000 kW provisioned
        Power: <var class="svelte-7o0w84">K</var> · (<var class="svelte-7o0w84">i</var> + (1 − <var class="svelte-7o0w84">i</var>) · <var class="svelte-7o0w84">U</var>) · PUE · ${escape_html(n(units.hoursPerMonth))} · $/kWh   Colocation: <var class="svelte-7o0w84">K</var> · $/kW-month</p> <p class="formula svelte-7o0w84">Engineers: FTE · yearly cost / 12   Setup: <var class="svelte-7o0w84">C</var><sub>setup</sub> / months   plus other monthly costs</p> `);
		if (rented) $$renderer.push(`<!--[0--><table class="svelte-7o0w84"><caption class="svelte-7o0w84">Rented, as in the default scenario</caption><thead class="svelte-7o0w84"><tr><th scope="col" class="svelte-7o0w84">Item</th><th scope="col" class="svelte-7o0w84">Worked</th><th scope="col" class="svelte-7o0w84">$ a month</th></tr></thead><tbody><tr><th scope="row" class="svelte-7o0w84">GPU rental</th><td class="svelte-7o0w84">${escape_html(n(fleet.gpus))} GPUs × ${escape_html(formatUsd(rented.usdPerGpuHour))} × ${escape_html(n(units.hoursPerMonth))} h</td><td class="svelte-7o0w84">${escape_html(formatUsd(rented.gpuRentalUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Engineers</th><td class="svelte-7o0w84">${escape_html(n(rented.engineerFte, 2))} FTE × ${escape_html(formatUsd(rented.engineerUsdPerYear))} / 12</td><td class="svelte-7o0w84">${escape_html(formatUsd(rented.engineersUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Setup</th><td class="svelte-7o0w84">${escape_html(formatUsd(rented.setupUsd))} / ${escape_html(n(rented.setupMonths))} months</td><td class="svelte-7o0w84">${escape_html(formatUsd(rented.setupMonthlyUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Other</th><td class="svelte-7o0w84">As entered</td><td class="svelte-7o0w84">${escape_html(formatUsd(rented.otherUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Total</th><td class="svelte-7o0w84">Sum</td><td class="svelte-7o0w84">${escape_html(formatUsd(rented.totalUsd))}</td></tr></tbody></table>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (owned) $$renderer.push(`<!--[0--><table class="svelte-7o0w84"><caption class="svelte-7o0w84">The same ${escape_html(n(fleet.gpus))} GPUs bought instead, with the calculator's defaults
          for owned hardware</caption><thead class="svelte-7o0w84"><tr><th scope="col" class="svelte-7o0w84">Item</th><th scope="col" class="svelte-7o0w84">Worked</th><th scope="col" class="svelte-7o0w84">$ a month</th></tr></thead><tbody><tr><th scope="row" class="svelte-7o0w84">Capital recovery factor</th><td class="svelte-7o0w84">${escape_html(n(owned.costOfCapital, 3))} / (1 − (1 + ${escape_html(n(owned.costOfCapital, 3))})<sup>−${escape_html(n(owned.years, 1))}</sup>)</td><td class="svelte-7o0w84">${escape_html(n(owned.capitalRecoveryFactor, 4))} a year</td></tr><tr><th scope="row" class="svelte-7o0w84">Hardware</th><td class="svelte-7o0w84">${escape_html(n(fleet.gpus))} × ${escape_html(formatUsd(owned.usdPerGpu))} × ${escape_html(n(owned.capitalRecoveryFactor, 4))} / 12</td><td class="svelte-7o0w84">${escape_html(formatUsd(owned.hardwareUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Provisioned power</th><td class="svelte-7o0w84">${escape_html(n(fleet.gpus))} × ${escape_html(n(owned.tdpW))} W × ${escape_html(n(owned.nodePowerOverhead, 2))}</td><td class="svelte-7o0w84">${escape_html(n(owned.provisionedKw, 2))} kW</td></tr><tr><th scope="row" class="svelte-7o0w84">Drawn at ${escape_html(formatPercent(fleet.utilization))} utilisation</th><td class="svelte-7o0w84">${escape_html(n(owned.provisionedKw, 2))} kW × (${escape_html(n(owned.idlePowerFraction, 2))} +
              ${escape_html(n(owned.loadPowerFraction, 2))} × ${escape_html(n(fleet.utilization, 3))})</td><td class="svelte-7o0w84">${escape_html(n(owned.drawnKw, 2))} kW</td></tr><tr><th scope="row" class="svelte-7o0w84">Power</th><td class="svelte-7o0w84">${escape_html(n(owned.drawnKw, 2))} kW × ${escape_html(n(owned.pue, 2))} PUE × ${escape_html(n(units.hoursPerMonth))} h × ${escape_html(formatUsd(owned.usdPerKwh))}/kWh</td><td class="svelte-7o0w84">${escape_html(formatUsd(owned.powerUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Colocation</th><td class="svelte-7o0w84">${escape_html(n(owned.provisionedKw, 2))} kW × ${escape_html(formatUsd(owned.colocationUsdPerKwMonth))}/kW-month</td><td class="svelte-7o0w84">${escape_html(formatUsd(owned.colocationUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Engineers, setup and other</th><td class="svelte-7o0w84">As for renting</td><td class="svelte-7o0w84">${escape_html(formatUsd(owned.staffUsd))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Total</th><td class="svelte-7o0w84">Sum</td><td class="svelte-7o0w84">${escape_html(formatUsd(owned.totalUsd))}</td></tr></tbody></table>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <section aria-labelledby="unit-costs" class="svelte-7o0w84"><h2 id="unit-costs">Cost per 1M tokens, per request, and savings</h2> <p>Unit costs divide the monthly cost by the workload's volume. A token is an
      input token or an output token as the reference model writes them, so
      every option is measured against the same work however verbose it is.
      Savings are the baseline's cost minus the option's, and their share of the
      baseline's.</p> <p class="formula svelte-7o0w84">per 1M tokens = <var class="svelte-7o0w84">C</var><sub>month</sub> / (<var class="svelte-7o0w84">R</var> · (<var class="svelte-7o0w84">T</var><sub>in</sub> + <var class="svelte-7o0w84">T</var><sub>out</sub>)) · 10<sup>6</sup>   per
      request = <var class="svelte-7o0w84">C</var><sub>month</sub> / <var class="svelte-7o0w84">R</var></p> <p class="formula svelte-7o0w84">savings = <var class="svelte-7o0w84">C</var><sub>baseline</sub> − <var class="svelte-7o0w84">C</var><sub>option</sub>,
        share = savings / <var class="svelte-7o0w84">C</var><sub>baseline</sub></p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">Unit costs at ${escape_html(n(workload.requestsPerMonth))} requests of ${escape_html(n(unitCosts.tokensPerRequest))} tokens: ${escape_html(formatCompact(unitCosts.tokensPerMonth))} tokens a month</caption><thead class="svelte-7o0w84"><tr><th scope="col" class="svelte-7o0w84">Option</th><th scope="col" class="svelte-7o0w84">Monthly</th><th scope="col" class="svelte-7o0w84">Per 1M tokens</th><th scope="col" class="svelte-7o0w84">Per request</th></tr></thead><tbody><!--[-->`);
		const each_array_1 = ensure_array_like([unitCosts.api, unitCosts.selfHost]);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let option = each_array_1[$$index_1];
			$$renderer.push(`<tr><th scope="row" class="svelte-7o0w84">${escape_html(option.label)}</th><td class="svelte-7o0w84">${escape_html(formatUsd(option.monthlyUsd))}</td><td class="svelte-7o0w84">${escape_html(formatUsd(option.perMillionTokensUsd))}</td><td class="svelte-7o0w84">${escape_html(formatUsd(option.perRequestUsd))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table> <p>Against the baseline, ${escape_html(workload.baselineLabel)}: ${escape_html(formatUsd(savings.baselineUsd))} − ${escape_html(formatUsd(savings.optionUsd))} = ${escape_html(formatUsd(savings.monthlyUsd))} a month,
      ${escape_html(formatPercent(savings.share))} of the baseline's cost.</p></section> <section aria-labelledby="break-even" class="svelte-7o0w84"><h2 id="break-even">Break-even</h2> <p>The break-even volumes are where an option and the baseline swap places.
      An API's cost is a straight line in volume; a self-hosted fleet's is a
      staircase, one replica per step, so it can cross the line more than once.
      The search evaluates the difference in cost on a logarithmic grid from 1/${escape_html(n(breakEven.sweepFactor))} to ${escape_html(n(breakEven.sweepFactor))} times the scenario's volume, 24 points a decade.
      Wherever the two costs come within one replica step of each other, it also samples
      both sides of every step edge there, so no crossing falls between two samples;
      a price that runs parallel to the staircase crosses it at every step, and the
      list stops after 100 crossings. Each sign change is then pinned down by bisection
      in log space. With no sign change, the answer is "no break-even in range".</p> <p class="formula svelte-7o0w84">step width = 1 / (replicas per monthly request), edges at <var class="svelte-7o0w84">j</var> ·
      width for <var class="svelte-7o0w84">j</var> = 1, 2, …</p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">The break-even search for ${escape_html(serving.label)}</caption><thead class="svelte-7o0w84"><tr><th scope="col" class="svelte-7o0w84">Step</th><th scope="col" class="svelte-7o0w84">Value</th></tr></thead><tbody><tr><th scope="row" class="svelte-7o0w84">Volumes searched</th><td class="svelte-7o0w84">${escape_html(n(breakEven.sweepLow))} to ${escape_html(formatCompact(breakEven.sweepHigh))} requests
            a month</td></tr><tr><th scope="row" class="svelte-7o0w84">Requests a month one more replica serves</th><td class="svelte-7o0w84">${escape_html(n(breakEven.requestsPerReplica))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Step edges in range</th><td class="svelte-7o0w84">${escape_html(n(breakEven.stepEdges))}</td></tr>`);
		const each_array_2 = ensure_array_like(breakEven.crossings);
		if (each_array_2.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let crossing = each_array_2[$$index_2];
				$$renderer.push(`<tr><th scope="row" class="svelte-7o0w84">Crossing ${escape_html(crossing.number)}</th><td class="svelte-7o0w84">${escape_html(n(crossing.requestsPerMonth))} requests (${escape_html(formatCompact(crossing.tokensPerMonth))} tokens) a month: ${escape_html(formatUsd(crossing.optionUsd))} self-hosted against
              ${escape_html(formatUsd(crossing.baselineUsd))} for the baseline; self-hosting is
              cheaper
              ${escape_html(crossing.optionCheaperAbove ? "above" : "below")} it</td></tr>`);
			}
		} else $$renderer.push(`<!--[!--><tr><th scope="row" class="svelte-7o0w84">Crossings</th><td class="svelte-7o0w84">No break-even in range</td></tr>`);
		$$renderer.push(`<!--]--></tbody></table></section> <section aria-labelledby="price-range" class="svelte-7o0w84"><h2 id="price-range">Unannounced prices</h2> <p>A price that is not known is never $0: it is a low and a high price for
      input, cached input and output. Every cost is worked out three times — at
      the low price, the high price and their midpoint — and the option's card
      shows the midpoint with the range beside it; savings and break-even
      volumes are given at each end. For Muse Spark at launch (estimated $1–$5
      in, $4–$25 out per 1M tokens) and the default workload:</p> `);
		if (extras.priceRange) $$renderer.push(`<!--[0--><table class="svelte-7o0w84"><caption class="svelte-7o0w84">Muse Spark at its launch price range, default workload</caption><thead class="svelte-7o0w84"><tr><th scope="col" class="svelte-7o0w84">Price</th><th scope="col" class="svelte-7o0w84">Monthly cost</th></tr></thead><tbody><tr><th scope="row" class="svelte-7o0w84">Low</th><td class="svelte-7o0w84">${escape_html(formatUsd(extras.priceRange.low))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Middle (shown)</th><td class="svelte-7o0w84">${escape_html(formatUsd(extras.priceRange.mid))}</td></tr><tr><th scope="row" class="svelte-7o0w84">High</th><td class="svelte-7o0w84">${escape_html(formatUsd(extras.priceRange.high))}</td></tr></tbody></table>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <section aria-labelledby="article-figure" class="svelte-7o0w84"><h2 id="article-figure">The article's ${escape_html(formatPercent(extras.articleShare))}</h2> <p>The article's figure is shown beside yours, never used as a result. The
      page solves for the volume <var class="svelte-7o0w84">V</var> at which the self-hosted option
      saves that share against the baseline API: the first <var class="svelte-7o0w84">V</var> where</p> <p class="formula svelte-7o0w84">cost<sub>self</sub>(<var class="svelte-7o0w84">V</var>) ≤ (1 − ${escape_html(n(extras.articleShare, 2))}) ·
      cost<sub>API</sub>(<var class="svelte-7o0w84">V</var>)</p> <p>searched from 1 to 10<sup>13</sup> requests a month with the break-even
      method above. When no volume reaches it, fixed costs have faded and a
      fully busy fleet's cost per token still exceeds ${escape_html(formatPercent(1 - extras.articleShare))} of the API's; the page then gives the most the fleet saves at any volume. `);
		if (extras.articleTarget?.kind === "reached") $$renderer.push(`<!--[0-->For the default scenario it is reached at ${escape_html(formatCompact(extras.articleTarget.tokensPerMonth))}
        tokens a month.`);
		else if (extras.articleTarget?.kind === "best") $$renderer.push(`<!--[1-->For the default scenario it is not: a busy fleet costs ${escape_html(formatPercent(extras.articleTarget.fleetShareOfApi))} of the API per token, so the most it saves is ${escape_html(formatPercent(extras.articleTarget.share))}.`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p></section> <section aria-labelledby="cumulative" class="svelte-7o0w84"><h2 id="cumulative">Cumulative cost and payback</h2> <p>The cumulative chart adds up what is paid by the end of each month at
      today's volume. Owned GPUs (and their server share) are paid up front and
      again at the end of their life; setup is paid up front; everything else
      monthly:</p> <p class="formula svelte-7o0w84">paid(<var class="svelte-7o0w84">m</var>) = setup + purchases(<var class="svelte-7o0w84">m</var>) · <var class="svelte-7o0w84">N</var><sub>GPU</sub> · price + <var class="svelte-7o0w84">m</var> · (monthly cost − annualised hardware − spread setup)</p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">Default scenario, the fleet bought instead of rented, over ${escape_html(extras.cumulative.months)} months</caption><thead class="svelte-7o0w84"><tr><th scope="col" class="svelte-7o0w84">Option</th><th scope="col" class="svelte-7o0w84">Up front</th><th scope="col" class="svelte-7o0w84">Each month</th><th scope="col" class="svelte-7o0w84">After ${escape_html(extras.cumulative.months)} months</th></tr></thead><tbody><tr><th scope="row" class="svelte-7o0w84">${escape_html(workload.baselineLabel)}</th><td class="svelte-7o0w84">${escape_html(formatUsd(extras.cumulative.api.upfront))}</td><td class="svelte-7o0w84">${escape_html(formatUsd(extras.cumulative.api.monthly))}</td><td class="svelte-7o0w84">${escape_html(formatUsd(extras.cumulative.api.total))}</td></tr><tr><th scope="row" class="svelte-7o0w84">${escape_html(serving.label)}, owned</th><td class="svelte-7o0w84">${escape_html(formatUsd(extras.cumulative.owned.upfront))}</td><td class="svelte-7o0w84">${escape_html(formatUsd(extras.cumulative.owned.monthly))}</td><td class="svelte-7o0w84">${escape_html(formatUsd(extras.cumulative.owned.total))}</td></tr></tbody></table> <p>`);
		if (extras.cumulative.paybackMonth) $$renderer.push(`<!--[0-->The owned fleet has paid for itself by month ${escape_html(extras.cumulative.paybackMonth)}, where its line crosses the API's.`);
		else $$renderer.push(`<!--[-1-->The owned fleet does not pay for itself within ${escape_html(extras.cumulative.months)} months.`);
		$$renderer.push(`<!--]--></p></section> <section aria-labelledby="calibration" class="svelte-7o0w84"><h2 id="calibration">Efficiency factors and calibration</h2> <p>A roofline alone predicts what a GPU could do; serving stacks reach less.
      The factors below bring the estimate to what inference servers measure.
      They were fitted once, by coordinate descent, to nine published
      measurements (TensorRT-LLM, MLPerf, NVIDIA NIM and gpt-fast runs of Llama,
      DeepSeek and Qwen models on A100, H100 and H200), minimising the mean
      absolute log error plus half the worst one. On that set the median error
      is 5.9%. On 38 further published measurements the estimator was not fitted
      to (dense and mixture-of-experts models, batch 1 to the largest batch,
      A100, H100, H200, B200, L40S, MI300X and MI325X), the median error is 17%.
      It misses most on long generations of DeepSeek R1, on early ROCm software
      for the MI300X, on 16-bit prefill on the A100 and on FP4 on the B200,
      mostly by overestimating throughput, which underestimates the cost of
      self-hosting. A user with their own measured throughput can type it in the
      calculator's advanced section instead.</p> <table class="svelte-7o0w84"><caption class="svelte-7o0w84">Calibrated efficiency factors and fixed serving assumptions</caption><thead class="svelte-7o0w84"><tr><th scope="col" class="svelte-7o0w84">Factor</th><th scope="col" class="svelte-7o0w84">Symbol</th><th scope="col" class="svelte-7o0w84">Value</th></tr></thead><tbody><tr><th scope="row" class="svelte-7o0w84">Share of peak memory bandwidth reached decoding</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">η</var><sub>bw</sub></td><td class="svelte-7o0w84">${escape_html(formatPercent(efficiency.bandwidth))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Share of peak tensor FLOPS reached decoding</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">η</var><sub>compute</sub></td><td class="svelte-7o0w84">${escape_html(formatPercent(efficiency.compute))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Share of peak tensor FLOPS reached by prefill</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">η</var><sub>prefill</sub></td><td class="svelte-7o0w84">${escape_html(formatPercent(efficiency.prefill))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Routing one token to one expert in one layer</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">t</var><sub>route</sub></td><td class="svelte-7o0w84">${escape_html(n(efficiency.moeRoutingNs))} ns</td></tr><tr><th scope="row" class="svelte-7o0w84">Fixed time per decode step</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">t</var><sub>0</sub></td><td class="svelte-7o0w84">${escape_html(n(efficiency.stepOverheadMs, 2))} ms</td></tr><tr><th scope="row" class="svelte-7o0w84">Latency of one collective inside a server</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">t</var><sub>coll</sub></td><td class="svelte-7o0w84">${escape_html(n(efficiency.collectiveLatencyUs))} µs</td></tr><tr><th scope="row" class="svelte-7o0w84">Latency of one collective between servers (not fitted; beyond ${escape_html(n(efficiency.gpusPerNode))} GPUs, over ${escape_html(n(efficiency.interNodeGBs))} GB/s per GPU)</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">t</var><sub>coll</sub></td><td class="svelte-7o0w84">${escape_html(n(efficiency.interNodeCollectiveLatencyUs))} µs</td></tr><tr><th scope="row" class="svelte-7o0w84">Share of GPU memory usable (not fitted)</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">u</var></td><td class="svelte-7o0w84">${escape_html(formatPercent(efficiency.memoryUtilization))}</td></tr><tr><th scope="row" class="svelte-7o0w84">Memory reserved per GPU (not fitted)</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">M</var><sub>reserve</sub></td><td class="svelte-7o0w84">${escape_html(n(efficiency.reservePerGpuGB))} GB</td></tr><tr><th scope="row" class="svelte-7o0w84">Most requests batched (not fitted)</th><td class="svelte-7o0w84"><var class="svelte-7o0w84">B</var><sub>cap</sub></td><td class="svelte-7o0w84">${escape_html(n(efficiency.maxBatch))}</td></tr></tbody></table></section></article>`);
	});
}
export { _page as default };
