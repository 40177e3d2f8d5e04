// Linked accounts and the audit log in Chromium against a real gateway on the demo data: a Global
// Admin unlinks an account and rotates the Access ID (each behind a confirmation that says what
// happens), then finds both in the audit log, refusals included; filters and page survive a
// reload; a helpdesk agent sees neither screen. axe at both sizes, screenshots of each state.
import { createSupportHubClient } from "@support-hub/sdk";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { go, type Harness, startHarness } from "./support/harness";

const ADMIN = "frank.admin@fabrikam.example";
const FIONA = "fiona.agent@fabrikam.example";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

async function settled(page: Page) {
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelector(".state-loading") === null);
}

/** A demo user's SDK client straight on the gateway (to prepare data the screen then shows). */
async function clientAs(email: string) {
  const response = await fetch(`${harness.gateway.url}/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
  const { token } = (await response.json()) as { token: string };
  return createSupportHubClient({ url: `${harness.gateway.url}/graphql`, getToken: () => token });
}

const navLabels = (page: Page) => page.getByRole("navigation", { name: "Console" }).getByRole("link").allTextContents();

describe("linked accounts and audit log", () => {
  it("an admin unlinks an account and rotates the Access ID after confirming, then reads both in the audit log", async () => {
    const { page, context } = await harness.open(ADMIN);
    await go(page, "Linked accounts");
    await page.waitForURL(/\/linked-accounts$/);
    await settled(page);
    const contracts = page.getByTestId("linked-contract");
    expect(await contracts.count()).toBe(2);
    const onPremises = page.locator('[data-testid="linked-contract"][data-kind="ON_PREMISES"]');
    const fiona = onPremises.locator(`[data-testid="linked-account"][data-email="${FIONA}"]`);
    expect(await fiona.textContent()).toMatch(/Work account/);
    const before = await onPremises.getByTestId("linked-account").count();
    expect(before).toBeGreaterThanOrEqual(2);
    expect(await onPremises.textContent()).toContain(`${before} linked accounts`);
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "linked-accounts-desktop");

    // Unlink: the dialog says what happens; Cancel first changes nothing.
    await fiona.getByRole("button", { name: "Unlink Fiona" }).click();
    const dialog = page.getByRole("dialog", { name: /^Unlink Fiona/ });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`${FIONA} can no longer open incidents on on-premises support`);
    expect(await dialog.textContent()).toContain("rotate the Access ID too");
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "linked-accounts-unlink-dialog");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await fiona.count()).toBe(1);
    await fiona.getByRole("button", { name: "Unlink Fiona" }).click();
    await dialog.getByRole("button", { name: "Unlink account" }).click();
    await dialog.waitFor({ state: "hidden" });
    // The list re-reads (its query is invalidated): Fiona is gone from this contract only.
    await fiona.waitFor({ state: "detached" });
    expect(await onPremises.getByTestId("linked-account").count()).toBe(before - 1);
    expect(await onPremises.textContent()).toContain(before - 1 === 1 ? "1 linked account" : `${before - 1} linked accounts`);
    expect(await page.locator(`[data-kind="CLOUD"] [data-email="${FIONA}"]`).count()).toBe(1);

    // Rotate: what happens is said before; the new ID is shown with a copy button.
    await page.getByRole("button", { name: "Rotate Access ID" }).click();
    const rotate = page.getByRole("dialog", { name: "Rotate the Access ID?" });
    await rotate.waitFor();
    const said = await rotate.textContent();
    expect(said).toContain("Accounts already linked keep working");
    expect(said).toContain("The old Access ID and Contract ID no longer link anyone new");
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "linked-accounts-rotate-dialog");
    await rotate.getByRole("button", { name: "Issue a new Access ID" }).click();
    const issued = page.getByTestId("new-access-id");
    await issued.waitFor();
    const accessId = (await issued.locator("code").textContent()) ?? "";
    expect(accessId).toMatch(/^\S{8,}$/);
    expect(accessId).not.toBe("FAB-ACCESS-DEMO-0001");
    await issued.getByRole("button", { name: "Copy new Access ID" }).click();
    await issued.getByRole("button", { name: "Copied new Access ID" }).waitFor();
    expect(await issued.textContent()).toContain("stay linked");
    // The old pair links nobody new, through the API the screen promised it of.
    const someone = await clientAs("someone@outlook.com");
    const refused = await someone.linkSupportContract({ accessId: "FAB-ACCESS-DEMO-0001", contractNumber: "FAB-CONTRACT-DEMO-0001" });
    expect(refused.userErrors.map((error) => error.code)).toContain("INVALID_PAIR");
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "linked-accounts-rotated");

    // The audit log, newest first: the rotation, then the unlink, in words, with who and the outcome.
    await go(page, "Audit log");
    await page.waitForURL(/\/audit-log$/);
    await settled(page);
    const entries = page.getByTestId("audit-entry");
    await entries.first().waitFor();
    const mine = page.locator('[data-testid="audit-entry"][data-action="rotateAccessId"]').first();
    expect(await mine.textContent()).toMatch(/Rotate the Access ID\s*Succeeded.*by Frank/);
    const unlink = page.locator('[data-testid="audit-entry"][data-action="unlinkSupportContractAccount"]').first();
    expect(await unlink.textContent()).toMatch(/Unlink an account\s*Succeeded.*by Frank/);
    const actions = await entries.evaluateAll((items) => items.map((item) => item.getAttribute("data-action")));
    expect(actions.indexOf("rotateAccessId")).toBeLessThan(actions.indexOf("unlinkSupportContractAccount"));
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "audit-log-desktop");
    await context.close();
  }, 120_000);

  it("shows refusals, and keeps the filters and the page in the URL across a reload and Back", async () => {
    // 23 refused unlinks (Henry never linked this contract), so the refusals fill more than one page of 20.
    const frank = await clientAs(ADMIN);
    const viewer = await frank.viewer();
    const contracts = await frank.supportContracts({ organizationId: viewer!.organization!.id });
    const onPremises = contracts?.find((contract) => contract.kind === "ON_PREMISES");
    const users = await frank.organizationUsers({ organizationId: viewer!.organization!.id, first: 50 });
    const henryId = users?.nodes.find((user) => user.email === "henry.helpdesk@fabrikam.example")?.id;
    for (let i = 0; i < 23; i++) {
      const result = await frank.unlinkSupportContractAccount({ supportContractId: onPremises!.id, userId: henryId! });
      expect(result.userErrors[0]?.code).toBe("ACCOUNT_NOT_LINKED");
    }

    const { page, context } = await harness.open(ADMIN, { path: "/audit-log" });
    await settled(page);
    await page.getByLabel("Outcome").selectOption("REFUSED");
    await page.waitForURL(/outcome=REFUSED/);
    await page.getByLabel("Action").selectOption("unlinkSupportContractAccount");
    await page.waitForURL(/action=unlinkSupportContractAccount/);
    const total = page.getByTestId("audit-total");
    await total.filter({ hasText: /^Showing 1–20 of 23 entries$/ }).waitFor();
    const refusal = page.getByTestId("audit-entry").first();
    expect(await refusal.getAttribute("data-outcome")).toBe("REFUSED");
    expect(await refusal.textContent()).toMatch(/Unlink an account\s*Refused.*Why: ACCOUNT_NOT_LINKED/);
    await page.getByRole("button", { name: "Next page" }).click();
    await page.waitForURL(/pages=/);
    await total.filter({ hasText: /^Showing 21–23 of 23 entries$/ }).waitFor();

    await page.reload();
    await settled(page);
    await total.filter({ hasText: /^Showing 21–23 of 23 entries$/ }).waitFor();
    expect(await page.getByLabel("Outcome").inputValue()).toBe("REFUSED");
    expect(await page.getByLabel("Action").inputValue()).toBe("unlinkSupportContractAccount");
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "audit-log-refusals-page-2");
    await page.goBack();
    await total.filter({ hasText: /^Showing 1–20 of 23 entries$/ }).waitFor();

    // A hand-edited URL cannot break the screen: unknown values are dropped or match nothing.
    await page.goto(`${harness.url}/audit-log?outcome=NOPE&action=noSuchThing&pages=42`);
    await settled(page);
    expect(await page.getByLabel("Outcome").inputValue()).toBe("");
    await page.getByText("No entries match").waitFor();
    await context.close();
  }, 120_000);

  it("a helpdesk agent sees neither screen, in the navigation or by address", async () => {
    const { page, context } = await harness.open("henry.helpdesk@fabrikam.example");
    await settled(page);
    const labels = await navLabels(page);
    expect(labels).not.toContain("Linked accounts");
    expect(labels).not.toContain("Audit log");
    for (const path of ["/linked-accounts", "/audit-log"]) {
      await page.goto(`${harness.url}${path}`);
      await page.getByRole("heading", { level: 1, name: "Not available" }).waitFor();
    }
    // An MPN Partner Admin manages links but reads no audit log (GLOBAL_ADMIN only).
    const partner = await harness.open("paul.partneradmin@contoso.example");
    await settled(partner.page);
    const partnerLabels = await navLabels(partner.page);
    expect(partnerLabels).toContain("Linked accounts");
    expect(partnerLabels).not.toContain("Audit log");
    await partner.context.close();
    await context.close();
  }, 60_000);

  it("both screens on a phone (390x844) and the operator's organization picker", async () => {
    const { page, context } = await harness.open(ADMIN, { phone: true, path: "/linked-accounts" });
    await settled(page);
    await page.getByTestId("linked-account").first().waitFor();
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "linked-accounts-phone");
    await page.goto(`${harness.url}/audit-log`);
    await settled(page);
    await page.getByTestId("audit-entry").first().waitFor();
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "audit-log-phone");
    await context.close();

    const operator = await harness.open("olivia.operator@partnerprogram.example", { path: "/audit-log" });
    await settled(operator.page);
    expect(await navLabels(operator.page)).toContain("Audit log");
    expect(await navLabels(operator.page)).not.toContain("Linked accounts");
    const fabrikam = await operator.page.getByLabel("Organization").locator("option", { hasText: "Fabrikam" }).getAttribute("value");
    await operator.page.getByLabel("Organization").selectOption(fabrikam!);
    await operator.page.waitForURL(/organizationId=/);
    await operator.page.getByLabel("Action").selectOption("rotateAccessId");
    await operator.page.waitForURL(/action=rotateAccessId/);
    await operator.page.locator('[data-testid="audit-entry"][data-action="rotateAccessId"]').first().waitFor();
    expect(await harness.axe(operator.page)).toEqual([]);
    await harness.screenshot(operator.page, "audit-log-operator-fabrikam");
    await operator.context.close();
  }, 60_000);
});
