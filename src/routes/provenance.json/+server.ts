/**
 * The catalog with its sources and notes, as a static JSON file written at build time. The
 * assumptions table fetches it after first paint: it is data, not code, so it stays out of the
 * page's JavaScript.
 */
import { json } from "@sveltejs/kit";
import { tablesWithProvenance } from "$lib/catalog/provenance";

export const prerender = true;

export const GET = () => json(tablesWithProvenance);
