/**
 * Ranges entered on the page, in Chromium: typed into a field, How sure follows them with its seed
 * and draws, the link carries them to the same figures, and the range editor passes axe, at
 * 360 px too.
 */
import { describe, expect, it } from "vitest";
import { axeViolations } from "./axe";
import { useSite } from "./use-site";

const env = useSite();

async function open(url: string, width = 1280) {
  const context = await env.newContext({
    viewport: { width, height: 900 },
    colorScheme: "light",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByTestId("scenario-tabs").waitFor();
  return { page, errors };
}

describe("ranges on the page", () => {
  it("takes GPU rent as a range, says how sure with its seed, and reopens from the link to the same figures", async () => {
    const { page, errors } = await open(`${env.site.url}/`);
    const sure = page.getByTestId("how-sure");
    const drawn = page.getByTestId("how-sure-drawn");
    await expect.poll(() => sure.textContent()).toMatch(/100% probability/);

    // The fleet breaks even with the API near $7.30 an hour: from $2 to $10 it is not sure.
    await page.getByLabel("Rent", { exact: true }).fill("2–10");
    await expect
      .poll(() => sure.textContent())
      .toMatch(/ with (\d|[1-9]\d)% probability/);
    expect(await drawn.textContent()).toBe("From 2,000 draws, seed 1.");

    await page.getByLabel("Seed").fill("7");
    await expect
      .poll(() => drawn.textContent())
      .toBe("From 2,000 draws, seed 7.");
    const sentence = await sure.textContent();

    // The Range button moves the typed ends beside the field, where axe checks them.
    await page.getByRole("button", { name: "Range: Rent" }).click();
    await expect
      .poll(() => page.getByLabel("Rent, low end").inputValue())
      .toBe("2");
    expect(await page.getByLabel("Rent, most likely").inputValue()).toBe("6");
    expect(await axeViolations(page)).toEqual([]);
    await expect.poll(() => sure.textContent()).toBe(sentence);

    // The address bar follows the workspace a quarter second after the last edit.
    await expect.poll(() => page.url()).toMatch(/#b2\./);
    const link = page.url();
    expect(errors).toEqual([]);

    const reopened = await open(link, 360);
    await expect
      .poll(() => reopened.page.getByTestId("how-sure-drawn").textContent())
      .toBe("From 2,000 draws, seed 7.");
    await expect
      .poll(() => reopened.page.getByTestId("how-sure").textContent())
      .toBe(sentence);
    const range = reopened.page.getByRole("button", { name: "Range: Rent" });
    await range.click();
    await reopened.page.getByLabel("Rent, high end").waitFor();
    expect(await axeViolations(reopened.page)).toEqual([]);
    const overflow = await reopened.page.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(reopened.errors).toEqual([]);
  });

  it("says what is wrong with a bad range beside it and keeps the answer, marked stale", async () => {
    const { page, errors } = await open(`${env.site.url}/`);
    await page.getByTestId("how-sure").waitFor();
    const headline = await page.getByTestId("headline").textContent();
    await page.getByLabel("Rent", { exact: true }).fill("10–2");
    const field = page.getByLabel("Rent", { exact: true });
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    expect(await field.getAttribute("aria-describedby")).toContain(
      "self-hosted-usdPerGpuHour-error",
    );
    expect(
      await page.locator("#self-hosted-usdPerGpuHour-error").textContent(),
    ).toBe("The low end must not be above the high end.");
    expect(
      await page.getByTestId("answer").getByRole("status").textContent(),
    ).toMatch(/last valid result/);
    expect(await page.getByTestId("headline").textContent()).toContain(
      headline!.trim(),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
