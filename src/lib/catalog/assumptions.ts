import type { Assumption } from "./types";

export const pue: Assumption = {
  label: "Power usage effectiveness (facility power / IT power)",
  value: 1.2,
  unit: "x",
  source:
    "aiinframap.com/tools/chips/h100-vs-h200-vs-b200-tco ('PUE 1.2 is a typical modern AI-DC figure; older facilities run 1.4-1.6')",
  asOf: "2026",
  notes:
    "Industry average is higher: 1.58 in 2023 (Uptime Institute Intelligence, 'Large data centers are mostly more efficient, analysis confirms', Feb 2024; 1.55-1.59 since 2020) and 1.56 in the 2024 Uptime survey (Statista summary). New large facilities reach 1.3 or better (Uptime 14th annual survey, via cloudnews.tech); hyperscale best-in-class 1.1-1.2 (lowdown.today, 2026-04).",
};

export const electricityUsdPerKwh: Assumption = {
  label: "Electricity price",
  value: 0.0929,
  unit: "$/kWh",
  source:
    "US EIA average retail price of electricity, industrial sector, January 2026 (via ycharts.com/indicators/us_average_retail_price_of_electricity_industrial_sector)",
  asOf: "2026-01",
  notes:
    "December 2025: $0.0853; 2025 monthly range $0.0821-0.0933 (same series). The aiinframap.com TCO tool assumes $0.08 all-in for industrial or colocation power.",
};

export const nodePowerOverhead: Assumption = {
  label:
    "Server power per unit of GPU TDP (CPUs, memory, NICs, fans, switches)",
  value: 1.5,
  unit: "x",
  source:
    "Midpoint of the common modelling shortcut node_kW ~ 1.3-1.8 x (8 x GPU TDP), derived from NVIDIA DGX H100/H200 user guide power specs (10.2 kW max, as quoted by unanswered.io and supercluster.blog) and docs.nvidia.com/dgx/dgxb200-user-guide (14.3 kW max)",
  asOf: "2023..2026",
  notes:
    "DGX H100: 10.2 kW at nameplate max vs 5.6 kW of GPU TDP (1.82x), typical draw 6.5-8.5 kW (1.16-1.52x). DGX B200: 14.3 kW max vs 8.0 kW of GPU TDP (1.79x). Nameplate max overstates steady inference draw, hence the midpoint.",
};

export const gpuIdlePowerFraction: Assumption = {
  label: "GPU power drawn while idle, as a fraction of TDP",
  value: 0.2,
  unit: "fraction",
  source:
    "wilicc/gpu-burn issue #114 (2024-10): nvidia-smi shows H100 80GB HBM3 GPUs at 140-145 W of 700 W with 72 GB allocated and 0-4% utilisation (0.20-0.21 of TDP)",
  asOf: "2024-10..2026-06",
  notes:
    "Chosen for a serving engine that keeps weights resident between requests. A GPU with nothing loaded draws less: H200 80.3 W of 700 W (11.5%) in the api.serialalice.pt GPU Energy Benchmark (June 2026); nemulai.com models idle as ~15% of TDP (2026-06). With data resident the GPU can stay in P0 and draw more: NVIDIA/open-gpu-kernel-modules issue #874 (2025-06) reports an A40 at ~110 W of 300 W (0.37) vs ~30 W with nothing loaded.",
};

export const serverCostPerGpuUsd: Assumption = {
  label: "Server cost per GPU, excluding the GPU itself",
  value: 6250,
  unit: "$/GPU",
  source:
    "Derived: (DGX H100 ~$270k sale price - 8 x H100 ~$27.5k) / 8 = $6,250. DGX price: epoch-research/training-cost-trends citing SemiAnalysis 'AI server cost analysis' (2023-05); H100 price: midpoint of the $25k-30k Raymond James figure in the same notebook",
  asOf: "2023-05",
  notes:
    "Covers CPUs, memory, NICs, NVSwitch, chassis and power supplies of an 8-GPU server; excludes the cluster network and storage. 2023 prices: H100 street prices have since ranged $25k-40k.",
};

export const hardwareYears: Assumption = {
  label: "Depreciation life of GPU servers",
  value: 5,
  unit: "years",
  source:
    "Amazon 10-K for 2024 (filed 2025-02-07): useful life of a subset of servers and networking equipment cut from six to five years effective 2025-01-01, 'due to an increased pace of technology development, particularly in the area of artificial intelligence and machine learning' (quoted by deepquarry.substack.com and calcbench.blogspot.com)",
  asOf: "2025-02",
  notes:
    "Other hyperscalers book longer lives: Meta 5.5 years for most servers and network assets from 2025-01-01 (10-K for 2025, sec.gov); Microsoft and Alphabet 6 years since 2022-2023 (10-Q/10-K quoted by shaulkoral.com). Frontier GPUs may lose economic value faster than their book life (aidatacenterguide.com argues 2-3 years).",
};

export const costOfCapital: Assumption = {
  label: "Annual cost of capital for buying hardware",
  value: 0.08,
  unit: "fraction",
  source:
    "Breakeven assumption: cost of capital of an established, investment-grade company",
  asOf: "2026",
  notes:
    "GPU-specialist borrowers pay more: CoreWeave 10-Q (2025-06-30) lists effective rates of 7% (revolving credit), 9-10% (OEM financing), 10% (2030 senior notes), 11% (DDTL 2.0) and 15% (DDTL 1.0).",
};

export const colocationUsdPerKwMonth: Assumption = {
  label: "Colocation price per kW of contracted IT power",
  value: 184,
  unit: "$/kW-month",
  source:
    "CBRE North America Data Center Trends H1 2025: average $184/kW/month for 250-500 kW deployments (as reported by Data Center Knowledge, 'Power, Not Space: The Colocation Battleground in 2026', 2026-01-14)",
  asOf: "2025-06",
  notes:
    "Encor Advisors (2026) reports the same segment approaching ~$196/kW/month in H2 2025, and primary-market vacancy at a record-low 1.4%. High-density AI deployments (>50 kW/rack, liquid cooling) carry a 20-30% premium (v2-pseo-ai.pages.dev, Jan 2026). The rate pays for space, cooling and power capacity; metered electricity is usually billed on top.",
};

export const engineerLoadedYearlyUsd: Assumption = {
  label: "Loaded yearly cost of one ML / infrastructure engineer",
  value: 268000,
  unit: "$/year",
  source:
    "Derived: $206,000 average total compensation of AI/ML engineers in 2025 (hakia.com/careers/ai-ml-engineer) x 1.3 loading for payroll taxes, benefits and overhead (typical burden 1.25-1.4 x pay, taicalculator.com)",
  asOf: "2025",
  notes:
    "BLS Employer Costs for Employee Compensation, June 2025: benefits are 29.8% of private-industry compensation (1.42x wages), the top of the range; equity-heavy tech pay carries a lower loading. Median total compensation at top companies is higher, $260,750 (hakia.com).",
};

export const reservedDiscount: Assumption = {
  label: "Discount of reserved over on-demand GPU rental",
  value: 0.3,
  unit: "fraction",
  source:
    "mercatus-ai.com (reservation cuts 30-50%); packet.ai (20-40% for 1-3 month terms)",
  asOf: "2026-05..2026-06",
  notes:
    "Range 0.2-0.5. H100 1-year reserved at ~$2.35/h (techreaderdaily.com, 2026-03) is 20% under the ~$2.95 on-demand median.",
};

export const assumptions = {
  pue,
  electricityUsdPerKwh,
  nodePowerOverhead,
  gpuIdlePowerFraction,
  serverCostPerGpuUsd,
  hardwareYears,
  costOfCapital,
  colocationUsdPerKwMonth,
  engineerLoadedYearlyUsd,
  reservedDiscount,
} as const;
