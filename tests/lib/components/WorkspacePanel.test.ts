// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import WorkspacePanel from "../../../src/lib/components/WorkspacePanel.svelte";
import { exportWorkspace } from "../../../src/lib/share/file";
import { defaultScenario } from "../../../src/lib/scenario/workspace";
import { AUTOSAVE_KEY } from "../../../src/lib/state/autosave.svelte";
import { Session } from "../../../src/lib/state/session.svelte";
import { Workspace } from "../../../src/lib/state/workspace.svelte";
import { memoryStorage } from "../state/memory-storage";

function panel(storage = memoryStorage()) {
  const session = new Session(new Workspace(), storage);
  render(WorkspacePanel, { session });
  return session;
}

const tabNames = () =>
  within(screen.getByTestId("scenario-tabs"))
    .getAllByRole("button")
    .map((b) => b.textContent?.trim());

/** The bar shows these scenario tabs, then the button that adds one. */
const expectTabs = (...names: string[]) =>
  expect(tabNames()).toEqual([...names, "Add scenario"]);

describe("the scenario bar", () => {
  it("adds, duplicates, renames and reorders scenarios, marking the open one", async () => {
    const session = panel();
    await fireEvent.click(screen.getByRole("button", { name: "Add scenario" }));
    expectTabs("Scenario 1", "Scenario 2");
    expect(
      screen
        .getByRole("button", { name: "Scenario 2" })
        .getAttribute("aria-current"),
    ).toBe("true");
    const name = screen.getByLabelText("Name");
    await fireEvent.change(name, { target: { value: "Growth" } });
    await fireEvent.click(screen.getByRole("button", { name: "Duplicate" }));
    expectTabs("Scenario 1", "Growth", "Growth (copy)");
    await fireEvent.click(screen.getByRole("button", { name: "Move earlier" }));
    expectTabs("Scenario 1", "Growth (copy)", "Growth");
    expect(session.workspace.open).toBe(1);
    expect(
      screen.getByRole("button", { name: "Move later" }),
    ).not.toHaveProperty("disabled", true);
  });

  it("deletes with undo, and never the last scenario", async () => {
    panel();
    expect(screen.getByRole("button", { name: "Delete" })).toHaveProperty(
      "disabled",
      true,
    );
    await fireEvent.click(screen.getByRole("button", { name: "Add scenario" }));
    await fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    expectTabs("Scenario 1");
    expect(screen.getByText(/Deleted “Scenario 2”\./)).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expectTabs("Scenario 1", "Scenario 2");
  });

  it("stops adding at twelve scenarios", async () => {
    panel();
    const add = screen.getByRole("button", { name: "Add scenario" });
    for (let i = 0; i < 11; i++) await fireEvent.click(add);
    expect(tabNames()).toHaveLength(13);
    expect(add).toHaveProperty("disabled", true);
    expect(screen.getByText("12 of 12")).toBeTruthy();
  });

  it("switches between the calculator and the comparison", async () => {
    const session = panel();
    await fireEvent.click(screen.getByRole("button", { name: "Compare all" }));
    expect(session.view).toBe("compare");
    expect(
      screen
        .getByRole("button", { name: "Compare all" })
        .getAttribute("aria-pressed"),
    ).toBe("true");
    // The open scenario's own controls belong to the calculator.
    expect(screen.queryByLabelText("Name")).toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "Scenario 1" }));
    expect(session.view).toBe("calculator");
  });
});

describe("the workspace notices", () => {
  it("offers to keep or leave a previewed file, and says what it did", async () => {
    const saved = { scenarios: [defaultScenario("Mine")], open: 0 };
    const session = panel(
      memoryStorage({ [AUTOSAVE_KEY]: exportWorkspace(saved) }),
    );
    await session.start("");
    session.import(
      exportWorkspace({ scenarios: [defaultScenario("Theirs")], open: 0 }),
      "w.json",
    );
    const preview = await screen.findByTestId("preview");
    expect(preview.textContent).toMatch(/1 scenario from a\s+file/);
    await fireEvent.click(
      screen.getByRole("button", { name: "Add to my workspace" }),
    );
    expectTabs("Mine", "Theirs");
    expect(screen.getByTestId("workspace-message").textContent).toMatch(
      "Added 1 scenario to your workspace.",
    );
    expect(screen.queryByTestId("preview")).toBeNull();
  });

  it("says before adding how many of a file's scenarios fit beside the user's own", async () => {
    const names = Array.from({ length: 11 }, (_, i) => `Mine ${i + 1}`);
    const saved = { scenarios: names.map((n) => defaultScenario(n)), open: 0 };
    const session = panel(
      memoryStorage({ [AUTOSAVE_KEY]: exportWorkspace(saved) }),
    );
    await session.start("");
    const three = ["A", "B", "C"].map((n) => defaultScenario(n));
    session.import(exportWorkspace({ scenarios: three, open: 0 }), "w.json");
    const adding = await screen.findByTestId("adding");
    expect(adding.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "A workspace holds at most 12 scenarios and yours has 11: adding keeps the first 1 of these 3.",
    );
    expect(screen.getByTestId("preview").textContent).toMatch(
      /Your own workspace is saved and unchanged/,
    );
  });

  it("tells a first-time visitor opening a file that nothing is saved yet, not that their workspace is", async () => {
    const session = panel();
    await session.start("");
    session.import(
      exportWorkspace({ scenarios: [defaultScenario("Theirs")], open: 0 }),
      "w.json",
    );
    const preview = await screen.findByTestId("preview");
    expect(preview.textContent).not.toMatch(/Your own workspace/);
    expect(preview.textContent?.replace(/\s+/g, " ")).toMatch(
      /Nothing here is saved in this browser until you add these scenarios to your workspace\./,
    );
    expect(screen.queryByTestId("adding")).toBeNull();
  });

  it("asks which version to keep when another tab saved over unsaved edits", async () => {
    const session = panel();
    await session.start("");
    // An edit this tab has not saved yet meets the other tab's save.
    session.workspace.current.workload.rate = "9";
    session.storage(
      AUTOSAVE_KEY,
      exportWorkspace({ scenarios: [defaultScenario("Other tab")], open: 0 }),
    );
    const conflict = await screen.findByTestId("conflict");
    expect(conflict.getAttribute("role")).toBe("alert");
    await fireEvent.click(
      screen.getByRole("button", { name: "Take the other tab's version" }),
    );
    expectTabs("Other tab");
  });

  it("offers saved data it could neither read nor keep aside, and saves over it only when told", async () => {
    const unreadable = "{ damaged";
    const storage = memoryStorage(
      { [AUTOSAVE_KEY]: unreadable },
      AUTOSAVE_KEY.length + unreadable.length,
    );
    const session = panel(storage);
    await session.start("");
    const recovery = await screen.findByTestId("recovery");
    expect(recovery.textContent).toMatch(/could not be kept aside/);
    expect(
      screen.queryByRole("button", { name: "Close this message" }),
    ).toBeNull();
    screen.getByRole("button", { name: "Download the saved data" });
    screen.getByRole("button", { name: "Copy the saved data" });
    session.workspace.current.workload.rate = "9";
    session.autosave.watch();
    expect(storage.items.get(AUTOSAVE_KEY)).toBe(unreadable);
    storage.quota = Infinity;
    await fireEvent.click(
      screen.getByRole("button", { name: "Resume saving (replaces it)" }),
    );
    expect(screen.queryByTestId("recovery")).toBeNull();
    expect(storage.items.get(AUTOSAVE_KEY)).toMatch(/"rate": "9"/);
  });
});
