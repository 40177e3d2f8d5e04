// The admin console in a real browser (Debian's Chromium via playwright-core) against a real
// gateway on PGlite with the demo data. The flows share one gateway, in order: activation before
// linking the new pair, exhausting Fabrikam's cloud 5-pack before withdrawing for a refund.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exactly, go, type Harness, startHarness } from "./support/harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

/** Contoso's pair, created by the activation test and linked by the linking test. */
const contosoPair = { accessId: "", contractId: "" };

describe("admin console in Chromium", () => {
  it("signs in with a picker of the demo users and shows the signed-in user's roles", async () => {
    const { page, context } = await harness.open(null);
    await page.getByRole("heading", { level: 1, name: "Sign in to Support Hub" }).waitFor();
    // The accounts come from the gateway (GET /dev/users): the seed's twelve demo users, with their notes.
    const accounts = page.getByRole("list", { name: "Demo accounts" }).getByRole("listitem");
    await accounts.first().waitFor();
    // Every demo user, Wingtip Toys' and Relecloud's admins included.
    expect(await accounts.count()).toBe(14);
    expect(await accounts.first().textContent()).toContain("Gold Cloud Platform");
    await harness.screenshot(page, "01-sign-in");

    await page.getByRole("button", { name: /alice\.admin@contoso\.example/ }).click();
    const whoami = page.getByTestId("whoami");
    await whoami.getByText("Alice Admin").waitFor();
    expect(await whoami.textContent()).toContain("Global Admin");
    expect(await whoami.textContent()).toContain("Contoso Ltd.");

    // Overview: active offers and the entitlements table (on-premises, cloud, TPD).
    await page.getByRole("heading", { name: "Active offers" }).waitFor();
    expect(await page.getByText("Cloud Platform").first().isVisible()).toBe(true);
    expect(await page.getByText("Data Analytics").first().isVisible()).toBe(true);
    expect(await page.getByTestId("entitlement-onprem").textContent()).toBe("20");
    expect(await page.getByTestId("entitlement-cloud").textContent()).toBe("Unlimited");
    expect(await page.getByTestId("entitlement-tpd").textContent()).toContain("50");
    await harness.screenshot(page, "02-overview-contoso");
    await context.close();
  });

  it("shows the empty state without offers and NOT_AUTHORIZED for a CSP-only account", async () => {
    const tailspin = await harness.open("tom.admin@tailspin.example");
    await tailspin.page.getByText("Looks like you don't have any benefits yet").waitFor();
    await harness.screenshot(tailspin.page, "03-overview-empty-tailspin");
    await tailspin.context.close();

    // A CSP-only account sees no navigation it cannot use: no overview, activation or TPD hours.
    const adatum = await harness.open("carol.csp@adatum.example");
    const nav = adatum.page.getByRole("navigation", { name: "Console" });
    await nav.getByRole("link").first().waitFor();
    expect(await nav.getByRole("link").allTextContents()).toEqual(["Link a contract", "Coverage", "Incidents"]);
    expect(new URL(adatum.page.url()).pathname).toBe("/link");
    // Reached by its address, a screen it cannot use says why instead of failing.
    await adatum.page.goto(`${harness.url}/overview`);
    const forbidden = adatum.page.getByTestId("not-authorized");
    await forbidden.waitFor();
    expect(await forbidden.textContent()).toContain("You are not authorized for this action");
    await harness.screenshot(adatum.page, "04-not-authorized-adatum");
    await adatum.context.close();
  });

  it("disables activation for a helpdesk agent, with the reason and who can activate", async () => {
    const { page, context } = await harness.open("hannah.helpdesk@contoso.example");
    await go(page, "Activation");
    const button = page.getByRole("button", { name: "Activate benefits" });
    await button.waitFor();
    expect(await button.isDisabled()).toBe(true);
    const refusal = page.getByTestId("activation-refusal");
    expect(await refusal.textContent()).toContain("Helpdesk Agent");
    const who = await page.getByTestId("users-who-can-activate").textContent();
    expect(who).toContain("alice.admin@contoso.example");
    expect(who).toContain("paul.partneradmin@contoso.example");
    expect(await page.getByText("Only a Global Admin or an MPN Partner Admin").isVisible()).toBe(true);
    await harness.screenshot(page, "05-activation-disabled-helpdesk");
    await context.close();
  });

  it("lets a Global Admin activate and shows the Access ID and Contract ID with copy buttons", async () => {
    const { page, context } = await harness.open("alice.admin@contoso.example");
    await go(page, "Activation");
    const button = page.getByRole("button", { name: "Activate benefits" });
    await button.waitFor();
    expect(await button.isEnabled()).toBe(true);
    await harness.screenshot(page, "06-activation-enabled-admin");
    await button.click();
    await page.getByRole("heading", { name: "Your benefits are active" }).waitFor();
    contosoPair.accessId = (await page.getByTestId("access-id").textContent()) ?? "";
    contosoPair.contractId = (await page.getByTestId("contract-id").textContent()) ?? "";
    expect(contosoPair.accessId).not.toBe("");
    expect(contosoPair.contractId).not.toBe("");
    expect(await page.getByRole("button", { name: "Copy Access ID" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Copy Contract ID" }).isVisible()).toBe(true);
    expect(await page.getByTestId("announcer").textContent()).toContain("Technical benefits activated");
    await harness.screenshot(page, "07-activated-ids");
    await context.close();
  });

  it("links a new pair, then again (the diagnostic), and explains wrong and exhausted pairs", async () => {
    expect(contosoPair.accessId).not.toBe("");
    const { page, context } = await harness.open("someone@outlook.com");
    await go(page, "Link a contract");
    const fill = async (accessId: string, contractId: string) => {
      await page.getByLabel(exactly("Access ID")).fill(accessId);
      await page.getByLabel(exactly("Contract ID")).fill(contractId);
      await page.getByRole("button", { name: "Link contract" }).click();
    };

    // Client-side validation first: nothing is sent, focus goes to the first invalid field.
    await page.getByRole("button", { name: "Link contract" }).click();
    await page.getByText("Enter the Access ID", { exact: true }).waitFor();
    expect(await page.getByLabel(exactly("Access ID")).evaluate((el) => el === document.activeElement)).toBe(true);

    await fill(contosoPair.accessId, contosoPair.contractId);
    await page.getByTestId("link-success").waitFor();
    await page.getByRole("heading", { name: "Contracts of this pair" }).waitFor();
    await harness.screenshot(page, "08-link-new");

    await fill(contosoPair.accessId, contosoPair.contractId);
    const diagnostic = page.getByTestId("link-diagnostic");
    await diagnostic.waitFor();
    expect(await diagnostic.textContent()).toContain("nothing more is needed");
    await harness.screenshot(page, "09-link-again-diagnostic");

    await fill("NOPE-ACCESS", "NOPE-CONTRACT");
    const error = page.getByTestId("link-error");
    await error.getByText("Wrong Access ID or Contract ID").waitFor();
    await harness.screenshot(page, "10-link-wrong-pair");

    // Northwind's only contract has no incidents left.
    await fill("NWD-ACCESS-DEMO-0001", "NWD-CONTRACT-DEMO-0001");
    await error.getByText("This contract has no incidents left").waitFor();
    await harness.screenshot(page, "11-link-exhausted");
    await context.close();
  });

  it("creates cloud incidents until the 5-pack is exhausted, shows the refusal, and refunds a withdrawal", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example");
    await go(page, "Incidents");
    const cloud = page.getByTestId("remaining-CLOUD");
    await cloud.getByText("2 of 5 left").waitFor();
    const total = page.getByTestId("incident-total");
    await total.getByText(/of 9 incidents/).waitFor();
    await harness.screenshot(page, "12-incidents-list");

    await page.getByRole("button", { name: "New incident" }).click();
    const form = page.getByTestId("create-incident");
    const submit = form.getByRole("button", { name: "Open incident" });

    // Client-side validation: errors next to their fields, focus on the first.
    await form.getByLabel(exactly("Contact e-mail")).fill("not-an-email");
    await submit.click();
    await form.getByText("Choose a product and a version").waitFor();
    expect(await form.getByText("Enter a title").isVisible()).toBe(true);
    expect(await form.getByText("Enter a valid e-mail address").isVisible()).toBe(true);
    expect(await form.getByLabel(exactly("Product")).evaluate((el) => el === document.activeElement)).toBe(true);
    await harness.screenshot(page, "13-create-client-validation");

    // A server userError lands next to its field (input.productVersionId -> Version).
    await form.getByLabel(exactly("Contact e-mail")).fill("frank.admin@fabrikam.example");
    await form.getByLabel(exactly("Product")).selectOption({ label: "Windows Server" });
    await form.getByLabel(exactly("Version")).selectOption({ label: "2016 (not covered)" });
    await form.getByLabel(exactly("Title")).fill("Old cluster node");
    await form.getByLabel(exactly("Description")).fill("A node of the 2016 cluster crashes.");
    await submit.click();
    const version = form.getByLabel(exactly("Version"));
    await expect.poll(() => version.getAttribute("aria-invalid")).toBe("true");
    // The message is the control's description (aria-describedby), shown right under it.
    const describedBy = (await version.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy.split(" ").pop()}"]`).textContent()).toMatch(/more than one version behind/);
    await harness.screenshot(page, "14-create-server-field-error");

    await form.getByLabel(exactly("Product")).selectOption({ label: "Dynamics 365" });
    // Lengths come from the API (Query.inputLimits: 200 for a title) and are counted as it counts
    // them, in code points: 201 emoji are refused before a round trip, 150 (300 UTF-16 units) pass.
    await form.getByLabel(exactly("Title")).fill("🔥".repeat(201));
    await submit.click();
    // "At most 200 characters" is also the field's hint, shown all along: wait for the refusal itself.
    await expect.poll(() => form.getByLabel(exactly("Title")).getAttribute("aria-invalid")).toBe("true");
    for (const [index, left, title] of [
      [1, "1 of 5 left", "🔥".repeat(150)],
      [2, "0 of 5 left", "Workflow stuck 2"],
    ] as const) {
      await form.getByLabel(exactly("Title")).fill(title);
      await form.getByLabel(exactly("Description")).fill(`Approval workflow ${index} never completes.`);
      await submit.click();
      await cloud.getByText(left).waitFor();
      await page
        .getByTestId("announcer")
        .getByText(/opened on Dynamics 365/)
        .waitFor();
    }
    await total.getByText(/of 11 incidents/).waitFor();

    await form.getByLabel(exactly("Title")).fill("Workflow stuck 3");
    await form.getByLabel(exactly("Description")).fill("One more than the contract allows.");
    await submit.click();
    await form
      .getByRole("alert")
      .getByText(/no incidents remaining/i)
      .waitFor();
    expect(await total.textContent()).toContain("of 11 incidents");
    await harness.screenshot(page, "15-create-refused-exhausted");

    // Withdraw the newest (ours, open): refunded, and the remaining count goes back up.
    await form.getByRole("button", { name: "Close" }).click();
    const newest = page.getByTestId("incident").first();
    expect(await newest.textContent()).toContain("Workflow stuck 2");
    await newest.getByRole("button", { name: /^Withdraw/ }).click();
    // Asked first: Cancel changes nothing, the dialog's own button withdraws.
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: /^Withdraw SR-/ }).waitFor();
    await harness.screenshot(page, "16a-withdraw-confirmation");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await newest.getByText("Open", { exact: true }).isVisible()).toBe(true);
    await newest.getByRole("button", { name: /^Withdraw/ }).click();
    await dialog.getByRole("button", { name: "Withdraw incident" }).click();
    await page
      .getByTestId("announcer")
      .getByText(/withdrawn: its incident was refunded/)
      .waitFor();
    await cloud.getByText("1 of 5 left").waitFor();
    await page.getByTestId("incident").first().getByText("Withdrawn").waitFor();

    // Resolve another: not refunded.
    const second = page.getByTestId("incident").nth(1);
    await second.getByRole("button", { name: /^Resolve/ }).click();
    await dialog.getByRole("button", { name: "Resolve incident" }).click();
    await page
      .getByTestId("announcer")
      .getByText(/resolved$/)
      .waitFor();
    await cloud.getByText("1 of 5 left").waitFor();
    await harness.screenshot(page, "16-withdrawn-refunded");

    // Filters and paging with totals.
    await page.getByRole("checkbox", { name: "Withdrawn" }).check();
    await total.getByText(/^Showing 1–\d+ of \d+ incidents?$/).waitFor();
    await page.getByRole("checkbox", { name: "Withdrawn" }).uncheck();
    await total.getByText("Showing 1–5 of 11 incidents").waitFor();
    await page.getByRole("button", { name: "Next page" }).click();
    await total.getByText("Showing 6–10 of 11 incidents").waitFor();
    await context.close();
  });

  it("lets a direct CSP partner's admin agent open an Azure incident for a customer on the CSP plan", async () => {
    const { page, context } = await harness.open("fiona.agent@fabrikam.example");
    await go(page, "Incidents");
    await page.getByRole("button", { name: "New incident" }).click();
    const form = page.getByTestId("create-incident");
    await form.getByLabel(exactly("Product")).selectOption({ label: "Azure" });
    await form.getByLabel(exactly("For")).selectOption({ label: "CSP customer: Wide World Importers" });
    await form.getByText("Plans for this request (2 available)").waitFor();
    await form.getByLabel(exactly("Support plan")).selectOption({ label: "Cloud Solution Provider" });
    await form.getByRole("radio", { name: /B — high/ }).check();
    await form.getByLabel(exactly("Title")).fill("VM scale set cannot scale out");
    await form.getByLabel(exactly("Description")).fill("The customer's scale set stays at 2 instances.");
    await form.getByLabel(exactly("Contact phone")).fill("+1 555 0100");
    await form.getByRole("button", { name: "Open incident" }).click();
    await page.getByTestId("announcer").getByText("opened on Azure for Wide World Importers").waitFor();
    const incident = page.getByTestId("incident").filter({ hasText: "VM scale set cannot scale out" });
    await incident.waitFor();
    expect(await incident.textContent()).toContain("Cloud Solution Provider");
    expect(await incident.textContent()).toContain("for Wide World Importers");
    await page.getByTestId("remaining-CLOUD").getByText("1 of 5 left").waitFor();
    await harness.screenshot(page, "17-csp-customer-incident");
    await context.close();
  });

  it("checks coverage: covered or not and why, plans with reasons, paid-plan suggestions", async () => {
    const { page, context } = await harness.open("nina.admin@northwind.example");
    await go(page, "Coverage");
    await page.getByLabel(exactly("Date")).fill("2026-11-25");
    await page.getByLabel(exactly("Product")).selectOption({ label: "SQL Server (on-premises)" });
    await page.getByLabel(exactly("Version")).selectOption({ label: "2022" });
    const verdict = page.getByTestId("coverage-verdict");
    // A LocalDate in the browser's locale (en-US here), not moved a day back by the time zone (Los Angeles).
    await verdict.getByText("SQL Server 2022: covered on Nov 25, 2026").waitFor();
    // Northwind's on-premises contract has none left: unavailable with its reason, paid plans suggested.
    await page
      .getByTestId("plans")
      .getByText(/no incidents remaining/i)
      .waitFor();
    await page.getByTestId("paid-plans").getByText("Premier Support for Partners").waitFor();
    await harness.screenshot(page, "18-coverage-exhausted-paid-plans");
    await page.getByLabel(exactly("Version")).selectOption({ label: "2017" });
    await verdict.getByText("SQL Server 2017: not covered on Nov 25, 2026").waitFor();
    await harness.screenshot(page, "19-coverage-not-covered");
    await context.close();
  });

  it("serves the other screens: TPD, roles, operator catalog and offers, and the phone layout", async () => {
    const frank = await harness.open("frank.admin@fabrikam.example");
    await go(frank.page, "Presales & deployment");
    await frank.page.getByTestId("tpd-remaining").getByText(/^14/).waitFor();
    await frank.page.getByLabel(exactly("Hours")).fill("2");
    await frank.page.getByLabel(exactly("What do you need?")).fill("Architecture review for a migration.");
    await frank.page.getByRole("button", { name: "Request hours" }).click();
    await frank.page.getByTestId("tpd-remaining").getByText(/^12/).waitFor();
    await harness.screenshot(frank.page, "20-tpd");

    await go(frank.page, "Roles");
    // The roles offered are the API's (viewer.permissions.assignableRoles): an admin cannot give SUPPORT_OPERATOR.
    // The options come with the page's query: wait for them before reading the list.
    await frank.page.getByLabel(exactly("Role")).locator("option", { hasText: "Global Admin" }).waitFor({ state: "attached" });
    const offered = await frank.page.getByLabel(exactly("Role")).locator("option").allTextContents();
    expect(offered).toContain("Global Admin");
    expect(offered).not.toContain("Support Operator");
    await frank.page.getByLabel(exactly("User")).selectOption({ label: "Henry Helpdesk" });
    await frank.page.getByLabel(exactly("Role")).selectOption({ label: "Report Viewer" });
    await frank.page.getByRole("button", { name: "Assign role" }).click();
    await frank.page.getByRole("button", { name: "Remove Report Viewer from Henry Helpdesk" }).waitFor();
    await harness.screenshot(frank.page, "21-roles");
    await frank.page.getByRole("button", { name: "Remove Report Viewer from Henry Helpdesk" }).click();
    await frank.page.getByTestId("announcer").getByText("Report Viewer removed from Henry Helpdesk").waitFor();
    await frank.context.close();

    const operator = await harness.open("olivia.operator@partnerprogram.example");
    await go(operator.page, "Product catalog");
    await operator.page
      .getByRole("rowheader", { name: /Windows Server/ })
      .first()
      .waitFor();
    await operator.page.getByLabel(exactly("Product")).selectOption({ label: "Windows Server" });
    // The catalog already has 2025 (kept current); the operator adds a hypothetical next release.
    await operator.page.getByLabel(exactly("Version name")).fill("2028");
    await operator.page.getByLabel(exactly("Released on")).fill("2026-11-02");
    await operator.page.getByLabel(exactly("Mainstream support ends on")).fill("2031-11-11");
    await operator.page.getByLabel(exactly("Extended support ends on")).fill("2036-11-11");
    await operator.page.getByRole("button", { name: "Add version" }).click();
    await operator.page.getByTestId("announcer").getByText("Windows Server 2028 added").waitFor();
    await harness.screenshot(operator.page, "22-operator-catalog");

    await go(operator.page, "Membership offers");
    await operator.page.getByLabel(exactly("Organization")).selectOption({ label: "Tailspin Toys" });
    await operator.page.getByText("This organization has no membership offer.").waitFor();
    await operator.page.getByLabel(exactly("Level")).selectOption({ label: "Action Pack" });
    await operator.page.getByRole("button", { name: "Grant offer" }).click();
    await operator.page.getByRole("button", { name: "Revoke Action Pack" }).waitFor();
    await harness.screenshot(operator.page, "23-operator-offers");
    await operator.context.close();

    const phone = await harness.open("frank.admin@fabrikam.example", { phone: true });
    await go(phone.page, "Incidents");
    await phone.page.getByTestId("remaining-CLOUD").waitFor();
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await harness.screenshot(phone.page, "24-phone-incidents");
    await phone.context.close();
  });
});
