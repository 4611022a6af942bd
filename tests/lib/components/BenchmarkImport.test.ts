// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import BenchmarkImport from "../../../src/lib/components/BenchmarkImport.svelte";
import { MAX_BENCHMARK_BYTES } from "../../../src/lib/scenario/benchmark";

const paste = async (text: string) => {
  const onmeasured = vi.fn();
  render(BenchmarkImport, { id: "self", onmeasured });
  await fireEvent.input(screen.getByLabelText(/paste a vLLM bench serve/), {
    target: { value: text },
  });
  await fireEvent.click(screen.getByText("Use this benchmark"));
  return { onmeasured, status: await screen.findByRole("status") };
};

describe("BenchmarkImport", () => {
  it("hands over a pasted vLLM result's output tokens/s and says so", async () => {
    const { onmeasured, status } = await paste('{"output_throughput": 4321}');
    expect(onmeasured).toHaveBeenCalledWith(4321);
    expect(status.textContent).toMatch(
      /vLLM bench serve: 4,321 output tokens\/s/,
    );
  });

  it("refuses a result with a negative throughput, changing nothing", async () => {
    const { onmeasured, status } = await paste('{"output_throughput": -1}');
    expect(onmeasured).not.toHaveBeenCalled();
    expect(status.textContent).toMatch(
      /Not imported, nothing changed: .*positive number/,
    );
  });

  it("refuses a chosen file over the reader's limit before reading it, naming the limit", async () => {
    const onmeasured = vi.fn();
    render(BenchmarkImport, { id: "self", onmeasured });
    const input = screen.getByLabelText("or choose its file");
    const file = new File(["{}"], "huge.json", { type: "application/json" });
    Object.defineProperty(file, "size", { value: MAX_BENCHMARK_BYTES + 1 });
    Object.defineProperty(input, "files", { value: [file] });
    await fireEvent.change(input);
    const status = await screen.findByRole("status");
    expect(onmeasured).not.toHaveBeenCalled();
    expect(status.textContent).toBe(
      "Not imported, nothing changed: huge.json is larger than 10 MiB, not a benchmark result.",
    );
  });
});
