// The incident detail screen in Chromium against a real gateway on the demo data: reached from the
// list, its timeline oldest first, a note that appears at the end (one note however often it is
// sent), and resolve behind its confirmation dialog.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exactly, type Harness, startHarness } from "./support/harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

describe("incident detail", () => {
  it("opens from the list and shows the fields and the timeline, oldest first, with who and when", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/incidents" });
    await page.getByRole("link", { name: "SR-0002" }).click();
    await page.waitForURL(/\/incidents\/SR-0002$/);
    await page.getByRole("heading", { level: 1, name: "SR-0002: Availability group failover stalls at customer site" }).waitFor();
    const details = page.getByTestId("incident-details");
    expect(await details.textContent()).toContain("Woodgrove");
    const events = page.getByTestId("timeline-event");
    await events.first().waitFor();
    expect(await events.evaluateAll((items) => items.map((item) => item.getAttribute("data-kind")))).toEqual([
      "CREATED",
      "WORK_STARTED",
      "NOTE_ADDED",
    ]);
    expect(await events.nth(2).textContent()).toContain("We are reproducing the problem");
    // Who, and when in the browser's locale and time zone, from the instant the API gave.
    const note = events.nth(2);
    expect(await note.textContent()).toContain("Olivia");
    const shown = await note.locator("time").evaluate((time) => ({
      text: time.textContent,
      expected: new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(
        new Date(time.getAttribute("datetime")!),
      ),
    }));
    expect(shown.text).toBe(shown.expected);
    // Not the creator: no withdraw, but resolve is offered.
    expect(await page.getByRole("button", { name: "Withdraw" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Resolve" }).isVisible()).toBe(true);
    await harness.screenshot(page, "incident-detail-SR-0002");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: /^SR-0002:/ }).waitFor();
    await page.goto(`${harness.url}/incidents/SR-9999`);
    await page.getByText("No incident SR-9999").waitFor();
    await context.close();
  });

  it("adds one note from a double click (one key), at the end of the timeline, then resolves after confirming", async () => {
    const { page, context } = await harness.open("frank.admin@fabrikam.example", { path: "/incidents/SR-0003" });
    await page.getByRole("heading", { level: 1, name: "SR-0003: Search crawl skips a content source" }).waitFor();
    const events = page.getByTestId("timeline-event");
    await events.first().waitFor();
    expect(await events.count()).toBe(1);
    const keys: string[] = [];
    page.on("request", (request) => {
      const body = request.postData() ?? "";
      if (body.includes("AddSupportIncidentNote")) keys.push(JSON.parse(body).variables.input.idempotencyKey);
    });

    const form = page.getByTestId("add-note");
    await form.getByRole("button", { name: "Add note" }).click();
    await form.getByText("Write the note first.").waitFor();
    await form.getByLabel(exactly("Note")).fill("Crawl log attached to the e-mail thread.");
    await form.getByRole("button", { name: "Add note" }).dblclick();
    await page.getByTestId("announcer").getByText("Note added to SR-0003").waitFor();
    // The timeline was invalidated by the mutation and re-read: the note is its last event.
    await events.nth(1).waitFor();
    expect(await events.last().getAttribute("data-kind")).toBe("NOTE_ADDED");
    expect(await events.last().textContent()).toContain("Crawl log attached");
    expect(await events.last().textContent()).toContain("Frank");
    expect(await form.getByLabel(exactly("Note")).inputValue()).toBe("");
    await page.waitForTimeout(300); // a second note, had there been one, would have landed by now
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(1);
    await page.reload();
    await events.first().waitFor();
    expect(await events.count()).toBe(2);
    await harness.screenshot(page, "incident-detail-SR-0003-note");

    // Resolve asks first; cancelling changes nothing.
    await page.getByRole("button", { name: "Resolve", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Resolve SR-0003?" });
    await dialog.waitFor();
    expect(await harness.axe(page)).toEqual([]);
    await harness.screenshot(page, "incident-detail-SR-0003-confirm");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await events.count()).toBe(2);
    await page.getByRole("button", { name: "Resolve", exact: true }).click();
    await dialog.getByRole("button", { name: "Resolve incident" }).click();
    await page.getByTestId("announcer").getByText("SR-0003 resolved").waitFor();
    await events.nth(2).waitFor();
    expect(await events.last().getAttribute("data-kind")).toBe("RESOLVED");
    await page.getByText("This incident is resolved: no more notes.").waitFor();
    expect(await page.getByTestId("add-note").count()).toBe(0);
    await context.close();
  });
});
