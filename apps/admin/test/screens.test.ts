// Every screen of the console at desktop (1280x800) and phone (390x844) width in Chromium, each
// checked by axe-core and saved as a screenshot; then what a model frontend must get right: state
// in the URL, one incident per draft whatever the clicks and retries, and a plain-HTTP origin.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exactly, type Harness, startHarness } from "./support/harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

/** Who sees which screens: every screen of the console is in one of these lists. */
const TOURS: { email: string; who: string; paths: string[] }[] = [
  {
    email: "frank.admin@fabrikam.example",
    who: "admin",
    paths: ["/overview", "/benefits", "/link", "/coverage", "/incidents", "/incidents/SR-0002", "/tpd", "/roles"],
  },
  { email: "frank.admin@fabrikam.example", who: "planning", paths: ["/coverage/timeline", "/eligibility"] },
  { email: "olivia.operator@partnerprogram.example", who: "operator", paths: ["/catalog", "/offers", "/roles", "/incidents"] },
  { email: "olivia.operator@partnerprogram.example", who: "operator", paths: ["/incidents/SR-0007"] },
  { email: "carol.csp@adatum.example", who: "csp-only", paths: ["/link", "/incidents", "/overview"] },
  // Northwind's overview has an alert (no on-premises incidents left), so axe sees the alerts card.
  { email: "nina.admin@northwind.example", who: "northwind", paths: ["/overview"] },
  // Linked accounts and the audit log (admins; the operator reads every organization's log).
  { email: "frank.admin@fabrikam.example", who: "admin", paths: ["/linked-accounts", "/audit-log"] },
  { email: "olivia.operator@partnerprogram.example", who: "operator", paths: ["/audit-log"] },
];

/** Waits until the screen has its heading and nothing is loading any more. */
async function settled(page: Page) {
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelector(".state-loading") === null);
}

/** Controls smaller than 44x44 CSS pixels (inline links in sentences are exempt, as in WCAG 2.5.8). */
function smallTargets(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "button, select, input:not([type=checkbox]):not([type=radio]), textarea, .nav a, label.check",
      ),
    ]
      .filter((element) => element.getClientRects().length > 0 && !element.closest(".nav ul:not(.open)"))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ element, box }) => box.height < 44 || (element.tagName === "BUTTON" && box.width < 44))
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`,
      ),
  );
}

describe("every screen, desktop and phone", () => {
  for (const phone of [false, true]) {
    const size = phone ? "390x844" : "1280x800";
    it(`has no axe violations on any screen at ${size}${phone ? ", with 44 px touch targets" : ""}`, async () => {
      const signIn = await harness.open(null, { phone });
      await signIn.page.getByRole("list", { name: "Demo accounts" }).getByRole("listitem").first().waitFor();
      expect(await harness.axe(signIn.page)).toEqual([]);
      await harness.screenshot(signIn.page, `screen-${size}-sign-in`);
      await signIn.context.close();

      for (const tour of TOURS) {
        const { page, context } = await harness.open(tour.email, { phone });
        for (const path of tour.paths) {
          await page.goto(`${harness.url}${path}`);
          await settled(page);
          const name = `screen-${size}-${tour.who}${path.replaceAll("/", "-")}`;
          await harness.screenshot(page, name);
          expect({ name, violations: await harness.axe(page) }).toEqual({ name, violations: [] });
          if (phone) expect({ name, small: await smallTargets(page) }).toEqual({ name, small: [] });
          else {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect({ name, overflow }).toEqual({ name, overflow: 0 });
          }
        }
        await context.close();
      }
    }, 300_000);
  }

  it("fits the overview's contracts table on a 1280 px screen: each term on one line, no clipped column", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/overview" });
    const table = page.getByTestId("contract-CLOUD").locator("xpath=ancestor::table");
    await table.waitFor();
    const fit = await table.evaluate((element) => {
      const wrap = element.parentElement!;
      const cells = [...element.querySelectorAll("td:nth-child(3)")].map((cell) => cell.getBoundingClientRect().height);
      const lineHeight = Number.parseFloat(getComputedStyle(element.querySelector("td")!).lineHeight) || 24;
      return { clipped: wrap.scrollWidth > wrap.clientWidth, tallestTerm: Math.max(...cells), lineHeight };
    });
    expect(fit.clipped).toBe(false);
    // One line of text plus the cell's padding.
    expect(fit.tallestTerm).toBeLessThan(fit.lineHeight * 2);
    await context.close();
  });
});

describe("state in the URL", () => {
  it("keeps the incident filters and page through reload and back", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/incidents" });
    const total = page.getByTestId("incident-total");
    await total.getByText("Showing 1–5 of 9 incidents").waitFor();

    await page.getByRole("button", { name: "Next page" }).click();
    await total.getByText("Showing 6–9 of 9 incidents").waitFor();
    expect(new URL(page.url()).searchParams.get("pages")).toBeTruthy();
    await page.reload();
    await total.getByText("Showing 6–9 of 9 incidents").waitFor();
    // The trail of cursors is in the URL, so "Previous page" works after a reload too.
    await page.getByRole("button", { name: "Previous page" }).click();
    await total.getByText("Showing 1–5 of 9 incidents").waitFor();

    await page.getByRole("checkbox", { name: "Open" }).check();
    await page.waitForURL(/status=/);
    await page.locator('[aria-busy="false"]').getByTestId("incident-total").waitFor();
    const filtered = await total.textContent();
    expect(new URL(page.url()).searchParams.get("status")).toContain("OPEN");
    await page.reload();
    await total.getByText(filtered!).waitFor();
    expect(await page.getByRole("checkbox", { name: "Open" }).isChecked()).toBe(true);

    // Another screen and back: the filter is still there; back again undoes the filter.
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Coverage" }).click();
    await page.getByRole("heading", { level: 1, name: "Coverage checker" }).waitFor();
    await page.goBack();
    await total.getByText(filtered!).waitFor();
    expect(await page.getByRole("checkbox", { name: "Open" }).isChecked()).toBe(true);
    await page.goBack();
    await total.getByText("Showing 1–5 of 9 incidents").waitFor();
    expect(await page.getByRole("checkbox", { name: "Open" }).isChecked()).toBe(false);
    await context.close();
  });

  it("keeps the operator's organization and the coverage check through reload", async () => {
    const { page, context } = await harness.open("olivia.operator@partnerprogram.example", { path: "/offers" });
    await page.getByLabel(exactly("Organization")).selectOption({ label: "Tailspin Toys" });
    await page.getByText("This organization has no membership offer.").waitFor();
    await page.reload();
    await page.getByText("This organization has no membership offer.").waitFor();
    expect(await page.getByLabel(exactly("Organization")).locator("option:checked").textContent()).toBe("Tailspin Toys");

    await page.goto(`${harness.url}/coverage?asOf=2026-11-25`);
    await page.getByLabel(exactly("Product")).selectOption({ label: "SQL Server (on-premises)" });
    await page.getByLabel(exactly("Version")).selectOption({ label: "2017" });
    await page.getByTestId("coverage-verdict").getByText("SQL Server 2017: not covered on Nov 25, 2026").waitFor();
    await page.reload();
    await page.getByTestId("coverage-verdict").getByText("SQL Server 2017: not covered on Nov 25, 2026").waitFor();
    await context.close();
  });
});

describe("one incident per draft", () => {
  // crypto.randomUUID exists only on secure origins: take it away, as on http://192.168.x.y.
  const insecureOrigin = "delete Crypto.prototype.randomUUID;";

  async function openForm(page: Page) {
    await page.getByRole("button", { name: "New incident" }).click();
    const form = page.getByTestId("create-incident");
    await form.getByLabel(exactly("Product")).selectOption({ label: "Dynamics 365" });
    return form;
  }

  it("makes one incident from a double click, without crypto.randomUUID (plain HTTP on a LAN address)", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/incidents", initScript: insecureOrigin });
    expect(await page.evaluate(() => typeof crypto.randomUUID)).toBe("undefined");
    const keys: string[] = [];
    page.on("request", (request) => {
      const body = request.postData() ?? "";
      if (body.includes("CreateSupportIncident")) keys.push(JSON.parse(body).variables.input.idempotencyKey);
    });
    const total = page.getByTestId("incident-total");
    await total.getByText("of 9 incidents").waitFor();
    const form = await openForm(page);
    await form.getByLabel(exactly("Title")).fill("Double-clicked");
    await form.getByLabel(exactly("Description")).fill("Clicked twice in a hurry.");
    await form.getByRole("button", { name: "Open incident" }).dblclick();
    await page
      .getByTestId("announcer")
      .getByText(/opened on Dynamics 365/)
      .waitFor();
    await total.getByText("of 10 incidents").waitFor();
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await page.waitForTimeout(500); // a second request, had there been one, would have landed by now
    await page.reload();
    await total.getByText("of 10 incidents").waitFor();
    expect(await page.getByTestId("incident").filter({ hasText: "Double-clicked" }).count()).toBe(1);
    await context.close();
  });

  it("sends the same key again when the user retries after a lost answer, and a new key after an edit", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/incidents" });
    const total = page.getByTestId("incident-total");
    await total.getByText("of 10 incidents").waitFor();
    const keys: string[] = [];
    let dropAnswers = true;
    // The request reaches the gateway (the incident is created) but its answer never comes back.
    await page.route("**/graphql", async (route) => {
      const body = route.request().postData() ?? "";
      if (!body.includes("CreateSupportIncident")) return route.continue();
      keys.push(JSON.parse(body).variables.input.idempotencyKey);
      if (!dropAnswers) return route.continue();
      await route.fetch();
      await route.abort("connectionreset");
    });
    const form = await openForm(page);
    await form.getByLabel(exactly("Title")).fill("Lost answer");
    await form.getByLabel(exactly("Description")).fill("The network dropped the answer.");
    const submit = form.getByRole("button", { name: "Open incident" });
    await submit.click();
    await form.getByRole("alert").waitFor();
    dropAnswers = false;
    await submit.click();
    await page
      .getByTestId("announcer")
      .getByText(/opened on Dynamics 365/)
      .waitFor();
    await total.getByText("of 11 incidents").waitFor();
    expect(new Set(keys).size).toBe(1);

    // After the success, the next draft is a new request with a new key: not a replay of the
    // last incident, but a fresh decision (the 5-pack is now used up, so it is refused).
    await form.getByLabel(exactly("Title")).fill("Next one");
    await form.getByLabel(exactly("Description")).fill("A different incident.");
    await submit.click();
    await form
      .getByRole("alert")
      .getByText(/no incidents remaining/i)
      .waitFor();
    expect(await total.textContent()).toContain("of 11 incidents");
    expect(new Set(keys).size).toBe(2);
    await context.close();
  });
});
