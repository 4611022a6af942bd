import type { Gpu } from "./types";

const AICONFIGURATOR =
  "ai-dynamo/aiconfigurator@095f58a51c4c (commit 2026-08-21) aic-core/src/aiconfigurator_core/systems";
const MERCATUS =
  "mercatus-ai.com/blog/cloud-gpu-pricing (hyperscaler / specialty / long-tail on-demand bands)";

export const gpus: readonly Gpu[] = [
  {
    id: "a100-80gb",
    vendor: "NVIDIA",
    name: "A100 80GB SXM",
    memoryGB: 80,
    bandwidthTBs: 2.039,
    tflops: { bf16: 312, fp8: null, fp4: null },
    tdpW: 400,
    source: `${AICONFIGURATOR}/a100_sxm.yaml; cross-check cli99/llm-analysis gpu_configs/a100-sxm-80gb.json (2039 GB/s, 312 TFLOPS)`,
    asOf: "2026-08-21",
    notes: "No FP8 tensor cores (Ampere); INT8 624 TOPS.",
    interconnectGBs: 300,
    interconnect: {
      source:
        "NVIDIA A100 Tensor Core GPU datasheet: third-generation NVLink 600 GB/s bidirectional (12 links x 50 GB/s), i.e. 300 GB/s each way",
      asOf: "2021",
      notes:
        "Checked against alpha-one-index.github.io/ai-infra-index (NVLink 3.0: 12 links, 600 GB/s per GPU) and yobitel.com (600 GB/s per GPU, six NVSwitch chips per HGX A100 board).",
    },
    rental: {
      low: 0.8,
      high: 3,
      typical: 1.3,
      source: `${MERCATUS}: hyperscaler $1.50-3.00, specialty $1.10-1.50, long-tail $0.80-1.10`,
      asOf: "2026-05",
      notes: "Typical = midpoint of the specialty-cloud band ($1.10-1.50).",
    },
    purchase: {
      low: 8000,
      high: 15000,
      source:
        "aitooldiscovery.com/ai-infra/nvidia-a100-specs-price (new A100 80GB $8K-$15K in 2025-2026, published 2026-03-20); mercatus-ai.com/blog/a100-vs-h100-vs-h200 ($8-15K street price)",
      asOf: "2026-03",
      notes:
        "Not in the reference; found by search. awesomeagents.ai/hardware/nvidia-a100 gives $10,000-15,000 on the secondary market; used units trade at $4,000-9,000 (aitooldiscovery). NVIDIA no longer sells A100 new in volume, so these are channel and refurbished prices.",
    },
  },
  {
    id: "h100-sxm",
    vendor: "NVIDIA",
    name: "H100 SXM5 80GB",
    memoryGB: 80,
    bandwidthTBs: 3.35,
    tflops: { bf16: 989, fp8: 1978, fp4: null },
    tdpW: 700,
    source: `${AICONFIGURATOR}/h100_sxm.yaml; cross-check cli99/llm-analysis gpu_configs/h100-sxm-80gb.json`,
    asOf: "2026-08-21",
    notes:
      "Datasheet exact: 989.4 / 1978.9 dense (1979 / 3958 with 2:4 sparsity).",
    interconnectGBs: 450,
    interconnect: {
      source:
        "NVIDIA H100 Tensor Core GPU datasheet: NVLink 900 GB/s bidirectional (fourth-generation NVLink, 18 links x 50 GB/s), i.e. 450 GB/s each way",
      asOf: "2023",
      notes:
        "Scaleway H100-SXM docs also quote 900 GB/s bidirectional. Measured peer-to-peer is lower: NVIDIA/nccl issue #1264 reports ~380 of 450 GB/s unidirectional (~83%) with p2pBandwidthLatencyTest.",
    },
    rental: {
      low: 1.99,
      high: 5,
      typical: 2.95,
      source: `${MERCATUS}: hyperscaler $3.50-5.00, specialty $2.50-3.50, long-tail $1.99-2.50; typical: aimultiple.com/gpu-index (37 providers; median ~$2.95/GPU-hr, 2026-05-20)`,
      asOf: "2026-05",
      notes:
        "Typical = the aimultiple median across 37 providers. Wider span: $1.47 (P2P marketplace) to $6.88 (AWS on-demand) per compux.net/docs/guides/gpu-pricing-trends-2026 (2026-03). 1-year reserved ~$2.35 (techreaderdaily.com citing SemiAnalysis; Oct-2025 trough $1.70).",
    },
    purchase: {
      low: 25000,
      high: 40000,
      source:
        "epoch-research/training-cost-trends notebook (Raymond James: sold for $25k-30k, 2023); host360.ai 2026 guide ($25k-40k); aiinframap.com H100 vs H200 vs B200 TCO (mid-2026 street ~$30k +/-20-40%)",
      asOf: "2023..2026",
    },
  },
  {
    id: "h200",
    vendor: "NVIDIA",
    name: "H200 SXM 141GB",
    memoryGB: 141,
    bandwidthTBs: 4.8,
    tflops: { bf16: 989, fp8: 1978, fp4: null },
    tdpW: 700,
    source: `${AICONFIGURATOR}/h200_sxm.yaml; MLCommons inference_results_v4.1 NVIDIA H200-SXM-141GBx8 system json ('H200 TGP 700W')`,
    asOf: "2026-08-21",
    notes: "Same compute die as H100.",
    interconnectGBs: 450,
    interconnect: {
      source:
        "NVIDIA H200 Tensor Core GPU datasheet (H200 SXM): NVLink 900 GB/s bidirectional, i.e. 450 GB/s each way",
      asOf: "2024",
      notes:
        "Same fourth-generation NVLink as H100 (alpha-one-index.github.io/ai-infra-index: NVLink 4.0 serves H100 and H200).",
    },
    rental: {
      low: 2.5,
      high: 7,
      typical: 4,
      source: `${MERCATUS}: hyperscaler $4.50-7.00, specialty $3.50-4.50, long-tail $2.50-3.50`,
      asOf: "2026-05",
      notes:
        "Typical = midpoint of the specialty-cloud band ($3.50-4.50). Single providers: $2.25 (packet.ai/blog/gpu-pricing-models-compared, June 2026), $4.54 (spheron.network, 17 Mar 2026). AWS on-demand H200/B200: $8.00-14.24 (packet.ai, 2026-06).",
    },
    purchase: {
      low: 32000,
      high: 40000,
      source:
        "aiinframap.com (~$35k mid-2026); huggingface.co/hardware/h200 (MSRP $32k); fp4.dev (~$40K est.)",
      asOf: "2026",
    },
  },
  {
    id: "b200",
    vendor: "NVIDIA",
    name: "B200 (HGX, 1000 W)",
    memoryGB: 180,
    bandwidthTBs: 7.7,
    tflops: { bf16: 2250, fp8: 4500, fp4: 9000 },
    tdpW: 1000,
    source: `${AICONFIGURATOR}/b200_sxm.yaml (cites nvdam.widen.net/s/wwnsxrhm2w/blackwell-datasheet-3384703); docs.nvidia.com/dgx/dgxb200-user-guide (8 GPUs = 1,440 GB); glennklockwood.com/garden/processors/B200 (HGX @1000W dense BF16 2250 / FP8 4500)`,
    asOf: "2026-08-21",
    notes:
      "Marketing figures elsewhere: 192 GB / 8.0 TB/s (vultr docs, fp4.dev); MLCommons v6.0 Nebius system lists 'B200-SXM-180GB', 'B200 TGP 1000W'.",
    interconnectGBs: 900,
    interconnect: {
      source:
        "NVIDIA Blackwell (HGX B200) datasheet: fifth-generation NVLink 1.8 TB/s bidirectional per GPU (18 links x 100 GB/s), i.e. 900 GB/s each way",
      asOf: "2024",
      notes:
        "Checked against alpha-one-index.github.io/ai-infra-index and textbookofai.com (NVLink 5: 1.8 TB/s per GPU, 18 links at 100 GB/s).",
    },
    rental: {
      low: 3.75,
      high: 6.03,
      typical: 5.25,
      source:
        "packet.ai ($3.75 lowest of 26 providers, June 2026); lyceum.technology/magazine/nvidia-b200-gpu-cloud-pricing-2026 ($4.50-6.00 specialized clouds; spot from $2.25); spheron ($6.03); deploybase.ai (RunPod $5.98)",
      asOf: "2026-03..2026-06",
      notes:
        "Typical = midpoint of the specialized-cloud band ($4.50-6.00). AWS on-demand H200/B200: $8.00-14.24 (packet.ai, 2026-06).",
    },
    purchase: {
      low: 40000,
      high: 70000,
      source:
        "aiinframap.com (~$40k mid-2026); fp4.dev/silicon/h100-h200-b200-tco (~$60-70K est.); alpha-one-index ai-infra-index (~$40,000)",
      asOf: "2026",
    },
  },
  {
    id: "l40s",
    vendor: "NVIDIA",
    name: "L40S",
    memoryGB: 48,
    bandwidthTBs: 0.864,
    tflops: { bf16: 362.05, fp8: 733, fp4: null },
    tdpW: 350,
    source: `${AICONFIGURATOR}/l40s.yaml`,
    asOf: "2026-08-21",
    notes: "PCIe card, no NVLink; usable ~46 GB.",
    interconnectGBs: 32,
    interconnect: {
      source:
        "NVIDIA L40S GPU datasheet: PCIe Gen4 x16, 64 GB/s bidirectional, no NVLink; i.e. 32 GB/s each way",
      asOf: "2023",
      notes:
        "Datasheet interface line as quoted by itcreations.com ('PCIe Gen4 x16: 64GB/s bidirectional'; 'NVLink is not supported'). Peer traffic crosses PCIe switches or the CPU, so sustained all-reduce bandwidth is lower.",
    },
    rental: {
      low: 0.79,
      high: 2.25,
      typical: 0.92,
      source:
        "deploybase.ai/articles/nvidia-l40s-price (RunPod $0.79/h as of March 2026); modal.com/blog/nvidia-l40s-price-article (on-demand, Aug 2025: RunPod $0.86, Civo $1.29, Vultr $1.67, AWS g6e $1.861, CoreWeave $2.25); rentgpu.org L40S page (median $0.92/h across 10 providers)",
      asOf: "2025-08..2026-03",
      notes:
        "Not in the reference; found by search. Typical = the rentgpu.org cross-provider median. Outliers left out of the span: $0.28 (Novita AI, rentgpu.org), $3.50 (Oracle OCI, Modal table). 1-year reservations ~$0.85-1.17 (Modal table).",
    },
    purchase: {
      low: 7000,
      high: 10000,
      source:
        "datastorage.com/gpu/nvidia-l40s (on-premise module ~$7k-$10k); rentgpu.org L40S page ('$9,000 MSRP')",
      asOf: "2025..2026",
      notes: "Not in the reference; found by search (undated vendor pages).",
    },
  },
  {
    id: "mi300x",
    vendor: "AMD",
    name: "AMD Instinct MI300X",
    memoryGB: 192,
    bandwidthTBs: 5.3,
    tflops: { bf16: 1307.4, fp8: 2614.9, fp4: null },
    tdpW: 750,
    source:
      "ROCm docs docs/conceptual/gpu-arch/mi300.md (repo ROCm/legacy-rocm-build; 'Peak-performance capabilities of the MI300X' table, 5.3 TB/s); TBP from MLCommons inference_results_v4.1 AMD system json ('MI300X-NPS1-SPX-192GB-750W')",
    asOf: "2024..2025",
    notes: "Sparse FP8 5229.8.",
    interconnectGBs: 448,
    interconnect: {
      source:
        "AMD Instinct MI300X data sheet: 7 AMD Infinity Fabric links, 128 GB/s peak each (896 GB/s aggregate, bidirectional), i.e. 7 x 64 = 448 GB/s each way",
      asOf: "2023",
      notes:
        "Aggregate 896 GB/s confirmed by gpu.blog/gpus/instinct-mi300x-mi300x (xGMI, fully connected 8-GPU mesh); the per-link figure was not re-checked against the AMD PDF. Each link reaches one of the 7 peers, so a single GPU pair gets only 64 GB/s each way; 448 GB/s needs traffic spread over all peers, as in all-reduce.",
    },
    rental: {
      low: 1.71,
      high: 1.85,
      typical: 1.78,
      source:
        "gpu.blog/gpus/instinct-mi300x-mi300x (TensorWave $1.71, Vultr $1.85)",
      asOf: "2025..2026",
      notes:
        "Typical = midpoint of the two provider prices. cliffcenter.com research note (2026-05-18) lists TensorWave at $1.50 and Azure / Oracle at ~$6/h, with a cross-provider median of $1.99.",
    },
    purchase: {
      low: 10000,
      high: 15000,
      source:
        "awesomeagents.ai/hardware/amd-mi300x (street $10k-15k); huggingface.co/hardware/mi300 (MSRP $15k)",
      asOf: "2025..2026",
    },
  },
  {
    id: "mi325x",
    vendor: "AMD",
    name: "AMD Instinct MI325X",
    memoryGB: 256,
    bandwidthTBs: 6,
    tflops: { bf16: 1307.4, fp8: 2614.9, fp4: null },
    tdpW: 1000,
    source:
      "rocm.docs.amd.com/en/7.13.0-preview/reference/gpu-specs.html (VRAM 256 GiB, 304 CUs); docs.vultr.com/inference-cookbook/rocm/getting-started/hardware-requirements (6.0 TB/s, 1,307 TFLOPS FP16, 'from AMD MI325X product page'); awesomeagents.ai/hardware/amd-mi325x (FP8 2614.9, TDP 1000W); slicast.com (same compute as MI300X)",
    asOf: "2026-03",
    notes:
      "Compute identical to MI300X; only memory differs. Third-party source for TDP.",
    interconnectGBs: 448,
    interconnect: {
      source:
        "AMD Instinct MI325X data sheet: 7 AMD Infinity Fabric links as on MI300X (128 GB/s peak each, 896 GB/s aggregate bidirectional), i.e. 448 GB/s each way",
      asOf: "2024",
      notes:
        "wiaix.com MI325X product summary: 'Seven Infinity Fabric links ensuring full connectivity between eight GPUs'; drop-in for the MI300X platform. As on MI300X, one GPU pair gets only 64 GB/s each way.",
    },
    rental: {
      low: 2,
      high: 2.25,
      typical: 2.125,
      source:
        "awesomeagents.ai/hardware/amd-mi325x (cloud rental $2.00-$2.25/hr)",
      asOf: "2026",
      notes:
        "Typical = midpoint of the range. cliffcenter.com (2026-05-18) lists TensorWave MI325X at $1.95/h.",
    },
    purchase: {
      low: 15000,
      high: 25000,
      source:
        "Breakeven estimate: AMD publishes no MI325X price and no street price was found; bracketed by the MI300X street price ($10k-15k, awesomeagents.ai) plus the HBM3E upgrade, a third-party listing of 'MSRP $20,000' (willitrunai.com, unverified) and HSBC's MI355 average-selling-price estimate of $23k-25k (2025) for the next generation as a ceiling",
      asOf: "2025..2026",
    },
  },
];
