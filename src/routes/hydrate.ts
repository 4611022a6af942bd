/**
 * The calculator's one script: hydrates the prerendered page (+page.svelte renders it). Running
 * the modules, starting the number formats (see prepareFormats) and hydrating are three tasks, not
 * one long one during which a slow phone cannot answer a tap or a key.
 */
import { hydrate } from "svelte";
import { prepareFormats } from "$lib/format";
import CalculatorPage from "./CalculatorPage.svelte";

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

await nextTask();
prepareFormats();
await nextTask();
hydrate(CalculatorPage, { target: document.getElementById("calculator")! });
