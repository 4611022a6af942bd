// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import OptionCards from "../../../src/lib/components/OptionCards.svelte";
import { renderWithCalculator } from "./render-with-calculator";

const renderOptions = () => renderWithCalculator(OptionCards);

describe("option cards", () => {
  it("show an API's catalog prices, editable, and an unannounced price as a low–high range", async () => {
    const calculator = renderOptions();
    const output = screen.getByLabelText("Output price") as HTMLInputElement;
    expect(output.value).toBe("4.25");
    await fireEvent.input(output, { target: { value: "5" } });
    expect(
      calculator.view.evaluation!.scenario.options[0]!.kind === "api",
    ).toBe(true);
    await fireEvent.change(screen.getByLabelText("Price"), {
      target: { value: "launch (price unannounced)" },
    });
    flushSync();
    expect(
      (screen.getByLabelText("Output price, high") as HTMLInputElement).value,
    ).toBe("25");
    expect(
      (screen.getByLabelText("Output price, low") as HTMLInputElement).value,
    ).toBe("4");
    expect(screen.getByText(/Price not announced/)).toBeTruthy();
  });

  it("show a self-hosted option's GPUs and hosting, switching rented to owned", async () => {
    const calculator = renderOptions();
    expect((screen.getByLabelText("Rent") as HTMLInputElement).value).toBe(
      "2.95",
    );
    // The select itself is driven in the browser tests: the DOM stand-in here does not report a
    // select's new value through nested bindings.
    const selfHosted = calculator.options[1]!;
    if (selfHosted.kind === "self-host") selfHosted.hosting = "owned";
    flushSync();
    expect(screen.queryByLabelText("Rent")).toBeNull();
    expect(screen.getByLabelText("PUE")).toBeTruthy();
    const option = calculator.view.evaluation!.scenario.options[1]!;
    expect(option.kind === "self-host" && option.hosting.mode).toBe("owned");
  });

  it("put a message beside a bad GPU count and keep the last good answer", async () => {
    const calculator = renderOptions();
    const gpus = screen.getByLabelText("GPUs per replica");
    await fireEvent.input(gpus, { target: { value: "2.5" } });
    expect(gpus.getAttribute("aria-invalid")).toBe("true");
    expect(
      screen.getByText("Enter a whole number from 1 to 4,096."),
    ).toBeTruthy();
    expect(calculator.view.stale).toBe(true);
  });

  it("reorder, remove down to two, and choose the baseline", async () => {
    const calculator = renderOptions();
    calculator.addApi("gpt-5.4");
    flushSync();
    expect(
      screen
        .getAllByRole("button", { name: /^Remove/ })
        .every((b) => !(b as HTMLButtonElement).disabled),
    ).toBe(true);
    await fireEvent.click(
      screen.getByRole("button", { name: "Move GPT-5.4 (OpenAI) up" }),
    );
    expect(calculator.options.map((o) => o.kind)).toEqual([
      "api",
      "api",
      "self-host",
    ]);
    expect(calculator.announcement).toBe("Moved option 3 to position 2.");
    await fireEvent.click(
      screen.getByRole("radio", { name: "Baseline: GPT-5.4 (OpenAI)" }),
    );
    expect(calculator.view.evaluation!.result.baselineId).toBe(
      calculator.options[1]!.key,
    );
    await fireEvent.click(
      screen.getByRole("button", { name: "Remove GPT-5.4 (OpenAI)" }),
    );
    expect(calculator.options).toHaveLength(2);
    expect(calculator.baselineKey).toBe(calculator.options[0]!.key);
    expect(
      screen
        .getAllByRole("button", { name: /^Remove/ })
        .every((b) => (b as HTMLButtonElement).disabled),
    ).toBe(true);
  });

  it("group the efficiency fields under their own title, with their note, and say factors in words", async () => {
    renderOptions();
    // The advanced part is built when first opened.
    expect(
      screen.queryByRole("group", { name: "Serving efficiency" }),
    ).toBeNull();
    await fireEvent.click(
      screen.getByText("Advanced: capacity planning and efficiency"),
    );
    const group = screen.getByRole("group", { name: "Serving efficiency" });
    expect(group.textContent).toMatch(
      /calibrated against published measurements/,
    );
    expect(
      group.contains(screen.getByLabelText("Memory bandwidth reached")),
    ).toBe(true);
    expect(group.contains(screen.getAllByLabelText("Verbosity")[1]!)).toBe(
      false,
    );
    expect(
      document.getElementById("self-hosted-verbosity-unit")?.textContent,
    ).toBe("times");
  });
});
