import { a as head, b as escape_html, i as ensure_array_like, it as snapshot, n as bind_props, r as derived, s as stringify, t as attr_class, u as createContext, y as attr } from "../../chunks/server.js";
import { G as PERIODS_PER_MONTH, J as formatCompact, Q as findApiOffer, X as formatPercent, Y as formatNumber, Z as formatUsd, _ as workloadPath, a as DEFAULT_BASELINE, at as apiOffers, c as defaultWorkload, d as withGpu, et as offerLabel, f as withPricePoint, g as pricePointOf, h as optionPath, i as optionTitle, it as gpus, l as efficiencyPlaceholders, m as readScenario, n as BREAKDOWN_LABELS, nt as qualityRecords, o as apiForm, p as formPathOf, r as PERIOD_LABELS, rt as openModels, s as defaultOptions, t as articleComparison, tt as articleSaving, u as selfHostForm, v as evaluateScenario } from "../../chunks/shared2.js";
import "../../chunks/index-server.js";
// src/lib/components/ArticleFigure.svelte
function ArticleFigure($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { comparison } = $$props;
		const claim = articleSaving.label.charAt(0).toLowerCase() + articleSaving.label.slice(1);
		$$renderer.push(`<aside class="article-figure" aria-labelledby="article-figure-title"><h2 id="article-figure-title">The article's ${escape_html(formatPercent(articleSaving.share))}, and yours</h2> <p class="quote">The article: ${escape_html(claim)}. <span class="source">Source: ${escape_html(articleSaving.source)}</span></p> `);
		if (!comparison) $$renderer.push(`<!--[0--><p>Add a self-hosted option and make a per-token API the baseline to compare.</p>`);
		else {
			$$renderer.push("<!--[-1-->");
			const { today, target } = comparison;
			$$renderer.push(`<p>Your setup: ${escape_html(comparison.selfHostLabel)} `);
			if (today.kind === "cannot-run") $$renderer.push(`<!--[0-->cannot run as configured.`);
			else if (today.kind === "free-api") $$renderer.push(`<!--[1-->cannot save anything against ${escape_html(comparison.apiLabel)}, whose prices are set
        to $0.`);
			else if (today.kind === "saves") $$renderer.push(`<!--[2-->saves <strong>${escape_html(formatPercent(today.share))}</strong> against ${escape_html(comparison.apiLabel)}
        today.`);
			else $$renderer.push(`<!--[-1-->costs <strong>${escape_html(formatPercent(today.share))} more</strong> than ${escape_html(comparison.apiLabel)}
        today.`);
			$$renderer.push(`<!--]--></p> <p>`);
			if (target.kind === "reached") $$renderer.push(`<!--[0-->It would save ${escape_html(formatPercent(articleSaving.share))} from <strong>${escape_html(formatCompact(target.tokensPerMonth))} tokens a month</strong>.`);
			else if (target.kind === "best") $$renderer.push(`<!--[1-->It cannot reach ${escape_html(formatPercent(articleSaving.share))} at any volume: fixed
        costs fade as volume grows, but a fully busy fleet still costs ${escape_html(formatPercent(target.fleetShareOfApi))} of the API per token, so the most it saves is ${escape_html(formatPercent(target.share))}.`);
			else if (target.kind === "never-cheaper") $$renderer.push(`<!--[2-->It never becomes cheaper than the API at any volume: even fully busy,
        the fleet costs
        ${escape_html(formatPercent(target.fleetShareOfApi))} of the API per token.`);
			else $$renderer.push(`<!--[-1-->It cannot be compared at any volume.`);
			$$renderer.push(`<!--]--></p>`);
		}
		$$renderer.push(`<!--]--></aside>`);
	});
}
// src/lib/scenario/evaluate.ts
/**
* A scenario as the user wrote it, through to the engine's answer. The calculator and the
* comparison both take this one path, so a scenario costs the same wherever it is shown.
*/
function evaluateDoc(doc) {
	const { scenario, errors } = readScenario(doc.workload, doc.options, doc.baselineKey);
	if (!scenario) return {
		ok: false,
		errors,
		unplaced: null
	};
	const result = evaluateScenario(scenario);
	if (result.ok) return {
		ok: true,
		evaluation: {
			scenario,
			result: result.value
		}
	};
	const path = formPathOf(result.error.field, doc.options);
	return {
		ok: false,
		errors: path ? { [path]: result.error.message } : {},
		unplaced: path ? null : result.error.message
	};
}
// src/lib/scenario/workspace.ts
/**
* A workspace: the scenarios a user keeps side by side, one open for editing. It is what links,
* exported files and the browser's autosave hold.
*/
function defaultScenario(name = "Scenario 1") {
	return {
		name,
		workload: defaultWorkload(),
		options: defaultOptions(),
		baselineKey: DEFAULT_BASELINE
	};
}
function defaultWorkspace() {
	return {
		scenarios: [defaultScenario()],
		open: 0
	};
}
// src/lib/state/workspace.svelte.ts
var Workspace = class {
	scenarios = defaultWorkspace().scenarios;
	open = 0;
	#current = derived(() => this.scenarios[this.open] ?? this.scenarios[0]);
	get current() {
		return this.#current();
	}
	set current($$value) {
		return this.#current($$value);
	}
	snapshot() {
		return snapshot({
			scenarios: this.scenarios,
			open: this.open
		});
	}
	load(data) {
		this.scenarios = structuredClone(data.scenarios);
		this.open = Math.min(data.open, data.scenarios.length - 1);
	}
	select(index) {
		if (index >= 0 && index < this.scenarios.length) this.open = index;
	}
};
// src/lib/state/calculator.svelte.ts
var Calculator = class {
	/** The workspace whose open scenario this calculator edits. */
	workspace;
	constructor(workspace = new Workspace()) {
		this.workspace = workspace;
	}
	get workload() {
		return this.workspace.current.workload;
	}
	set workload(workload) {
		this.workspace.current.workload = workload;
	}
	get options() {
		return this.workspace.current.options;
	}
	set options(options) {
		this.workspace.current.options = options;
	}
	get baselineKey() {
		return this.workspace.current.baselineKey;
	}
	set baselineKey(key) {
		this.workspace.current.baselineKey = key;
	}
	/** The last change to the list of options, for a polite live region. */
	announcement = "";
	#nextKey = 1;
	/** Each scenario's last good evaluation, shown (marked stale) while its form holds a bad value. */
	#lastGood = /* @__PURE__ */ new WeakMap();
	#view = derived(
		/** The current evaluation, or the last good one while the form holds a bad value. */
		() => {
			const doc = this.workspace.current;
			const evaluated = evaluateDoc(doc);
			if (evaluated.ok) {
				this.#lastGood.set(doc, evaluated.evaluation);
				return {
					evaluation: evaluated.evaluation,
					stale: false,
					errors: {},
					unplaced: null
				};
			}
			return {
				evaluation: this.#lastGood.get(doc) ?? null,
				stale: true,
				errors: evaluated.errors,
				unplaced: evaluated.unplaced
			};
		}
	);
	get view() {
		return this.#view();
	}
	set view($$value) {
		return this.#view($$value);
	}
	#key(prefix) {
		let key;
		do
			key = `${prefix}-${this.#nextKey++}`;
		while (this.options.some((o) => o.key === key));
		return key;
	}
	#replace(key, update) {
		this.options = this.options.map((o) => o.key === key ? update(o) : o);
	}
	addApi(offerId = "gpt-5.4") {
		this.options.push(apiForm(this.#key("api"), offerId));
		this.announcement = `Added an API option, number ${this.options.length}.`;
	}
	addSelfHosted() {
		this.options.push(selfHostForm(this.#key("self"), "llama-3.3-70b", "h100-sxm", 2, "fp8"));
		this.announcement = `Added a self-hosted option, number ${this.options.length}.`;
	}
	remove(key) {
		if (this.options.length <= 2) return;
		const index = this.options.findIndex((o) => o.key === key);
		this.options = this.options.filter((o) => o.key !== key);
		if (this.baselineKey === key) this.baselineKey = this.options[0].key;
		this.announcement = `Removed option ${index + 1}; ${this.options.length} remain.`;
	}
	move(key, delta) {
		const from = this.options.findIndex((o) => o.key === key);
		const to = from + delta;
		if (from < 0 || to < 0 || to >= this.options.length) return;
		const next = [...this.options];
		[next[from], next[to]] = [next[to], next[from]];
		this.options = next;
		this.announcement = `Moved option ${from + 1} to position ${to + 1}.`;
	}
	pickOffer(key, offerId) {
		if (!findApiOffer(offerId)) return;
		this.#replace(key, (o) => o.kind === "api" ? {
			...apiForm(o.key, offerId),
			verbosity: o.verbosity
		} : o);
	}
	pickPricePoint(key, label) {
		this.#replace(key, (o) => {
			const offer = o.kind === "api" ? findApiOffer(o.offerId) : void 0;
			const point = offer?.prices.find((p) => p.label === label);
			return o.kind === "api" && offer && point ? withPricePoint(o, offer, point) : o;
		});
	}
	pickGpu(key, gpuId) {
		this.#replace(key, (o) => o.kind === "self-host" ? withGpu(o, gpuId) : o);
	}
};
var [getCalculator, setCalculator] = createContext();
// src/lib/present/pickers.ts
/** Catalog entries as picker items, grouped for the option cards' lists. */
var apiItems = apiOffers.map((offer) => ({
	id: offer.id,
	label: offer.kind === "proprietary" ? offerLabel(offer) : `${offer.model} — ${offer.vendor}`,
	group: offer.kind === "proprietary" ? `Proprietary: ${offer.vendor}` : "Hosted open-weight"
}));
var modelItems = openModels.map((model) => ({
	id: model.id,
	label: `${model.name} (${model.totalParamsB}B${model.moe ? `, ${model.activeParamsB}B active` : ""})`,
	group: model.family
}));
var gpuItems = gpus.map((gpu) => ({
	id: gpu.id,
	label: `${gpu.name} (${gpu.memoryGB} GB)`,
	group: gpu.vendor
}));
/** Models whose output tokens the workload can be counted in: those with measured token use. */
var referenceChoices = [...new Map(qualityRecords.map((q) => [q.id.split("@")[0], q.model])).entries()].map(([value, label]) => ({
	value,
	label
}));
// src/lib/components/CatalogPicker.svelte
function CatalogPicker($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A catalog entry chosen from a list that a search box narrows. */
		let { id, label, items, value, onpick } = $$props;
		let query = "";
		const words = derived(() => query.toLowerCase().split(/\s+/).filter(Boolean));
		const shown = derived(() => items.filter((item) => item.id === value || words().every((w) => `${item.label} ${item.group}`.toLowerCase().includes(w))));
		const groups = derived(() => [...new Set(shown().map((item) => item.group))]);
		const matches = derived(() => shown().filter((item) => item.id !== value || words().length === 0).length);
		$$renderer.push(`<div class="field picker"><label${attr("for", id)}>${escape_html(label)}</label> <input${attr("id", `${stringify(id)}-search`)} type="search" placeholder="Search"${attr("aria-label", `Search ${stringify(label.toLowerCase())}`)}${attr("aria-controls", id)}${attr("aria-describedby", `${stringify(id)}-count`)}${attr("value", query)}/> `);
		$$renderer.select({
			id,
			value,
			onchange: (event) => onpick(event.currentTarget.value)
		}, ($$renderer) => {
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(groups());
			for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
				let group = each_array[$$index_1];
				$$renderer.push(`<optgroup${attr("label", group)}><!--[-->`);
				const each_array_1 = ensure_array_like(shown().filter((item) => item.group === group));
				for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
					let item = each_array_1[$$index];
					$$renderer.option({ value: item.id }, ($$renderer) => {
						$$renderer.push(`${escape_html(item.label)}`);
					});
				}
				$$renderer.push(`<!--]--></optgroup>`);
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(` <p class="hint"${attr("id", `${stringify(id)}-count`)} aria-live="polite">${escape_html(words().length ? `${matches()} of ${items.length} match` : `${items.length} to choose from`)}</p></div>`);
	});
}
// src/lib/components/NumberField.svelte
function NumberField($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { id, label, value = void 0, unit, error, hint, placeholder } = $$props;
		const describedBy = derived(() => [
			unit && `${id}-unit`,
			error && `${id}-error`,
			hint && `${id}-hint`
		].filter(Boolean).join(" ") || void 0);
		$$renderer.push(`<div${attr_class("field", void 0, { "invalid": !!error })}><label${attr("for", id)}>${escape_html(label)}</label> <div class="control"><input${attr("id", id)} type="text" inputmode="decimal" autocomplete="off" spellcheck="false"${attr("maxlength", 64)}${attr("value", value)}${attr("placeholder", placeholder)}${attr("aria-invalid", error ? "true" : void 0)}${attr("aria-describedby", describedBy())}/> `);
		if (unit) $$renderer.push(`<!--[0--><span class="unit"${attr("id", `${stringify(id)}-unit`)}>${escape_html(unit)}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		if (hint) $$renderer.push(`<!--[0--><p class="hint"${attr("id", `${stringify(id)}-hint`)}>${escape_html(hint)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (error) $$renderer.push(`<!--[0--><p class="error"${attr("id", `${stringify(id)}-error`)}>${escape_html(error)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
		bind_props($$props, { value });
	});
}
// src/lib/components/SelectField.svelte
function SelectField($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { id, label, value = void 0, choices, onchange } = $$props;
		$$renderer.push(`<div class="field"><label${attr("for", id)}>${escape_html(label)}</label> `);
		$$renderer.select({
			id,
			value,
			onchange: () => onchange?.(value)
		}, ($$renderer) => {
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(choices);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let choice = each_array[$$index];
				$$renderer.option({ value: choice.value }, ($$renderer) => {
					$$renderer.push(`${escape_html(choice.label)}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`</div>`);
		bind_props($$props, { value });
	});
}
// src/lib/components/ApiFields.svelte
function ApiFields($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { form = void 0 } = $$props;
		const calculator = getCalculator();
		const errors = derived(() => calculator.view.errors);
		const offer = derived(() => findApiOffer(form.offerId));
		const point = derived(() => pricePointOf(form));
		const ranged = derived(() => point()?.quote.status === "unannounced");
		const points = derived(() => (offer()?.prices ?? []).map((p) => ({
			value: p.label,
			label: `${p.label} (${p.asOf})`
		})));
		const PRICE_FIELDS = [
			["input", "Input price"],
			["cached", "Cached input price"],
			["output", "Output price"]
		];
		const id = (field) => `${form.key}-${field.replaceAll(".", "-")}`;
		const error = (field) => errors()[optionPath(form.key, field)];
		function priceRow($$renderer, group, suffix) {
			$$renderer.push(`<div class="row three"><!--[-->`);
			const each_array = ensure_array_like(PRICE_FIELDS);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let [field, name] = each_array[$$index];
				NumberField($$renderer, {
					id: id(`${group}.${field}`),
					label: `${stringify(name)}${stringify(suffix)}`,
					unit: "$/1M",
					error: error(`${group}.${field}`),
					get value() {
						return form[group][field];
					},
					set value($$value) {
						form[group][field] = $$value;
						$$settled = false;
					}
				});
			}
			$$renderer.push(`<!--]--></div>`);
		}
		let $$settled = true;
		let $$inner_renderer;
		function $$render_inner($$renderer) {
			CatalogPicker($$renderer, {
				id: id("offer"),
				label: "Model and provider",
				items: apiItems,
				value: form.offerId,
				onpick: (offerId) => calculator.pickOffer(form.key, offerId)
			});
			$$renderer.push(`<!----> `);
			if (points().length > 1) {
				$$renderer.push("<!--[0-->");
				SelectField($$renderer, {
					id: id("price-point"),
					label: "Price",
					value: form.pricePoint,
					choices: points(),
					onchange: (label) => calculator.pickPricePoint(form.key, label)
				});
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (ranged()) {
				$$renderer.push(`<!--[0--><p class="note">Price not announced: enter the range to consider. Costs are shown at the
    low, middle and high price.</p> `);
				priceRow($$renderer, "low", ", low");
				$$renderer.push(`<!----> `);
				priceRow($$renderer, "high", ", high");
				$$renderer.push(`<!---->`);
			} else {
				$$renderer.push("<!--[-1-->");
				priceRow($$renderer, "prices", "");
			}
			$$renderer.push(`<!--]--> <div class="row">`);
			NumberField($$renderer, {
				id: id("batch-discount"),
				label: "Batch discount",
				unit: "%",
				error: error("batchDiscountPercent"),
				get value() {
					return form.batchDiscountPercent;
				},
				set value($$value) {
					form.batchDiscountPercent = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----> `);
			NumberField($$renderer, {
				id: id("verbosity"),
				label: "Verbosity",
				unit: "×",
				error: error("verbosity"),
				placeholder: "from index tokens",
				hint: "Output tokens per reference token; empty: from the Intelligence Index",
				get value() {
					return form.verbosity;
				},
				set value($$value) {
					form.verbosity = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----></div>`);
		}
		do {
			$$settled = true;
			$$inner_renderer = $$renderer.copy();
			$$render_inner($$inner_renderer);
		} while (!$$settled);
		$$renderer.subsume($$inner_renderer);
		bind_props($$props, { form });
	});
}
// src/lib/components/SelfHostFields.svelte
function SelfHostFields($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { form = void 0 } = $$props;
		const calculator = getCalculator();
		const errors = derived(() => calculator.view.errors);
		const id = (field) => `${form.key}-${field}`;
		const error = (field) => errors()[optionPath(form.key, field)];
		const weights = [
			{
				value: "bf16",
				label: "BF16"
			},
			{
				value: "fp8",
				label: "FP8"
			},
			{
				value: "int8",
				label: "INT8"
			},
			{
				value: "fp4",
				label: "FP4"
			},
			{
				value: "int4",
				label: "INT4 (weight-only)"
			}
		];
		const kv = [{
			value: "bf16",
			label: "BF16"
		}, {
			value: "fp8",
			label: "FP8"
		}];
		const hosting = [{
			value: "rented",
			label: "Rented GPUs"
		}, {
			value: "owned",
			label: "Owned GPUs"
		}];
		/** A number field of the form: its key, the id suffix and what the user reads. */
		/** The form's free-text number fields (the rest are picks from lists). */
		const OWNED = [
			[{
				key: "usdPerGpu",
				id: "price",
				label: "GPU and server share",
				unit: "$/GPU"
			}, {
				key: "years",
				id: "years",
				label: "Years of use",
				unit: "years"
			}],
			[{
				key: "costOfCapitalPercent",
				id: "capital",
				label: "Cost of capital",
				unit: "%/year"
			}, {
				key: "pue",
				id: "pue",
				label: "PUE",
				unit: "×"
			}],
			[{
				key: "usdPerKwh",
				id: "kwh",
				label: "Electricity",
				unit: "$/kWh"
			}, {
				key: "colocationUsdPerKwMonth",
				id: "colo",
				label: "Colocation",
				unit: "$/kW-month"
			}]
		];
		const TEAM = [[{
			key: "engineerFte",
			id: "fte",
			label: "Engineers",
			unit: "FTE"
		}, {
			key: "engineerUsdPerYear",
			id: "salary",
			label: "Cost per engineer",
			unit: "$/year"
		}], [{
			key: "setupUsd",
			id: "setup",
			label: "Setup (spread over 12 months)",
			unit: "$"
		}, {
			key: "otherUsdPerMonth",
			id: "other",
			label: "Other",
			unit: "$/month"
		}]];
		const CAPACITY = [[{
			key: "headroomPercent",
			id: "headroom",
			label: "Peak utilisation target",
			unit: "%"
		}, {
			key: "minReplicas",
			id: "min-replicas",
			label: "Minimum replicas"
		}], [{
			key: "verbosity",
			id: "verbosity",
			label: "Verbosity",
			unit: "×",
			placeholder: "from index tokens"
		}]];
		const EFFICIENCY = [[
			{
				key: "bandwidthPercent",
				id: "bandwidth",
				label: "Memory bandwidth reached",
				unit: "%",
				placeholder: efficiencyPlaceholders.bandwidthPercent
			},
			{
				key: "computePercent",
				id: "compute",
				label: "Decode FLOPS reached",
				unit: "%",
				placeholder: efficiencyPlaceholders.computePercent
			},
			{
				key: "prefillPercent",
				id: "prefill",
				label: "Prefill FLOPS reached",
				unit: "%",
				placeholder: efficiencyPlaceholders.prefillPercent
			}
		], [{
			key: "measuredOutputTokensPerSecond",
			id: "measured",
			label: "Measured throughput per replica",
			unit: "output tokens/s",
			hint: "Your own measurement at the latency target, used instead of the estimate"
		}]];
		function field($$renderer, f) {
			NumberField($$renderer, {
				id: id(f.id),
				label: f.label,
				unit: f.unit,
				error: error(f.key),
				placeholder: f.placeholder,
				hint: f.hint,
				get value() {
					return form[f.key];
				},
				set value($$value) {
					form[f.key] = $$value;
					$$settled = false;
				}
			});
		}
		function rows($$renderer, groups) {
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(groups);
			for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
				let group = each_array[$$index_1];
				if (group.length === 1) {
					$$renderer.push("<!--[0-->");
					field($$renderer, group[0]);
				} else {
					$$renderer.push(`<!--[-1--><div${attr_class("row", void 0, { "three": group.length === 3 })}><!--[-->`);
					const each_array_1 = ensure_array_like(group);
					for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
						let f = each_array_1[$$index];
						field($$renderer, f);
					}
					$$renderer.push(`<!--]--></div>`);
				}
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]-->`);
		}
		let $$settled = true;
		let $$inner_renderer;
		function $$render_inner($$renderer) {
			CatalogPicker($$renderer, {
				id: id("model"),
				label: "Open-weight model",
				items: modelItems,
				value: form.modelId,
				onpick: (modelId) => form.modelId = modelId
			});
			$$renderer.push(`<!----> `);
			CatalogPicker($$renderer, {
				id: id("gpu"),
				label: "GPU",
				items: gpuItems,
				value: form.gpuId,
				onpick: (gpuId) => calculator.pickGpu(form.key, gpuId)
			});
			$$renderer.push(`<!----> <div class="row three">`);
			NumberField($$renderer, {
				id: id("gpus"),
				label: "GPUs per replica",
				error: error("gpusPerReplica"),
				get value() {
					return form.gpusPerReplica;
				},
				set value($$value) {
					form.gpusPerReplica = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----> `);
			SelectField($$renderer, {
				id: id("weights"),
				label: "Weights",
				choices: weights,
				get value() {
					return form.weights;
				},
				set value($$value) {
					form.weights = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----> `);
			SelectField($$renderer, {
				id: id("kv"),
				label: "KV cache",
				choices: kv,
				get value() {
					return form.kv;
				},
				set value($$value) {
					form.kv = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----></div> `);
			SelectField($$renderer, {
				id: id("hosting"),
				label: "Hosting",
				choices: hosting,
				get value() {
					return form.hosting;
				},
				set value($$value) {
					form.hosting = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----> `);
			if (form.hosting === "rented") {
				$$renderer.push("<!--[0-->");
				NumberField($$renderer, {
					id: id("rent"),
					label: "Rent",
					unit: "$/GPU-hour",
					error: error("usdPerGpuHour"),
					get value() {
						return form.usdPerGpuHour;
					},
					set value($$value) {
						form.usdPerGpuHour = $$value;
						$$settled = false;
					}
				});
			} else {
				$$renderer.push("<!--[-1-->");
				rows($$renderer, OWNED);
			}
			$$renderer.push(`<!--]--> `);
			rows($$renderer, TEAM);
			$$renderer.push(`<!----> <details class="advanced"><summary>Advanced: capacity planning and efficiency</summary> `);
			rows($$renderer, CAPACITY);
			$$renderer.push(`<!----> <p class="note">Efficiency factors are calibrated against published measurements; leave
    empty to use them.</p> `);
			rows($$renderer, EFFICIENCY);
			$$renderer.push(`<!----></details>`);
		}
		do {
			$$settled = true;
			$$inner_renderer = $$renderer.copy();
			$$render_inner($$inner_renderer);
		} while (!$$settled);
		$$renderer.subsume($$inner_renderer);
		bind_props($$props, { form });
	});
}
// src/lib/components/OptionCard.svelte
function OptionCard($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { form = void 0, index, count, title } = $$props;
		const calculator = getCalculator();
		const kindLabel = derived(() => form.kind === "api" ? "Per-token API" : "Self-hosted");
		let $$settled = true;
		let $$inner_renderer;
		function $$render_inner($$renderer) {
			$$renderer.push(`<fieldset class="panel option"${attr("aria-labelledby", `${stringify(form.key)}-title`)}><div class="option-head"><h3${attr("id", `${stringify(form.key)}-title`)} tabindex="-1"><span class="kind">${escape_html(kindLabel())}</span> ${escape_html(title)}</h3> <label class="baseline"><input type="radio" name="baseline"${attr("value", form.key)}${attr("aria-label", `Baseline: ${stringify(title)}`)}${attr("checked", calculator.baselineKey === form.key, true)}/> Baseline</label></div> `);
			if (form.kind === "api") {
				$$renderer.push("<!--[0-->");
				ApiFields($$renderer, {
					get form() {
						return form;
					},
					set form($$value) {
						form = $$value;
						$$settled = false;
					}
				});
			} else {
				$$renderer.push("<!--[-1-->");
				SelfHostFields($$renderer, {
					get form() {
						return form;
					},
					set form($$value) {
						form = $$value;
						$$settled = false;
					}
				});
			}
			$$renderer.push(`<!--]--> <div class="option-actions"><button type="button"${attr("id", `${stringify(form.key)}-up`)}${attr("disabled", index === 0, true)}${attr("aria-label", `Move ${stringify(title)} up`)}>↑ Up</button> <button type="button"${attr("id", `${stringify(form.key)}-down`)}${attr("disabled", index === count - 1, true)}${attr("aria-label", `Move ${stringify(title)} down`)}>↓ Down</button> <button type="button" class="danger"${attr("disabled", count <= 2, true)}${attr("aria-label", `Remove ${stringify(title)}`)}>Remove</button></div></fieldset>`);
		}
		do {
			$$settled = true;
			$$inner_renderer = $$renderer.copy();
			$$render_inner($$inner_renderer);
		} while (!$$settled);
		$$renderer.subsume($$inner_renderer);
		bind_props($$props, { form });
	});
}
// src/lib/present/headline.ts
var tokens = (n) => `${formatCompact(n)} tokens/month`;
/** The crossing nearest today's volume: a staircase can cross a price line many times. */
function nearestCrossing(crossings, result) {
	return [...crossings].sort((a, b) => Math.abs(Math.log(a.tokensPerMonth / result.tokensPerMonth)) - Math.abs(Math.log(b.tokensPerMonth / result.tokensPerMonth)))[0];
}
function breakEvenClause(crossings, result) {
	const mid = crossings.filter((c) => c.priceCase === "mid");
	if (mid.length === 0) return `no break-even between ${formatCompact(result.sweep.low * (result.tokensPerMonth / result.requestsPerMonth))} and ${tokens(result.sweep.high * (result.tokensPerMonth / result.requestsPerMonth))}`;
	const nearest = nearestCrossing(mid, result);
	const more = mid.length > 1 ? ` (one of ${mid.length} crossings)` : "";
	return `break-even at ${tokens(nearest.tokensPerMonth)}${more}`;
}
function rangeNote(options) {
	const ranged = options.filter((o) => o.monthlyCostRange);
	return ranged.length ? `, taking the middle of ${ranged.map((o) => o.label).join(" and ")}'s unannounced price range` : "";
}
function headline(result) {
	const baseline = result.options.find((o) => o.id === result.baselineId);
	if (baseline.monthlyCostUsd === null) return `${baseline.label}, the baseline, cannot run as configured: see its card.`;
	const costed = result.options.filter((o) => o.monthlyCostUsd !== null);
	if (costed.length < 2) {
		const stuck = result.options.filter((o) => o.monthlyCostUsd === null).map((o) => o.label);
		return `Only ${baseline.label} can be costed: ${stuck.join(" and ")} cannot run as configured.`;
	}
	const byCost = [...costed].sort((a, b) => a.monthlyCostUsd - b.monthlyCostUsd);
	const cheapest = byCost[0];
	const volume = tokens(result.tokensPerMonth);
	const crossingsWith = (id) => result.breakEven.filter((b) => b.optionId === id);
	if (cheapest.id !== baseline.id) {
		const saving = result.savingsVsBaseline.find((s) => s.optionId === cheapest.id);
		return `${cheapest.label} saves ${formatPercent(saving.share)} vs ${baseline.label} at ${volume}; ${breakEvenClause(crossingsWith(cheapest.id), result)}${rangeNote([cheapest, baseline])}.`;
	}
	const runnerUp = byCost[1];
	const more = baseline.monthlyCostUsd > 0 ? formatPercent(runnerUp.monthlyCostUsd / baseline.monthlyCostUsd - 1) : formatUsd(runnerUp.monthlyCostUsd - baseline.monthlyCostUsd);
	return `${baseline.label} is the cheapest at ${volume}: ${runnerUp.label} costs ${more} more; ${breakEvenClause(crossingsWith(runnerUp.id), result)}${rangeNote([runnerUp, baseline])}.`;
}
/**
* For an option or baseline whose price is an unannounced range: what the option saves and where
* it breaks even at the low and the high end of that range.
*/
function priceRangeNote(result, optionId) {
	const option = result.options.find((o) => o.id === optionId);
	const baseline = result.options.find((o) => o.id === result.baselineId);
	if (!option || !baseline || option === baseline) return null;
	if (!(option.monthlyCostRange ?? baseline.monthlyCostRange) || option.monthlyCostUsd === null || baseline.monthlyCostUsd === null) return null;
	const cost = (o, end) => o.monthlyCostRange?.[end] ?? o.monthlyCostUsd;
	const saving = (end) => {
		const share = 1 - cost(option, end) / cost(baseline, end);
		return share >= 0 ? `saves ${formatPercent(share)}` : `costs ${formatPercent(-share)} more`;
	};
	const crossing = (end) => {
		const at = nearestCrossing(result.breakEven.filter((b) => b.optionId === optionId && b.priceCase === end), result);
		return at ? tokens(at.tokensPerMonth) : "none in range";
	};
	return `At the low price: ${saving("low")}, break-even ${crossing("low")}. At the high price: ${saving("high")}, break-even ${crossing("high")}.`;
}
/** An option's card line against the baseline: "Saves $25,412 (53%) vs baseline". */
function savingsLine(savings) {
	const amount = formatUsd(Math.abs(savings.monthlyUsd));
	const share = savings.share === null ? "" : ` (${formatPercent(Math.abs(savings.share))})`;
	return savings.monthlyUsd >= 0 ? `Saves ${amount}${share} vs baseline` : `Costs ${amount}${share} more than baseline`;
}
// src/lib/components/ResultCard.svelte
function ResultCard($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Savings and break-even at each end of an unannounced price range. */
		let { option, savings, baseline, rangeNote = null } = $$props;
		const lines = derived(() => option.breakdown.filter((line) => line.usd > 0));
		$$renderer.push(`<article class="result"${attr("aria-labelledby", `result-${stringify(option.id)}`)}><h3${attr("id", `result-${stringify(option.id)}`)}>${escape_html(option.label)}</h3> `);
		if (option.monthlyCostUsd === null) $$renderer.push(`<!--[0--><p class="cost unavailable">Cannot run</p>`);
		else {
			$$renderer.push(`<!--[-1--><p class="cost"><span class="amount"${attr("data-testid", `monthly-${stringify(option.id)}`)}>${escape_html(formatUsd(option.monthlyCostUsd))}</span> <span class="per">a month`);
			if (option.monthlyCostRange) $$renderer.push(`<!--[0-->, at the middle of the price range`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></span></p> `);
			if (option.monthlyCostRange) $$renderer.push(`<!--[0--><p class="range">Range ${escape_html(formatUsd(option.monthlyCostRange.low))} – ${escape_html(formatUsd(option.monthlyCostRange.high))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p class="comparison">`);
			if (baseline) $$renderer.push(`<!--[0-->Baseline`);
			else if (savings) $$renderer.push(`<!--[1-->${escape_html(savingsLine(savings))}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p> `);
			if (rangeNote) $$renderer.push(`<!--[0--><p class="range">${escape_html(rangeNote)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <dl class="unit-costs"><div><dt>Per 1M tokens</dt> <dd>${escape_html(formatUsd(option.costPerMillionTokensUsd))}</dd></div> <div><dt>Per request</dt> <dd>${escape_html(formatUsd(option.costPerRequestUsd))}</dd></div></dl> `);
			if (option.serving) {
				$$renderer.push("<!--[0-->");
				const s = option.serving;
				$$renderer.push(`<dl class="serving"><div><dt>GPUs</dt> <dd>${escape_html(s.gpus)} (${escape_html(s.replicas)} × ${escape_html(s.gpusPerReplica)})</dd></div> <div><dt>Batch per replica</dt> <dd>${escape_html(formatNumber(s.batch))} of ${escape_html(formatNumber(s.maxConcurrency))}</dd></div> <div><dt>Speed per user</dt> <dd>${escape_html(formatNumber(s.perUserOutputTokensPerSecond, 1))} tokens/s</dd></div> <div><dt>First token</dt> <dd>${escape_html(formatNumber(s.timeToFirstTokenSeconds, 2))} s</dd></div> <div><dt>Utilisation</dt> <dd>${escape_html(formatPercent(s.utilization))}</dd></div></dl>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <details><summary>Breakdown</summary> <table class="breakdown"><caption class="visually-hidden">Monthly cost of ${escape_html(option.label)} by item</caption><tbody><!--[-->`);
			const each_array = ensure_array_like(lines());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let line = each_array[$$index];
				$$renderer.push(`<tr><th scope="row">${escape_html(BREAKDOWN_LABELS[line.key] ?? line.key)}</th><td>${escape_html(formatUsd(line.usd))}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></details>`);
		}
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array_1 = ensure_array_like(option.warnings);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let warning = each_array_1[$$index_1];
			$$renderer.push(`<p class="warning"${attr("data-code", warning.code)}><span aria-hidden="true">⚠</span> ${escape_html(warning.message)}</p>`);
		}
		$$renderer.push(`<!--]--></article>`);
	});
}
// src/lib/components/WorkloadPanel.svelte
function WorkloadPanel($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const calculator = getCalculator();
		const errors = derived(() => calculator.view.errors);
		const periods = Object.keys(PERIODS_PER_MONTH).map((value) => ({
			value,
			label: PERIOD_LABELS[value]
		}));
		let $$settled = true;
		let $$inner_renderer;
		function $$render_inner($$renderer) {
			$$renderer.push(`<fieldset class="panel"><legend>Workload</legend> <div class="row">`);
			NumberField($$renderer, {
				id: "rate",
				label: "Requests per period",
				error: errors()[workloadPath("rate")],
				get value() {
					return calculator.workload.rate;
				},
				set value($$value) {
					calculator.workload.rate = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----> `);
			SelectField($$renderer, {
				id: "period",
				label: "Period",
				choices: periods,
				get value() {
					return calculator.workload.period;
				},
				set value($$value) {
					calculator.workload.period = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----></div> <div class="row">`);
			NumberField($$renderer, {
				id: "input-tokens",
				label: "Input per request",
				unit: "tokens",
				error: errors()[workloadPath("inputTokens")],
				get value() {
					return calculator.workload.inputTokens;
				},
				set value($$value) {
					calculator.workload.inputTokens = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----> `);
			NumberField($$renderer, {
				id: "output-tokens",
				label: "Output per request",
				unit: "tokens",
				error: errors()[workloadPath("outputTokens")],
				get value() {
					return calculator.workload.outputTokens;
				},
				set value($$value) {
					calculator.workload.outputTokens = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----></div> `);
			SelectField($$renderer, {
				id: "reference-model",
				label: "Output tokens as written by",
				choices: referenceChoices,
				get value() {
					return calculator.workload.referenceModel;
				},
				set value($$value) {
					calculator.workload.referenceModel = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----> <div class="row">`);
			NumberField($$renderer, {
				id: "cached",
				label: "Input from prompt cache",
				unit: "%",
				error: errors()[workloadPath("cachedPercent")],
				get value() {
					return calculator.workload.cachedPercent;
				},
				set value($$value) {
					calculator.workload.cachedPercent = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----> `);
			NumberField($$renderer, {
				id: "batch",
				label: "Traffic that can wait",
				unit: "%",
				error: errors()[workloadPath("batchPercent")],
				get value() {
					return calculator.workload.batchPercent;
				},
				set value($$value) {
					calculator.workload.batchPercent = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----></div> `);
			NumberField($$renderer, {
				id: "peak",
				label: "Peak-to-average",
				unit: "×",
				error: errors()[workloadPath("peakToAverage")],
				hint: "Busiest hour over the month's average",
				get value() {
					return calculator.workload.peakToAverage;
				},
				set value($$value) {
					calculator.workload.peakToAverage = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----> <div class="row">`);
			NumberField($$renderer, {
				id: "min-tps",
				label: "Speed per user",
				unit: "tokens/s",
				error: errors()[workloadPath("minTokensPerSecond")],
				get value() {
					return calculator.workload.minTokensPerSecond;
				},
				set value($$value) {
					calculator.workload.minTokensPerSecond = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----> `);
			NumberField($$renderer, {
				id: "max-ttft",
				label: "First token within",
				unit: "s",
				error: errors()[workloadPath("maxTimeToFirstTokenSeconds")],
				get value() {
					return calculator.workload.maxTimeToFirstTokenSeconds;
				},
				set value($$value) {
					calculator.workload.maxTimeToFirstTokenSeconds = $$value;
					$$settled = false;
				}
			});
			$$renderer.push(`<!----></div></fieldset>`);
		}
		do {
			$$settled = true;
			$$inner_renderer = $$renderer.copy();
			$$render_inner($$inner_renderer);
		} while (!$$settled);
		$$renderer.subsume($$inner_renderer);
	});
}
// src/routes/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const calculator = new Calculator();
		setCalculator(calculator);
		const evaluation = derived(() => calculator.view.evaluation);
		const stale = derived(() => calculator.view.stale);
		const answer = derived(() => evaluation() && headline(evaluation().result));
		const article = derived(() => evaluation() && articleComparison(evaluation().scenario, evaluation().result));
		derived(() => null);
		let $$settled = true;
		let $$inner_renderer;
		function $$render_inner($$renderer) {
			head("1uha8ag", $$renderer, ($$renderer) => {
				$$renderer.title(($$renderer) => {
					$$renderer.push(`<title>Breakeven — self-host an open-weight LLM or pay an API?</title>`);
				});
				$$renderer.push(`<meta name="description" content="Monthly cost of a proprietary LLM API against self-hosting an open-weight model on GPUs: savings, break-even volume, and the GPUs it takes."/>`);
			});
			$$renderer.push(`<div class="workspace-slot">`);
			$$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> `);
			{
				$$renderer.push(`<!--[-1--><div class="layout"><section${attr_class("answer", void 0, { "stale": stale() })} aria-labelledby="answer-title" data-testid="answer"><h1 id="answer-title" class="visually-hidden">The answer</h1> `);
				if (stale()) $$renderer.push(`<!--[0--><p class="stale-banner" role="status">Showing the last valid result: ${escape_html(calculator.view.unplaced ?? "fix the field marked in red to update it.")}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (evaluation() && answer()) {
					$$renderer.push(`<!--[0--><p class="headline" data-testid="headline" aria-live="polite">`);
					if (stale()) $$renderer.push(`<!--[0--><span class="stale-badge">Out of date</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> ${escape_html(answer())}</p> <div class="results"><!--[-->`);
					const each_array = ensure_array_like(evaluation().result.options);
					for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
						let option = each_array[$$index];
						ResultCard($$renderer, {
							option,
							savings: evaluation().result.savingsVsBaseline.find((s) => s.optionId === option.id),
							baseline: option.id === evaluation().result.baselineId,
							rangeNote: priceRangeNote(evaluation().result, option.id)
						});
					}
					$$renderer.push(`<!--]--></div> `);
					ArticleFigure($$renderer, { comparison: article() });
					$$renderer.push(`<!---->`);
				} else $$renderer.push(`<!--[-1--><p class="headline">Enter a workload and two options to compare.</p>`);
				$$renderer.push(`<!--]--></section> <section class="inputs" aria-labelledby="inputs-title"><h2 id="inputs-title">Your usage and options</h2> `);
				WorkloadPanel($$renderer, {});
				$$renderer.push(`<!----> <!--[-->`);
				const each_array_1 = ensure_array_like(calculator.options);
				for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
					let form = each_array_1[i];
					OptionCard($$renderer, {
						index: i,
						count: calculator.options.length,
						title: optionTitle(form),
						get form() {
							return calculator.options[i];
						},
						set form($$value) {
							calculator.options[i] = $$value;
							$$settled = false;
						}
					});
				}
				$$renderer.push(`<!--]--> <p class="visually-hidden" aria-live="polite">${escape_html(calculator.announcement)}</p> <div class="add-options"><button type="button" id="add-api">Add an API</button> <button type="button">Add self-hosting</button></div></section> `);
				$$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <div class="details">`);
				$$renderer.push(`<!--[-1--><section class="assumptions" aria-labelledby="assumptions-title"><h2 id="assumptions-title">Assumptions</h2> <p>The preset values in use, with their sources, load with the page's
            scripts.</p></section>`);
				$$renderer.push(`<!--]--></div></div>`);
			}
			$$renderer.push(`<!--]-->`);
		}
		do {
			$$settled = true;
			$$inner_renderer = $$renderer.copy();
			$$render_inner($$inner_renderer);
		} while (!$$settled);
		$$renderer.subsume($$inner_renderer);
	});
}
export { _page as default };
