// The overview's alerts card in Chromium against a real gateway on the demo data: each alert says
// what is wrong, what to do and who in the organization can do it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./support/harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

describe("alerts on the overview", () => {
  it("shows Northwind's exhausted contract with what to do and who can, and Wingtip's renewal", async () => {
    const northwind = await harness.open("nina.admin@northwind.example", { path: "/overview" });
    const low = northwind.page.locator('[data-testid="alert"][data-kind="CONTRACT_LOW_INCIDENTS"]');
    await low.waitFor();
    const text = await low.textContent();
    expect(text).toMatch(/Few incidents left · contract ends .+ \(in \d+ days\)/);
    expect(text).toContain("The on-premises support contract has no incidents left out of 10");
    expect(text).toContain("What to do:");
    expect(await low.getByTestId("alert-actors").textContent()).toContain("nina.admin@northwind.example");
    expect(await harness.axe(northwind.page)).toEqual([]);
    await harness.screenshot(northwind.page, "overview-alerts-northwind");
    await northwind.context.close();

    const wingtip = await harness.open("wendy.admin@wingtiptoys.example", { path: "/overview" });
    const renewal = wingtip.page.locator('[data-testid="alert"][data-kind="RENEWAL_AVAILABLE"]');
    await renewal.waitFor();
    expect(await renewal.getByTestId("alert-actors").textContent()).toContain("wendy.admin@wingtiptoys.example");
    await harness.screenshot(wingtip.page, "overview-alerts-wingtip");
    await wingtip.context.close();
  });

  it("says so when nothing needs attention", async () => {
    const { page, context } = await harness.open("tom.admin@tailspin.example", { path: "/overview" });
    await page.getByText("Nothing needs your attention today.").waitFor();
    await context.close();
  });
});
