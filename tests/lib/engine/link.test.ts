import { describe, expect, it } from "vitest";
import { gpus } from "../../../src/lib/catalog";
import type { GpuSpec } from "../../../src/lib/catalog/types";
import { isAmd, linkGBs } from "../../../src/lib/engine/link";

const file = (name: string, bandwidthTBs = 3): GpuSpec => ({
  name,
  memoryGB: 80,
  bandwidthTBs,
  tflops: { bf16: 1000, fp8: null, fp4: null },
  tdpW: 700,
});

describe("linkGBs for a GPU file without interconnectGBs", () => {
  it.each([
    ["H100 PCIe 80GB", 32],
    ["L40S", 32],
    ["NVIDIA L4", 32],
    ["A10", 32],
    ["RTX 6000 Ada", 32],
    ["RTX A6000", 32],
    ["B200 (HGX)", 900],
    ["B300", 900],
    ["GB200 NVL72", 900],
    ["GB300", 900],
    ["H800 SXM", 200],
    ["H100 SXM5 80GB", 450],
    ["H200 SXM 141GB", 450],
    ["H20", 450],
    ["A100 80GB SXM", 300],
    ["A800", 300],
    ["AMD Instinct MI300X", 448],
    ["MI325X", 448],
    ["MI355X", 448],
  ])("%s: %d GB/s", (name, gbs) => {
    expect(linkGBs(file(name))).toBe(gbs);
  });

  it("an unknown HBM part gets a scale-up fabric, an unknown GDDR card PCIe", () => {
    expect(linkGBs(file("Some accelerator", 2))).toBe(450);
    expect(linkGBs(file("Some card", 1.99))).toBe(32);
  });

  it("takes the record's own figure when it has one", () => {
    expect(linkGBs({ ...file("H100 SXM5"), interconnectGBs: 100 })).toBe(100);
  });

  it("agrees with every catalog GPU's sourced figure", () => {
    for (const gpu of gpus) {
      const { interconnectGBs, ...withoutLink } = gpu;
      expect(linkGBs(withoutLink), gpu.name).toBe(interconnectGBs);
    }
  });
});

describe("isAmd", () => {
  it("matches Instinct parts only", () => {
    expect(isAmd(file("AMD Instinct MI300X"))).toBe(true);
    expect(isAmd(file("MI355X"))).toBe(true);
    expect(isAmd(file("H100 SXM5 80GB"))).toBe(false);
  });
});
