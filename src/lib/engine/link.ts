/**
 * Scale-up link bandwidth of a GPU whose record gives none. A GPU typed in as a file often lacks
 * `interconnectGBs`; falling back to PCIe for an SXM/OAM part would make every tensor-parallel
 * all-reduce cost ~14× too much, so the part's name decides. First match wins.
 */
import type { GpuSpec } from "../catalog/types";

/** Per GPU, one direction, GB/s, by part name. Sources: NVIDIA and AMD datasheets. */
const LINK_BY_NAME: readonly [RegExp, number][] = [
  // PCIe cards: PCIe Gen4/5 x16 as one direction's usable rate.
  [/PCIe|L40|\bL4\b|A10\b|RTX|A6000/i, 32],
  // NVLink 5 (B200/B300/GB200/GB300 datasheets: 1.8 TB/s bidirectional).
  [/B200|B300|GB200|GB300/i, 900],
  // H800: NVLink cut to 400 GB/s bidirectional for export.
  [/H800/i, 200],
  // NVLink 4 (H100/H200/H20 SXM datasheets: 900 GB/s bidirectional).
  [/H100|H200|H20\b/i, 450],
  // NVLink 3 (A100/A800 datasheets: 600 GB/s bidirectional).
  [/A100|A800/i, 300],
  // Infinity Fabric (MI300X/MI325X/MI355X datasheets: 7 links × 64 GB/s each way).
  [/MI300|MI325|MI355/i, 448],
];

/** HBM parts ship on a scale-up fabric; GDDR cards on PCIe. */
const HBM_BANDWIDTH_TBS = 2;
const NVLINK_LIKE_GBS = 450;
const PCIE_GBS = 32;

/** The link a GPU's peers talk over, GB/s each way: the record's figure, else the default for its name. */
export function linkGBs(gpu: GpuSpec & { interconnectGBs?: number }): number {
  if (gpu.interconnectGBs !== undefined) return gpu.interconnectGBs;
  for (const [pattern, gbs] of LINK_BY_NAME)
    if (pattern.test(gpu.name)) return gbs;
  return gpu.bandwidthTBs >= HBM_BANDWIDTH_TBS ? NVLINK_LIKE_GBS : PCIE_GBS;
}

/** AMD Instinct parts, whose stacks reach a smaller share of the datasheet than NVIDIA's. */
export const isAmd = (gpu: GpuSpec): boolean =>
  /MI\d{3}|Instinct|AMD/i.test(gpu.name);
