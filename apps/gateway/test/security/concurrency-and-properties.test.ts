/**
 * Concurrency (exactness under parallel requests, on PGlite and on PostgreSQL) and property-based
 * mutation inputs through real HTTP: any input either succeeds with the invariants intact or is
 * refused with a typed error and changes nothing. (incidents.test.ts covers parallel creates on the
 * 5-pack and concurrent idempotent creates; this file adds TPD hours, a larger contract, and the
 * database-wide invariants.)
 */
import { DEMO_IDS } from "@support-hub/db";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, type TestGateway } from "../support/test-gateway";
import { gid, incidentDraft } from "./role-matrix";

const CREATE = `mutation ($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) { isReplay incident { id } userErrors { code field } } }`;
const TPD = `mutation ($input: RequestTpdEngagementInput!) {
  requestTpdEngagement(input: $input) { isReplay engagement { id hours } balance { remainingHours } userErrors { code field } } }`;
const WITHDRAW = `mutation ($input: WithdrawSupportIncidentInput!) { withdrawSupportIncident(input: $input) { wasRefunded userErrors { code } } }`;

/** Every contract's counters agree with its incidents: used = consuming, non-refunded incidents; remaining = total - used >= 0. */
async function expectCountersConsistent(gateway: TestGateway) {
  const rows = await gateway.database.db
    .selectFrom("supportContracts as c")
    .select((eb) => [
      "c.id",
      "c.incidentsTotal",
      "c.incidentsRemaining",
      "c.incidentsUsed",
      eb
        .selectFrom("incidents as i")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("i.supportContractId", "=", "c.id")
        .where("i.consumed", "=", true)
        .where("i.refunded", "=", false)
        .as("consuming"),
    ])
    .execute();
  for (const row of rows) {
    expect(row.incidentsUsed, row.id).toBe(Number(row.consuming));
    if (row.incidentsTotal === null) {
      expect(row.incidentsRemaining).toBeNull();
    } else {
      expect(row.incidentsRemaining, row.id).toBe(row.incidentsTotal - row.incidentsUsed);
      expect(row.incidentsRemaining ?? -1).toBeGreaterThanOrEqual(0);
    }
  }
  const balances = await gateway.database.db
    .selectFrom("tpdBalances as b")
    .select((eb) => [
      "b.organizationId",
      "b.hoursTotal",
      "b.hoursUsed",
      eb
        .selectFrom("tpdEngagements as e")
        .select(sql<number>`coalesce(sum(e.hours), 0)::int`.as("h"))
        .whereRef("e.organizationId", "=", "b.organizationId")
        .whereRef("e.periodStart", "=", "b.periodStart")
        .as("engaged"),
    ])
    .execute();
  for (const balance of balances) {
    expect(balance.hoursUsed, balance.organizationId).toBe(Number(balance.engaged));
    expect(balance.hoursUsed).toBeLessThanOrEqual(balance.hoursTotal);
  }
}

async function snapshot(gateway: TestGateway) {
  const db = gateway.database.db;
  return {
    contracts: await db.selectFrom("supportContracts").select(["id", "incidentsRemaining", "incidentsUsed"]).orderBy("id").execute(),
    incidents: (await db.selectFrom("incidents").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n,
    balances: await db.selectFrom("tpdBalances").select(["organizationId", "hoursUsed"]).orderBy("organizationId").execute(),
    engagements: (await db.selectFrom("tpdEngagements").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n,
  };
}

async function contract(gateway: TestGateway, id: string) {
  return gateway.database.db.selectFrom("supportContracts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

async function tpdRemaining(gateway: TestGateway, organization: keyof typeof DEMO_IDS.organizations) {
  const row = await gateway.database.db
    .selectFrom("tpdBalances")
    .select(["hoursTotal", "hoursUsed"])
    .where("organizationId", "=", DEMO_IDS.organizations[organization])
    .executeTakeFirstOrThrow();
  return row.hoursTotal - row.hoursUsed;
}

describe("concurrency", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway?.stop());

  it("30 parallel creates on a contract with k = 12 left: exactly 12 succeed and 0 remain", async () => {
    const before = await contract(gateway, DEMO_IDS.contracts.fabrikamOnPremises);
    const k = before.incidentsRemaining ?? 0;
    expect(k).toBeGreaterThan(5);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        gateway.gql(
          CREATE,
          { input: { ...incidentDraft(DEMO_IDS.productVersions.sqlServer2022), title: `Burst ${i}` } },
          {
            as: i % 2 ? "fabrikamGlobalAdmin" : "fabrikamAdminAgent",
          },
        ),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const payloads = results.map((r) => r.data?.createSupportIncident);
    expect(payloads.filter((p) => p.incident)).toHaveLength(k);
    expect(payloads.filter((p) => !p.incident).map((p) => p.userErrors[0].code)).toEqual(Array(30 - k).fill("NO_INCIDENTS_REMAINING"));
    const after = await contract(gateway, DEMO_IDS.contracts.fabrikamOnPremises);
    expect(after.incidentsRemaining).toBe(0);
    expect(after.incidentsUsed).toBe(before.incidentsUsed + k);
    await expectCountersConsistent(gateway);
  });

  it("parallel TPD requests of h hours with k·h hours left: exactly k succeed and 0 hours remain", async () => {
    const left = await tpdRemaining(gateway, "fabrikam");
    const hours = 3;
    const k = Math.floor(left / hours);
    // Take the odd hours first so that k requests of `hours` empty the balance exactly.
    if (left % hours) {
      const rest = await gateway.gql(
        TPD,
        { input: { kind: "DEPLOYMENT", hours: left % hours, description: "rest" } },
        { as: "fabrikamGlobalAdmin" },
      );
      expect(rest.data?.requestTpdEngagement.userErrors).toEqual([]);
    }
    const n = k + 10;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        gateway.gql(
          TPD,
          { input: { kind: "PRESALES", hours, description: `Burst ${i}` } },
          {
            as: i % 2 ? "fabrikamGlobalAdmin" : "fabrikamHelpdesk",
          },
        ),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const payloads = results.map((r) => r.data?.requestTpdEngagement);
    expect(payloads.filter((p) => p.engagement)).toHaveLength(k);
    expect(new Set(payloads.filter((p) => !p.engagement).map((p) => p.userErrors[0].code)).size).toBe(1);
    expect(await tpdRemaining(gateway, "fabrikam")).toBe(0);
    await expectCountersConsistent(gateway);
  });

  it("the same TPD idempotency key sent 8 times at once creates one engagement and takes the hours once", async () => {
    const left = await tpdRemaining(gateway, "contoso");
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        gateway.gql(
          TPD,
          { input: { kind: "PRESALES", hours: 2, description: "Once", idempotencyKey: "burst-key" } },
          { as: "contosoAdminAgent" },
        ),
      ),
    );
    const payloads = results.map((r) => r.data?.requestTpdEngagement);
    for (const payload of payloads) expect(payload.userErrors).toEqual([]);
    expect(new Set(payloads.map((p) => p.engagement.id)).size).toBe(1);
    expect(payloads.filter((p) => p.isReplay === false)).toHaveLength(1);
    expect(await tpdRemaining(gateway, "contoso")).toBe(left - 2);
  });
});

describe("property-based mutation inputs (fast-check, through HTTP)", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway?.stop());

  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "grapheme", minLength: 150, maxLength: 300 }),
    fc.constantFrom("", "   ", "\u0000", "\u202e\u200d", "🔥".repeat(600), "a".repeat(5000), "<script>alert(1)</script>", "' OR 1=1 --"),
  );
  const email = fc.oneof(fc.emailAddress(), text);
  const version = fc.constantFrom(...Object.values(DEMO_IDS.productVersions));
  const id = fc.oneof(
    version.map((v) => gid.version(v)),
    text,
    fc.uuid().map((u) => gid.version(u)),
    fc.uuid().map((u) => gid.org(`contoso`) + u.slice(0, 3)),
  );

  it("createSupportIncident: success keeps the counters exact, anything else is typed and changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          productVersionId: id,
          title: text,
          description: text,
          severity: fc.constantFrom("A", "B", "C"),
          contact: fc.record({ name: text, email, phone: fc.option(text, { nil: undefined }) }),
          idempotencyKey: fc.option(text, { nil: undefined }),
        }),
        fc.constantFrom("fabrikamGlobalAdmin", "fabrikamAdminAgent", "contosoGlobalAdmin", "northwindGlobalAdmin" as const),
        async (input, as) => {
          const before = await snapshot(gateway);
          const response = await gateway.gql(CREATE, { input }, { as });
          const payload = response.data?.createSupportIncident;
          if (payload?.incident && !payload.isReplay) {
            expect(payload.userErrors).toEqual([]);
            expect((await snapshot(gateway)).incidents).toBe(before.incidents + 1);
          } else if (payload?.incident) {
            expect(await snapshot(gateway)).toEqual(before); // an idempotent replay changes nothing
          } else {
            // Refused: a typed userError or a request error with a code from the closed set, and nothing changed.
            if (payload) expect(payload.userErrors[0].code).toMatch(/^[A-Z_]+$/);
            else expect(response.errors?.[0]?.extensions?.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
            expect(await snapshot(gateway)).toEqual(before);
          }
          await expectCountersConsistent(gateway);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("requestTpdEngagement: any hours and description either fit the balance or are refused and change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          kind: fc.constantFrom("PRESALES", "DEPLOYMENT"),
          hours: fc.oneof(fc.integer({ min: -5, max: 30 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31))),
          description: text,
        }),
        async (input) => {
          const before = await snapshot(gateway);
          const left = await tpdRemaining(gateway, "fabrikam");
          const response = await gateway.gql(TPD, { input }, { as: "fabrikamGlobalAdmin" });
          const payload = response.data?.requestTpdEngagement;
          if (payload?.engagement) {
            expect(input.hours).toBeGreaterThan(0);
            expect(input.hours).toBeLessThanOrEqual(left);
            expect(await tpdRemaining(gateway, "fabrikam")).toBe(left - input.hours);
          } else {
            if (payload) expect(payload.userErrors[0].code).toMatch(/^[A-Z_]+$/);
            else expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
            expect(await snapshot(gateway)).toEqual(before);
          }
          await expectCountersConsistent(gateway);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("withdrawSupportIncident with arbitrary ids is BAD_USER_INPUT or NOT_FOUND and changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          text,
          fc.uuid().map((u) => Buffer.from(`SupportIncident:${u}`).toString("base64url")),
        ),
        async (incidentId) => {
          const before = await snapshot(gateway);
          const response = await gateway.gql(WITHDRAW, { input: { incidentId } }, { as: "fabrikamGlobalAdmin" });
          expect(response.errors?.[0]?.extensions?.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
          expect(await snapshot(gateway)).toEqual(before);
        },
      ),
      { numRuns: 30 },
    );
  });
});
