/**
 * The calculator's one script: hydrates the prerendered page (+page.svelte renders it). Running
 * the modules, starting the number formats (see prepareFormats), computing the first answer and
 * hydrating are four tasks, not one long one during which a slow phone cannot answer a tap or a
 * key.
 */
import { hydrate } from "svelte";
import { prepareFormats } from "$lib/format";
import { Calculator } from "$lib/state/calculator.svelte";
import CalculatorPage from "./CalculatorPage.svelte";

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
// No first answer needs the article's figure: its code is fetched alongside the first tasks.
const articlePanel = import("$lib/components/ArticlePanel.svelte").then(
  (module) => module.default,
);

await nextTask();
prepareFormats();
await nextTask();
const calculator = new Calculator();
// Read once, the answer is kept until an input changes: hydrating reads it again at no cost.
void calculator.view;
await nextTask();
hydrate(CalculatorPage, {
  target: document.getElementById("calculator")!,
  props: { calculator, articlePanel },
});
