// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  compareCsv,
  CSV_FILE_NAME,
} from "../../../src/lib/present/compare-csv";
import { compareAnswer } from "../../../src/lib/present/compare-answer";
import {
  defaultScenario,
  type ScenarioDoc,
} from "../../../src/lib/scenario/workspace";
import { launchRange, twoApis } from "../present/compare-scenarios";
import CompareHarness from "./CompareHarness.svelte";

// The canvas is drawn by Chart.js, which happy-dom cannot host; the data tables stand in for it.
vi.mock("../../../src/lib/components/chart-js", () => ({
  Chart: class {
    update() {}
    destroy() {}
  },
}));

// The worker answers here in the same thread, a task later and in order, as the worker would.
vi.mock("../../../src/lib/components/monte-carlo", () => ({
  compareOffThread: (docs: ScenarioDoc[], sure: boolean) =>
    new Promise((resolve) =>
      setTimeout(() => resolve(compareAnswer(docs, sure))),
    ),
}));

afterEach(() => vi.restoreAllMocks());

/** Renders the comparison and waits for its table, which the worker works out. */
async function renderCompared(props: {
  scenarios: ScenarioDoc[];
  onopen?: (index: number) => void;
}) {
  const rendered = render(CompareHarness, props);
  await screen.findByRole("region", { name: "Comparison table" });
  return rendered;
}

const scenarios = () => [
  twoApis("Today", "1000000"),
  twoApis("Next year", "2000000", "50"),
  twoApis("Broken", "lots"),
];

describe("CompareView", () => {
  it("shows each scenario's name and headline, or why it cannot be costed", async () => {
    expect(
      render(CompareHarness, { scenarios: scenarios() }).getByRole("status")
        .textContent,
    ).toBe("Working out the comparison…");
    await screen.findByRole("region", { name: "Comparison table" });
    const headlines = within(screen.getByRole("list"));
    expect(headlines.getByRole("heading", { name: "Today" })).toBeTruthy();
    expect(
      headlines.getByText(/^Muse Spark \(Meta\) is the cheapest at 2B/),
    ).toBeTruthy();
    expect(
      headlines.getByText(
        /Cannot be costed\. Workload, Requests: Enter a number/,
      ),
    ).toBeTruthy();
    const table = screen.getByRole("table", {
      name: /^Each scenario's inputs and results/,
    });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Field", "Today", "Next year", "Broken"]);
  });

  it("marks a differing cell by background and words, not the same ones", async () => {
    const { container } = await renderCompared({ scenarios: scenarios() });
    const cached = screen.getByRole("rowheader", {
      name: "Input from prompt cache",
    }).parentElement!;
    const [today, nextYear] = [...cached.querySelectorAll("td")];
    expect(today!.classList.contains("differs")).toBe(false);
    expect(today!.textContent).not.toMatch(/differs/);
    expect(nextYear!.classList.contains("differs")).toBe(true);
    expect(nextYear!.textContent).toMatch(/50%\s*\(differs from Today\)/);
    // The field at fault in a scenario that cannot be costed is flagged beside its value.
    const invalid = container.querySelector("td.invalid")!;
    expect(invalid.textContent).toMatch(/lots[\s\S]*to fix: Enter a number/);
    // The table scrolls on a phone: its region takes focus and has a name.
    const region = screen.getByRole("region", { name: "Comparison table" });
    expect(region.getAttribute("tabindex")).toBe("0");
  });

  it("downloads the comparison as CSV", async () => {
    const docs = [
      twoApis("Today", "1000000"),
      launchRange("Launch", "1000000"),
    ];
    let blob: Blob | undefined;
    vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blob = b as Blob;
      return "blob:comparison";
    });
    const revokeObjectURL = vi
      .spyOn(URL, "revokeObjectURL")
      .mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    await renderCompared({ scenarios: docs });
    await fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked).toEqual([
      { href: "blob:comparison", download: CSV_FILE_NAME },
    ]);
    expect(blob!.type).toBe("text/csv;charset=utf-8");
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // With the Monte Carlo's columns, which the download waited for.
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toBe(compareCsv(compareAnswer(docs, true).table));
    expect(text).toMatch(/Muse Spark \(Meta\) — results: Monthly cost, P90/);
    await vi.waitFor(() =>
      expect(revokeObjectURL).toHaveBeenCalledWith("blob:comparison"),
    );
  });

  it("shows how sure each scenario's answer is once the Monte Carlo has answered", async () => {
    const huge = defaultScenario("Huge");
    huge.workload.rate = "10000000000";
    huge.options[0] = {
      ...huge.options[0]!,
      pricePoint: "list price",
    } as never;
    await renderCompared({ scenarios: [twoApis("Today", "1000000"), huge] });
    expect(screen.getByRole("status").textContent).toMatch(
      /Working out how sure each answer is/,
    );
    await screen.findByText(
      /^Muse Spark \(Meta\) is cheapest with 100% probability; GPT-5\.4 \(OpenAI\) costs \$12,000 a month more/,
    );
    expect(
      screen.getByText(/^Self-hosting is cheapest with 100% probability;/),
    ).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("");
    const chance = screen.getByRole("rowheader", {
      name: "Self-hosting cheapest, probability",
    }).parentElement!;
    expect(
      [...chance.querySelectorAll("td")].map((td) => td.textContent!.trim()),
    ).toEqual([
      "no self-hosted option",
      expect.stringMatching(/^100%\s*\(differs from Today\)$/),
    ]);
    expect(
      screen.getAllByRole("rowheader", {
        name: "Monthly cost, P10 / P50 / P90",
      }),
    ).toHaveLength(2);
  });

  it("offers to open each scenario when asked to", async () => {
    const onopen = vi.fn();
    await renderCompared({ scenarios: scenarios(), onopen });
    await fireEvent.click(
      screen.getByRole("button", { name: "Edit Next year" }),
    );
    expect(onopen).toHaveBeenCalledWith(1);
  });

  it("has both charts with their data tables, built when opened", async () => {
    await renderCompared({ scenarios: scenarios() });
    expect(screen.queryByText("GPT-5.4 (OpenAI): $17,500")).toBeNull();
    for (const summary of document.querySelectorAll("figure summary"))
      await fireEvent.click(summary);
    expect(
      screen.getByRole("region", {
        name: "Each scenario's options at its own volume: data",
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole("region", {
        name: "Cheapest monthly cost against volume: data",
      }),
    ).toBeTruthy();
    expect(screen.getByText("GPT-5.4 (OpenAI): $17,500")).toBeTruthy();
  });
});
