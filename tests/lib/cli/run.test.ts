/** The command line, run in-process with files and output captured. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../src/lib/cli/run";
import { encodeLink } from "../../../src/lib/share/link";
import { defaultWorkspace } from "../../../src/lib/scenario/workspace";
import { Random } from "../../../scripts/fuzz/random";
import { fleetsAlongTheBaseline } from "../../../scripts/fuzz/workspaces";
import { customGpu, customModel } from "../engine/scenarios";

const examples = new URL("../../../examples/", import.meta.url);

async function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => {
      if (path in files) return files[path]!;
      return readFileSync(
        new URL(path.replace(/^examples\//, ""), examples),
        "utf8",
      );
    },
  });
  return { code, stdout, stderr };
}

/** Runs a command with `--json`, checks that it succeeded, and gives what it printed, parsed. */
async function cliJson(argv: string[], files: Record<string, string> = {}) {
  const { code, stdout } = await cli([...argv, "--json"], files);
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** `estimate` with the Llama 3.1 8B defaults, some flags replaced (`undefined` drops one). */
function estimateWith(flags: Record<string, string | undefined>): string[] {
  const all: Record<string, string | undefined> = {
    model: "llama-3.1-8b",
    gpu: "h100-sxm",
    gpus: "1",
    weights: "fp8",
    input: "1000",
    output: "1000",
    ...flags,
  };
  return [
    "estimate",
    ...Object.entries(all).flatMap(([flag, value]) =>
      value === undefined ? [] : [`--${flag}`, value],
    ),
  ];
}

const estimateArgs = estimateWith({});

describe("estimate", () => {
  it("prints one JSON object with the documented fields", async () => {
    const { code, stdout, stderr } = await cli([...estimateArgs, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const out = JSON.parse(stdout);
    for (const key of [
      "fits",
      "gpus",
      "concurrency",
      "maxConcurrency",
      "outputTokensPerSecond",
      "outputTokensPerSecondPerGpu",
      "perUserOutputTokensPerSecond",
      "timeToFirstTokenSeconds",
      "bound",
      "layout",
      "engine",
    ]) {
      expect(out, key).toHaveProperty(key);
    }
    expect(out.fits).toBe(true);
    // Without --concurrency: the largest batch the KV cache holds.
    expect(out.concurrency).toBe(out.maxConcurrency);
    // (80 − 4 GB reserve − 8.03 GB of weights) · 0.9 over 0.131 GB per request.
    expect(out.maxConcurrency).toBe(466);
    expect(out.layout).toBe("TP1");
    expect(out.engine).toBe("vllm");
    expect(["memory", "compute"]).toContain(out.bound);
    expect(out.outputTokensPerSecondPerGpu).toBeCloseTo(
      out.outputTokensPerSecond,
      9,
    );
  });

  it("picks the fewest GPUs with --gpus auto, and says which count would hold a model that does not fit", async () => {
    const deepseek = estimateWith({ model: "deepseek-v3", gpus: undefined });
    const auto = await cliJson([...deepseek, "--gpus", "auto"]);
    expect(auto.gpus).toBe(16);
    expect(auto.fits).toBe(true);
    const two = await cliJson([...deepseek, "--gpus", "2"]);
    expect(two.fits).toBe(false);
    expect(two.fitsOn).toBe(16);
    const text = await cli([...deepseek, "--gpus", "2"]);
    expect(text.stdout).toMatch(/16 × H100 SXM5 80GB would hold it/);
  });

  it("sets a vLLM benchmark beside the estimate with --measured, and refuses a file that is not one", async () => {
    const bench = JSON.stringify({
      output_throughput: 10000,
      mean_tpot_ms: 40,
    });
    const io = { "bench.json": bench, "bad.json": '{"x": 1}' };
    const good = await cli(
      [...estimateArgs, "--measured", "bench.json", "--json"],
      io,
    );
    const out = JSON.parse(good.stdout);
    expect(out.measured.outputTokensPerSecond).toBe(10000);
    expect(out.measured.perUserOutputTokensPerSecond).toBe(25);
    expect(out.measured.estimateDifference).toBeCloseTo(
      out.outputTokensPerSecond / 10000 - 1,
      12,
    );
    const bad = await cli([...estimateArgs, "--measured", "bad.json"], io);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--measured bad.json the vLLM result has no output_throughput/,
    );
  });

  it("runs at a given concurrency", async () => {
    const out = JSON.parse(
      (await cli([...estimateArgs, "--concurrency", "1", "--json"])).stdout,
    );
    expect(out.concurrency).toBe(1);
    expect(out.perUserOutputTokensPerSecond).toBeGreaterThan(
      out.outputTokensPerSecond * 0.9,
    );
  });

  it("says when the model does not fit", async () => {
    const out = await cliJson(
      estimateWith({ model: "llama-3.1-405b", weights: "bf16", output: "100" }),
    );
    expect(out.fits).toBe(false);
    expect(out.outputTokensPerSecond).toBeNull();
  });

  it("reads model.json and gpu.json files", async () => {
    const files = {
      "m.json": JSON.stringify(customModel),
      "g.json": JSON.stringify(customGpu),
    };
    const out = await cliJson(
      estimateWith({
        model: "m.json",
        gpu: "g.json",
        weights: "bf16",
        input: "500",
        output: "200",
      }),
      files,
    );
    expect(out.model).toBe("Mine 7B");
  });

  it("prints a readable summary without --json", async () => {
    const { code, stdout } = await cli(estimateArgs);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Llama 3\.1 8B on 1 × H100/);
    expect(stdout).toMatch(/output tokens\/s/);
  });
});

describe("evaluate", () => {
  it("evaluates the article example", async () => {
    const out = await cliJson(["evaluate", "examples/article.json"]);
    expect(out.options).toHaveLength(3);
    const [muse, self] = out.options;
    expect(muse.monthlyCostUsd).toBeCloseTo(3670, 6);
    expect(muse.costPerMillionTokensUsd).toBeCloseTo(1.835, 9);
    expect(muse.breakdown).toHaveProperty("output");
    for (const key of [
      "gpus",
      "replicas",
      "utilization",
      "perUserOutputTokensPerSecond",
    ])
      expect(self, key).toHaveProperty(key);
    expect(out.savingsVsBaseline).toHaveLength(2);
    expect(out.breakEven.length).toBeGreaterThan(0);
    expect(out.catalogVersion).toMatch(/^\d{4}/);
  });

  it("prints a table without --json", async () => {
    const { stdout } = await cli(["evaluate", "examples/article.json"]);
    expect(stdout).toMatch(/Muse Spark/);
    expect(stdout).toMatch(/Break-even/);
  });

  it("reads a file that starts with a byte order mark", async () => {
    const article = readFileSync(new URL("article.json", examples), "utf8");
    const { code, stdout } = await cli(["evaluate", "bom.json", "--json"], {
      "bom.json": `\uFEFF${article}`,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).options).toHaveLength(3);
  });

  it("refuses a file nested thousands of levels deep, with one line", async () => {
    // Sizing the replica once used the precision, nested arrays here, as a key: turning it into
    // text overflowed the stack.
    const spec = JSON.parse(
      readFileSync(new URL("article.json", examples), "utf8"),
    );
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const text = JSON.stringify({
      ...spec,
      options: [
        spec.options[0],
        {
          kind: "self-host",
          model: "llama-4-maverick",
          gpu: "h100-sxm",
          weights: "DEEP",
        },
      ],
    }).replace('"DEEP"', deep);
    const { code, stderr } = await cli(["evaluate", "deep.json"], {
      "deep.json": text,
    });
    expect(stderr).toBe(
      'error: scenario: "deep.json" nests deeper than 32 levels\n',
    );
    expect(code).toBe(2);
  });

  it("refuses thousands of identical options at once, with the cap's message", async () => {
    // Each option once took time in proportion to the square of the options before it.
    const spec = JSON.parse(
      readFileSync(new URL("article.json", examples), "utf8"),
    );
    const options = Array.from({ length: 4000 }, () => spec.options[0]);
    const start = performance.now();
    const { code, stderr } = await cli(["evaluate", "many.json"], {
      "many.json": JSON.stringify({ ...spec, options }),
    });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "error: many.json: options must hold at most 50 options\n",
    );
  });
});

describe("evaluate --uncertainty", () => {
  it("adds the Monte Carlo's bands, probabilities and tornado", async () => {
    const { uncertainty: u } = await cliJson([
      "evaluate",
      "examples/article-ranges.json",
      "--uncertainty",
      "--draws",
      "500",
      "--seed",
      "7",
    ]);
    expect(u.draws).toBe(500);
    expect(u.seed).toBe(7);
    expect(u.options.map((o: { id: string }) => o.id)).toEqual([
      "muse-spark",
      "maverick-8xh100",
    ]);
    for (const band of [...u.options, u.saving]) {
      expect(band.p10).toBeLessThanOrEqual(band.p50);
      expect(band.p50).toBeLessThanOrEqual(band.p90);
    }
    const chances = u.options.map(
      (o: { probabilityCheapest: number }) => o.probabilityCheapest,
    );
    expect(chances[0] + chances[1]).toBeCloseTo(1, 12);
    expect(u.tornado.map((t: { field: string }) => t.field)).toContain(
      "options.maverick-8xh100.hosting.usdPerGpuHour",
    );
    // Eight GPUs from $2 to $4 an hour, 730 hours a month: the saving falls by $11,680.
    const gpu = u.tornado.find((t: { field: string }) =>
      t.field.endsWith("usdPerGpuHour"),
    );
    expect(gpu.low - gpu.high).toBeCloseTo(11_680, 6);
  });

  it("gives the same figures for the same seed, and today's without ranges", async () => {
    const args = ["evaluate", "examples/article-ranges.json", "--uncertainty"];
    const a = await cli([...args, "--json"]);
    const b = await cli([...args, "--json"]);
    expect(a.stdout).toBe(b.stdout);
    const plain = await cliJson([
      "evaluate",
      "examples/article.json",
      "--uncertainty",
    ]);
    expect(plain.uncertainty.options[0].p10).toBe(
      plain.options[0].monthlyCostUsd,
    );
    expect(plain.uncertainty.options[0].p90).toBe(
      plain.options[0].monthlyCostUsd,
    );
  });

  it("prints the bands after the table", async () => {
    const { stdout } = await cli([
      "evaluate",
      "examples/article-ranges.json",
      "--uncertainty",
    ]);
    expect(stdout).toMatch(/Uncertainty: 2000 draws, seed 1/);
    expect(stdout).toMatch(/Break-even: .* requests\/month/);
  });

  it("names a bad range or flag", async () => {
    const ranged = JSON.parse(
      readFileSync(new URL("article-ranges.json", examples), "utf8"),
    );
    const withRange = (range: object) =>
      JSON.stringify({ ...ranged, ranges: [range] });
    const bad = async (file: string, flags: string[] = []) =>
      (
        await cli(["evaluate", "s.json", "--uncertainty", ...flags], {
          "s.json": file,
        })
      ).stderr;
    expect(
      await bad(
        withRange({
          field: "workload.latency.minTokensPerSecond",
          low: 1,
          high: 2,
        }),
      ),
    ).toMatch(/ranges\.0\.field is not a number that can hold a range/);
    expect(
      await bad(
        withRange({ field: "workload.requestsPerMonth", low: 2e6, high: 3e6 }),
      ),
    ).toMatch(
      /workload\.requestsPerMonth must hold low ≤ the scenario's value ≤ high/,
    );
    expect(
      await bad(
        withRange({ field: "workload.outputTokens", low: 0, high: 600 }),
      ),
    ).toMatch(/ranges\.0\.low must be from 1 to/);
    expect(await bad(JSON.stringify(ranged), ["--draws", "20001"])).toMatch(
      /--draws must be a whole number from 1 to 20,000/,
    );
    expect(
      (await cli(["evaluate", "examples/article.json", "--seed", "3"])).stderr,
    ).toMatch(/--draws and --seed go with --uncertainty/);
  });
});

describe("solve", () => {
  /** `solve` on the article example for `target`, with any further flags. */
  const solve = (target: string, ...flags: string[]) => [
    "solve",
    "examples/article.json",
    "--for",
    target,
    ...flags,
  ];

  it("finds the volume at which the fleet pays", async () => {
    const out = await cliJson(solve("volume", "--option", "maverick-8xh100"));
    expect(out).toMatchObject({
      for: "volume",
      unit: "requests/month",
      baseline: "muse-spark",
      option: "maverick-8xh100",
      current: 1_000_000,
      equal: true,
    });
    // The same volume evaluate reports as the break-even.
    const evaluated = await cliJson(["evaluate", "examples/article.json"]);
    expect(out.value).toBeCloseTo(evaluated.breakEven[0].requestsPerMonth, 0);
  });

  it("says when there is no crossing, and why", async () => {
    const out = await cliJson(solve("engineers"));
    // The cheapest besides the baseline is an API: no engineers to vary.
    expect(out).toMatchObject({
      value: null,
      option: "llama-4-maverick-together",
      reason: "neither option is self-hosted",
    });
    const text = await cli(solve("apiPriceScale"));
    expect(text.stdout).toMatch(/cost the same at apiPriceScale = 0\.1\d/);
  });

  it("refuses an unknown target or option", async () => {
    expect((await cli(solve("price"))).stderr).toMatch(
      /--for must be one of volume, apiPriceScale/,
    );
    const { code, stderr } = await cli(solve("volume", "--option", "nope"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--option must be the id of one of the options/);
  });
});

describe("evaluate a workspace", () => {
  const frozen = JSON.parse(
    readFileSync(
      new URL("../share/fixtures/links.json", import.meta.url),
      "utf8",
    ),
  );
  const link: string = frozen.links[1].link;

  it("evaluates every scenario of a share link, pasted as a URL", async () => {
    const out = await cliJson([
      "evaluate",
      `https://breakeven.example/#${link}`,
    ]);
    expect(out.madeWithCatalogVersion).toBe("2026.11.29");
    expect(out.scenarios.map((s: { name: string }) => s.name)).toEqual([
      "Today",
      "Next year",
      "Small model",
    ]);
    expect(out.scenarios[0].options[0].monthlyCostUsd).toBeCloseTo(
      frozen.links[1].monthlyCostUsd[0][0],
      2,
    );
  });

  it("prices a link from an older catalog as it was made, and says re-pricing differs", async () => {
    const old = frozen.links.find(
      (l: { catalogVersion: string }) => l.catalogVersion === "2026.07.01",
    );
    const { code, stdout } = await cli(["evaluate", old.link]);
    expect(code).toBe(0);
    const [note, blank] = stdout.split("\n");
    expect(note).toMatch(
      /^Priced with catalog 2026\.07\.01, as it was made; re-priced with today's, \d{4}\.\d{2}\.\d{2}, it differs \(Scenario 1: Muse Spark \(Meta\) launch \(price unannounced\) → list price\)\.$/,
    );
    expect(blank).toBe("");
    expect(stdout).toMatch(/Muse Spark \(Meta\)\s+\$42,442–\$245,061/);
    const out = JSON.parse(
      (await cli(["evaluate", old.link, "--json"])).stdout,
    );
    expect(out.pricesAsOf).toBe("2026-07-01");
    expect(out.priceChangesSince).toHaveLength(1);
    expect(out.scenarios[0].options[0].monthlyCostRangeUsd.low).toBeCloseTo(
      old.monthlyCostRangeUsd[0][0].low,
      2,
    );
  });

  it("adds no note to a link made with today's catalog", async () => {
    const today = await encodeLink(defaultWorkspace());
    const { stdout } = await cli(["evaluate", today]);
    expect(stdout).toMatch(/^== Scenario 1 ==/);
  });

  it("says where a break-even search stopped, and never that there is no break-even", async () => {
    // 19 fleets along the baseline's price: some searches stop before their first crossing.
    const doc = fleetsAlongTheBaseline(new Random(9));
    const link = await encodeLink({ scenarios: [doc], open: 0 });
    const { code, stdout } = await cli(["evaluate", link]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/No break-even/);
    expect(stdout).toMatch(
      /Break-even with .+ searched up to [\d.]+[KMBT]? requests\/month only/,
    );
    const json = JSON.parse((await cli(["evaluate", link, "--json"])).stdout);
    expect(json.scenarios[0].breakEvenCut.length).toBeGreaterThan(0);
  });

  it("prices a link from a newer catalog with today's, and says so", async () => {
    const later = await encodeLink(defaultWorkspace(), "2099.01.01");
    const { code, stdout } = await cli(["evaluate", later]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Made with catalog 2099\.01\.01, newer than this one: priced with today's, /,
    );
  });

  it("evaluates an exported workspace file", async () => {
    const files = {
      "ws.json": JSON.stringify({
        format: "breakeven-workspace",
        version: 1,
        c: "2026.11.29",
        s: [{}, { n: "Busy", w: { rate: "80" } }],
      }),
    };
    const { code, stdout } = await cli(["evaluate", "ws.json"], files);
    expect(code).toBe(0);
    expect(stdout).toMatch(/== Scenario 1 ==/);
    expect(stdout).toMatch(/== Busy ==/);
  });

  it("says plainly why a link cannot be read", async () => {
    const { code, stderr } = await cli(["evaluate", `#${link.slice(0, -12)}`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: link: This link is damaged/);
  });
});

describe("evaluate JSON", () => {
  it("gives every self-hosted option the same keys, null when it cannot run, and the searched range", async () => {
    const files = {
      "tiny.json": JSON.stringify({
        workload: {
          requestsPerMonth: 1000,
          inputTokens: 100,
          outputTokens: 100,
          cachedShare: 0,
          batchShare: 0,
          peakToAverage: 1,
          latency: { minTokensPerSecond: 1, maxTimeToFirstTokenSeconds: 10 },
        },
        options: [
          { kind: "api", offer: "gpt-5.4" },
          {
            kind: "self-host",
            model: "llama-3.1-405b",
            gpu: "l40s",
            gpusPerReplica: 1,
            weights: "bf16",
          },
        ],
      }),
    };
    const out = JSON.parse(
      (await cli(["evaluate", "tiny.json", "--json"], files)).stdout,
    );
    const self = out.options[1];
    expect(self.monthlyCostUsd).toBeNull();
    expect(self.gpus).toBeNull();
    expect(self.utilization).toBeNull();
    expect(self.warnings[0].code).toBe("does-not-fit");
    expect(out.breakEvenSearchedRequestsPerMonth).toEqual({
      low: 1,
      high: 1e13,
    });
    expect(out.options[0].verbosity).toBe(1);
  });
});

describe("evaluate's cost band", () => {
  it("gives each self-hosted option its monthly cost at both ends of the throughput band", async () => {
    const article = JSON.parse(
      readFileSync(new URL("article.json", examples), "utf8"),
    );
    article.workload.requestsPerMonth = 100_000_000;
    const files = { "busy.json": JSON.stringify(article) };
    const out = await cliJson(["evaluate", "busy.json"], files);
    const [muse, self] = out.options;
    expect(muse).not.toHaveProperty("monthlyCostBandUsd");
    // Eight H100s at $2.95 an hour for 730 hours a replica, and a quarter engineer.
    const replicaUsd = 8 * 2.95 * 730;
    const engineers = self.breakdown.engineers;
    expect(self.replicas).toBe(4);
    expect(self.monthlyCostUsd).toBeCloseTo(4 * replicaUsd + engineers, 6);
    // 125% of the estimated throughput needs a replica fewer; 70% needs one more.
    expect(self.monthlyCostBandUsd[0]).toBeCloseTo(
      3 * replicaUsd + engineers,
      6,
    );
    expect(self.monthlyCostBandUsd[1]).toBeCloseTo(
      5 * replicaUsd + engineers,
      6,
    );
    const { stdout } = await cli(["evaluate", "busy.json"], files);
    expect(stdout).toMatch(/estimate band \$57,267–\$91,723/);
  });
});

describe("usage", () => {
  it("without a command, prints usage to stderr and exits 2", async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/Usage:/);
  });

  it("help prints usage to stdout", async () => {
    const { code, stdout } = await cli(["help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/estimate --model/);
  });
});

describe("catalog", () => {
  it("lists offers, models, GPUs and assumptions with sources", async () => {
    const { code, stdout } = await cli(["catalog"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/muse-spark/);
    expect(stdout).toMatch(/source:/);
    const json = JSON.parse((await cli(["catalog", "--json"])).stdout);
    expect(json.apiOffers.length).toBeGreaterThan(10);
    expect(json.gpus.length).toBe(7);
  });

  it("keeps the price column in line, lists every price point, and gives sizes to a tenth", async () => {
    const { stdout } = await cli(["catalog"]);
    const priced = stdout
      .split("\n")
      .filter((line) => / in \/ .* out {2}\[/.test(line));
    const column = new Set(
      priced.map((line) =>
        line.search(/ (\$[\d.]+ in|unannounced, estimated)/),
      ),
    );
    expect(column.size).toBe(1);
    expect(stdout).toMatch(
      /launch \(price unannounced\) +unannounced, estimated \$1\.00–\$5\.00 in/,
    );
    expect(stdout).toMatch(/Llama 3\.3 70B +70\.6B total, 70\.6B active/);
  });
});

describe("bad input: exit code 2 and one plain line naming the problem", () => {
  it.each([
    [["estimate"], /--model is required/],
    [estimateWith({ gpus: "x" }), /--gpus must be a whole number/],
    [estimateWith({ weights: "fp9" }), /--weights must be one of/],
    [estimateWith({ model: "nope" }), /--model "nope" is not in the catalog/],
    [estimateWith({ input: "-1" }), /Option '--input' argument is ambiguous/],
    [[...estimateWith({ input: undefined }), "--input=-1"], /--input must be/],
    [estimateWith({ input: undefined }), /--input is required/],
    [["estimate", "--bogus"], /Unknown option '--bogus'/],
    [
      estimateWith({ model: "missing.json" }),
      /--model: cannot read file "missing.json"/,
    ],
    [["evaluate"], /needs a scenario file/],
    [["evaluate", "broken.json"], /broken\.json" is not valid JSON/],
    [
      ["evaluate", "bad.json"],
      /bad\.json: workload\.cachedShare must be a number from 0 to 1/,
    ],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("%j", async (argv, message) => {
    const files = {
      "broken.json": "{ nope",
      "bad.json": JSON.stringify({
        workload: {
          requestsPerMonth: 1,
          inputTokens: 1,
          outputTokens: 1,
          cachedShare: 2,
          batchShare: 0,
          peakToAverage: 1,
          latency: { minTokensPerSecond: 1, maxTimeToFirstTokenSeconds: 1 },
        },
        options: [{ kind: "api", offer: "gpt-5.4" }],
      }),
    };
    const { code, stdout, stderr } = await cli(argv as string[], files);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
