// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import CatalogPicker from "../../../src/lib/components/CatalogPicker.svelte";
import { apiItems } from "../../../src/lib/present/pickers";

/** The API model picker, on Muse Spark, reporting picks to `onpick`. */
const renderPicker = (onpick: (id: string) => void = () => {}) =>
  render(CatalogPicker, {
    id: "offer",
    label: "Model",
    items: apiItems,
    value: "muse-spark",
    onpick,
  });

describe("CatalogPicker", () => {
  it("narrows the list as the user searches, keeping the current pick", async () => {
    renderPicker();
    const select = screen.getByLabelText("Model") as HTMLSelectElement;
    // Until the browser is idle or the picker is used, only the pick is listed.
    expect([...select.options].map((o) => o.value)).toEqual(["muse-spark"]);
    await fireEvent.focus(select);
    expect(select.options.length).toBe(apiItems.length);
    await fireEvent.input(screen.getByLabelText("Search model"), {
      target: { value: "claude opus" },
    });
    const shown = [...select.options].map((o) => o.value);
    expect(shown).toContain("claude-opus-4.6");
    expect(shown).toContain("muse-spark");
    expect(shown).not.toContain("gpt-5.4");
    const count = document.getElementById("offer-count")!.textContent!.trim();
    expect(count).toBe(
      `${shown.length - 1} of ${apiItems.length} match; Enter picks the first`,
    );
  });

  it("reports the pick", async () => {
    const onpick = vi.fn();
    renderPicker(onpick);
    await fireEvent.focus(screen.getByLabelText("Model"));
    await fireEvent.change(screen.getByLabelText("Model"), {
      target: { value: "gpt-5.4" },
    });
    expect(onpick).toHaveBeenCalledWith("gpt-5.4");
  });

  it("picks the first entry found when Enter is pressed in the search box", async () => {
    const onpick = vi.fn();
    renderPicker(onpick);
    const search = screen.getByLabelText("Search model");
    await fireEvent.keyDown(search, { key: "Enter" });
    expect(onpick).not.toHaveBeenCalled();
    await fireEvent.input(search, { target: { value: "gpt-5.4" } });
    await fireEvent.keyDown(search, { key: "Enter" });
    expect(onpick).toHaveBeenCalledWith("gpt-5.4");
  });
});
