import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { INCIDENT_FIELD_LIMITS } from "@support-hub/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

const demoIncident = (n: number) => toGlobalId("SupportIncident", `80000000-0000-4000-8000-${String(n).padStart(12, "0")}`);

const EVENT_FIELDS = `__typename kind occurredAt actor { email }
  ... on SupportIncidentStatusChangedEvent { status }
  ... on SupportIncidentNoteEvent { body }
  ... on SupportIncidentUpdatedEvent { changes { field from to } }`;
const TIMELINE = `query ($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on SupportIncident {
  timeline(first: $first, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ${EVENT_FIELDS} } } }
} } }`;
const CREATE = `mutation ($input: CreateSupportIncidentInput!) { createSupportIncident(input: $input) { incident { id number } userErrors { code } } }`;
const NOTE = `mutation ($input: AddSupportIncidentNoteInput!) { addSupportIncidentNote(input: $input) {
  replayed incident { updatedAt } note { body actor { email } } userErrors { code field } } }`;
const UPDATE = `mutation ($input: UpdateSupportIncidentInput!) { updateSupportIncident(input: $input) {
  incident { severity description contact { name email phone } } update { changes { field from to } } userErrors { code field } } }`;
const RESOLVE = `mutation ($id: ID!) { resolveSupportIncident(input: { incidentId: $id }) { userErrors { code } } }`;
const START = `mutation ($id: ID!) { startWorkOnSupportIncident(input: { incidentId: $id }) { userErrors { code } } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSupportIncident(input: { incidentId: $id }) { userErrors { code } } }`;
const BY_NUMBER = `query ($number: String!) { incident(number: $number) { id number title } }`;

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
  // Microsoft 365 requests consume from Fabrikam's cloud 5-pack (2 left): make it unlimited so the
  // many incidents these tests open never run it dry. History, not allowances, is under test here.
  await gateway.database.db
    .updateTable("supportContracts")
    .set({ incidentsTotal: null, incidentsRemaining: null })
    .where("id", "=", DEMO_IDS.contracts.fabrikamCloud)
    .execute();
});
afterAll(() => gateway?.stop());

async function ok<T = any>(query: string, variables: Record<string, unknown>, as: DemoUserKey): Promise<T> {
  const response = await gateway.gql(query, variables, { as });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as T;
}

/** A new Microsoft 365 incident of Fabrikam opened by its Global Admin (on its cloud contract, unlimited here). */
async function newIncident(title = "Outlook search returns nothing"): Promise<{ id: string; number: string }> {
  const data = await ok(
    CREATE,
    {
      input: {
        productVersionId: toGlobalId("ProductVersion", DEMO_IDS.productVersions.microsoft365Current),
        title,
        description: "Search in Outlook returns no results since Monday.",
        severity: "C",
        contact: { name: "Pat Contact", email: "pat@example.com" },
        planKind: "MICROSOFT_365",
      },
    },
    "fabrikamGlobalAdmin",
  );
  expect(data.createSupportIncident.userErrors).toEqual([]);
  return data.createSupportIncident.incident;
}

async function timeline(id: string, as: DemoUserKey = "fabrikamGlobalAdmin") {
  const data = await ok(TIMELINE, { id, first: 100 }, as);
  return data.node.timeline.edges.map((edge: any) => edge.node);
}

describe("SupportIncident.timeline", () => {
  it("shows a seeded incident's history oldest first, with who did each step", async () => {
    const events = await timeline(demoIncident(5));
    expect(events.map((e: any) => [e.__typename, e.kind, e.status ?? null, e.actor?.email ?? null])).toEqual([
      ["SupportIncidentCreatedEvent", "CREATED", null, DEMO_USERS.fabrikamGlobalAdmin.email],
      ["SupportIncidentStatusChangedEvent", "WORK_STARTED", "IN_PROGRESS", DEMO_USERS.operator.email],
      ["SupportIncidentStatusChangedEvent", "RESOLVED", "RESOLVED", DEMO_USERS.operator.email],
    ]);
    const times = events.map((e: any) => Date.parse(e.occurredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("records every change of an incident's life, in order, each audited once", async () => {
    const incident = await newIncident();
    const note = await ok(NOTE, { input: { supportIncidentId: incident.id, body: "  Also fails in OWA.  " } }, "fabrikamHelpdesk");
    expect(note.addSupportIncidentNote).toMatchObject({
      replayed: false,
      note: { body: "Also fails in OWA.", actor: { email: DEMO_USERS.fabrikamHelpdesk.email } },
      userErrors: [],
    });
    const update = await ok(
      UPDATE,
      {
        input: {
          supportIncidentId: incident.id,
          severity: "A",
          contact: { name: "Sam Lee", email: "sam@example.com", phone: "+1 555 0101" },
        },
      },
      "fabrikamGlobalAdmin",
    );
    expect(update.updateSupportIncident).toEqual({
      incident: {
        severity: "A",
        description: "Search in Outlook returns no results since Monday.",
        contact: { name: "Sam Lee", email: "sam@example.com", phone: "+1 555 0101" },
      },
      update: {
        changes: [
          { field: "SEVERITY", from: "C", to: "A" },
          { field: "CONTACT", from: "Pat Contact <pat@example.com>", to: "Sam Lee <sam@example.com> +1 555 0101" },
        ],
      },
      userErrors: [],
    });
    expect((await ok(START, { id: incident.id }, "operator")).startWorkOnSupportIncident.userErrors).toEqual([]);
    expect((await ok(RESOLVE, { id: incident.id }, "fabrikamGlobalAdmin")).resolveSupportIncident.userErrors).toEqual([]);

    const events = await timeline(incident.id);
    expect(events.map((e: any) => `${e.kind}:${e.actor?.email}`)).toEqual([
      `CREATED:${DEMO_USERS.fabrikamGlobalAdmin.email}`,
      `NOTE_ADDED:${DEMO_USERS.fabrikamHelpdesk.email}`,
      `UPDATED:${DEMO_USERS.fabrikamGlobalAdmin.email}`,
      `WORK_STARTED:${DEMO_USERS.operator.email}`,
      `RESOLVED:${DEMO_USERS.fabrikamGlobalAdmin.email}`,
    ]);

    // Closed: notes and updates are refused, and nothing is written.
    const lateNote = await ok(NOTE, { input: { supportIncidentId: incident.id, body: "One more thing" } }, "fabrikamGlobalAdmin");
    expect(lateNote.addSupportIncidentNote.userErrors).toEqual([{ code: "INCIDENT_CLOSED", field: null }]);
    const lateUpdate = await ok(UPDATE, { input: { supportIncidentId: incident.id, severity: "B" } }, "fabrikamGlobalAdmin");
    expect(lateUpdate.updateSupportIncident).toMatchObject({ incident: null, userErrors: [{ code: "INCIDENT_CLOSED" }] });
    expect(await timeline(incident.id)).toHaveLength(5);

    const localId = (
      await gateway.database.db
        .selectFrom("incidents")
        .select("id")
        .where("number", "=", Number(incident.number.slice(3)))
        .executeTakeFirstOrThrow()
    ).id;
    const audit = await gateway.database.db
      .selectFrom("auditLog")
      .select(["action", "outcome"])
      .where("targetId", "=", localId)
      .orderBy("id")
      .execute();
    expect(audit.map((entry) => `${entry.action}:${entry.outcome}`)).toEqual([
      "createSupportIncident:SUCCEEDED",
      "addSupportIncidentNote:SUCCEEDED",
      "updateSupportIncident:SUCCEEDED",
      "startWorkOnSupportIncident:SUCCEEDED",
      "resolveSupportIncident:SUCCEEDED",
      "addSupportIncidentNote:REFUSED",
      "updateSupportIncident:REFUSED",
    ]);
  });

  it("records a withdrawal by its requester", async () => {
    const incident = await newIncident();
    expect((await ok(WITHDRAW, { id: incident.id }, "fabrikamGlobalAdmin")).withdrawSupportIncident.userErrors).toEqual([]);
    const events = await timeline(incident.id);
    expect(events.map((e: any) => [e.kind, e.status ?? null, e.actor?.email])).toEqual([
      ["CREATED", null, DEMO_USERS.fabrikamGlobalAdmin.email],
      ["WITHDRAWN", "WITHDRAWN", DEMO_USERS.fabrikamGlobalAdmin.email],
    ]);
  });

  it("pages oldest first with stable cursors", async () => {
    const incident = await newIncident();
    for (const body of ["one", "two", "three", "four"]) {
      await ok(NOTE, { input: { supportIncidentId: incident.id, body } }, "fabrikamAdminAgent");
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data: any = await ok(TIMELINE, { id: incident.id, first: 2, after }, "fabrikamGlobalAdmin");
      const { edges, pageInfo } = data.node.timeline;
      seen.push(...edges.map((edge: any) => edge.node.body ?? edge.node.kind));
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(["CREATED", "one", "two", "three", "four"]);
    const bad = await gateway.gql(TIMELINE, { id: incident.id, first: 2, after: "bm9wZQ" }, { as: "fabrikamGlobalAdmin" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("addSupportIncidentNote", () => {
  it("replays the same note for the same key, refuses another body with it, and writes nothing for invalid input", async () => {
    const incident = await newIncident();
    const input = { supportIncidentId: incident.id, body: "Restarted the client", idempotencyKey: "note-1" };
    const first = await ok(NOTE, { input }, "fabrikamAdminAgent");
    const again = await ok(NOTE, { input }, "fabrikamAdminAgent");
    expect(first.addSupportIncidentNote.replayed).toBe(false);
    expect(again.addSupportIncidentNote.replayed).toBe(true);
    const other = await ok(NOTE, { input: { ...input, body: "Something else" } }, "fabrikamAdminAgent");
    expect(other.addSupportIncidentNote.userErrors).toEqual([{ code: "IDEMPOTENCY_KEY_REUSED", field: null }]);
    const tooLong = await ok(
      NOTE,
      { input: { supportIncidentId: incident.id, body: "x".repeat(INCIDENT_FIELD_LIMITS.note + 1) } },
      "fabrikamAdminAgent",
    );
    expect(tooLong.addSupportIncidentNote.userErrors).toEqual([{ code: "FIELD_TOO_LONG", field: ["input", "body"] }]);
    const blank = await ok(NOTE, { input: { supportIncidentId: incident.id, body: "   " } }, "fabrikamAdminAgent");
    expect(blank.addSupportIncidentNote.userErrors).toEqual([{ code: "FIELD_REQUIRED", field: ["input", "body"] }]);
    expect((await timeline(incident.id)).map((e: any) => e.kind)).toEqual(["CREATED", "NOTE_ADDED"]);
  });

  it("is NOT_FOUND for an incident of another organization, and the limit is served by inputLimits", async () => {
    const incident = await newIncident();
    const foreign = await gateway.gql(NOTE, { input: { supportIncidentId: incident.id, body: "hi" } }, { as: "contosoGlobalAdmin" });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const limits = await ok("{ inputLimits { incidentNote incidentSearchQuery } }", {}, "contosoHelpdesk");
    expect(limits.inputLimits).toEqual({
      incidentNote: INCIDENT_FIELD_LIMITS.note,
      incidentSearchQuery: INCIDENT_FIELD_LIMITS.searchQuery,
    });
  });
});

describe("updateSupportIncident", () => {
  it("is refused to a member who is not the requester nor an admin, and changes nothing", async () => {
    const incident = await newIncident();
    const refused = await ok(UPDATE, { input: { supportIncidentId: incident.id, severity: "A" } }, "fabrikamHelpdesk");
    expect(refused.updateSupportIncident.userErrors).toEqual([{ code: "NOT_ALLOWED_TO_UPDATE_INCIDENT", field: null }]);
    const byOperator = await ok(
      UPDATE,
      { input: { supportIncidentId: incident.id, description: "  Narrowed down: only shared mailboxes.  " } },
      "operator",
    );
    expect(byOperator.updateSupportIncident).toMatchObject({
      incident: { severity: "C", description: "Narrowed down: only shared mailboxes." },
      userErrors: [],
    });
  });

  it("validates every field at once, needs one field, and records nothing when no value changes", async () => {
    const incident = await newIncident();
    const invalid = await ok(
      UPDATE,
      { input: { supportIncidentId: incident.id, description: " ", contact: { name: "Pat", email: "not-an-address" } } },
      "fabrikamGlobalAdmin",
    );
    expect(invalid.updateSupportIncident.userErrors).toEqual([
      { code: "FIELD_REQUIRED", field: ["input", "description"] },
      { code: "INVALID_EMAIL", field: ["input", "contact", "email"] },
    ]);
    const empty = await ok(UPDATE, { input: { supportIncidentId: incident.id } }, "fabrikamGlobalAdmin");
    expect(empty.updateSupportIncident.userErrors).toEqual([{ code: "NOTHING_TO_UPDATE", field: null }]);
    const same = await ok(UPDATE, { input: { supportIncidentId: incident.id, severity: "C" } }, "fabrikamGlobalAdmin");
    expect(same.updateSupportIncident).toMatchObject({ update: null, userErrors: [] });
    expect((await timeline(incident.id)).map((e: any) => e.kind)).toEqual(["CREATED"]);
  });
});

describe("Query.incident(number:)", () => {
  it("finds an incident its reader may see, by SR number or digits; null otherwise", async () => {
    const own = await ok(BY_NUMBER, { number: "SR-0007" }, "fabrikamHelpdesk");
    expect(own.incident).toMatchObject({ id: demoIncident(7), number: "SR-0007" });
    expect((await ok(BY_NUMBER, { number: "sr-7" }, "operator")).incident?.id).toBe(demoIncident(7));
    expect((await ok(BY_NUMBER, { number: "SR-0007" }, "contosoGlobalAdmin")).incident).toBeNull();
    expect((await ok(BY_NUMBER, { number: "SR-987654" }, "fabrikamHelpdesk")).incident).toBeNull();
    const malformed = await gateway.gql(BY_NUMBER, { number: "SR-12ab" }, { as: "fabrikamHelpdesk" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const anonymous = await gateway.gql(BY_NUMBER, { number: "SR-0007" }, { as: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("SupportIncident.viewerCanStartWork", () => {
  const CAN_START = `query ($number: String!) { incident(number: $number) { status viewerCanStartWork } }`;
  it("is true only for the operator on an OPEN incident, exactly when startWorkOnSupportIncident succeeds", async () => {
    const { id, number } = await newIncident("Teams calls drop after a minute");
    // The requester and its Global Admin read the incident but may not start work: false, and the mutation refuses them.
    for (const member of ["fabrikamGlobalAdmin", "fabrikamHelpdesk"] as const) {
      expect((await ok(CAN_START, { number }, member)).incident).toEqual({ status: "OPEN", viewerCanStartWork: false });
      const refused = await gateway.gql(START, { id }, { as: member });
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await ok(CAN_START, { number }, "operator")).incident).toEqual({ status: "OPEN", viewerCanStartWork: true });
    expect((await ok(START, { id }, "operator")).startWorkOnSupportIncident.userErrors).toEqual([]);
    // IN_PROGRESS now: the flag turns false and the mutation refuses with ALREADY_IN_PROGRESS.
    expect((await ok(CAN_START, { number }, "operator")).incident).toEqual({ status: "IN_PROGRESS", viewerCanStartWork: false });
    expect((await ok(START, { id }, "operator")).startWorkOnSupportIncident.userErrors).toEqual([{ code: "ALREADY_IN_PROGRESS" }]);
  });
});
