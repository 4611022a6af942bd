// @vitest-environment happy-dom
import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import ArticleFigure from "../../../src/lib/components/ArticleFigure.svelte";
import type { ArticleComparison } from "../../../src/lib/present/article";

const base = { selfHostLabel: "Llama on 8 × H100", apiLabel: "Muse Spark" };
const text = (comparison: ArticleComparison | null) => {
  const { container } = render(ArticleFigure, { comparison });
  return container.textContent!.replace(/\s+/g, " ");
};

describe("ArticleFigure", () => {
  it("quotes the article with its source, keeping its capitals", () => {
    expect(text(null)).toMatch(
      /The article: self-hosting Llama cost 88% less than proprietary API providers\./,
    );
    expect(screen.getByText(/^Source: VentureBeat/)).toBeTruthy();
    expect(text(null)).toMatch(/make a per-token API the baseline/);
  });

  it("gives the user's saving and the volume that reaches 88%", () => {
    const t = text({
      ...base,
      today: { kind: "saves", share: 0.53 },
      target: { kind: "reached", tokensPerMonth: 5e10 },
    });
    expect(t).toMatch(/saves 53% against Muse Spark today/);
    expect(t).toMatch(/would save 88% from 50B tokens a month/);
  });

  it("says the most a fleet can save when 88% is out of reach", () => {
    const t = text({
      ...base,
      today: { kind: "costs-more", share: 2.1 },
      target: { kind: "best", share: 0.86, fleetShareOfApi: 0.14 },
    });
    expect(t).toMatch(/costs 210% more than Muse Spark today/);
    expect(t).toMatch(
      /cannot reach 88% at any volume: .* still costs 14% of the API per token, so the most it saves is 86%/,
    );
  });

  it("never reports a negative best saving", () => {
    const t = text({
      ...base,
      today: { kind: "costs-more", share: 4 },
      target: { kind: "never-cheaper", fleetShareOfApi: 1.15 },
    });
    expect(t).toMatch(
      /never becomes cheaper than the API at any volume: even fully busy, the fleet costs 115% of the API per token/,
    );
    expect(t).not.toMatch(/-\d+%/);
  });

  it("words a self-hosted option that cannot run, and a free API", () => {
    expect(
      text({
        ...base,
        today: { kind: "cannot-run" },
        target: { kind: "none" },
      }),
    ).toMatch(/cannot run as configured/);
    expect(
      text({ ...base, today: { kind: "free-api" }, target: { kind: "none" } }),
    ).toMatch(/whose prices are set to \$0/);
  });

  it("says when its figures take the middle of an unannounced price range", () => {
    const t = text({
      ...base,
      midRangeOf: "Muse Spark",
      today: { kind: "saves", share: 0.53 },
      target: { kind: "reached", tokensPerMonth: 5e10 },
    });
    expect(t).toMatch(
      /At the middle of Muse Spark's unannounced price range; its card gives the saving and break-even at each end\./,
    );
  });
});
