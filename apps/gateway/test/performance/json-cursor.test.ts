import { DEMO_IDS } from "@support-hub/db";
import { createTestDatabase, type TestDatabase } from "@support-hub/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeJsonTuples, utcMicrosecondText } from "../../src/prefetch/json-rows";
import { toGlobalId } from "../../src/relay/global-id";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

/**
 * A prefetched page of incidents (JSON arrays of text) takes each cursor from the text of its
 * timestamp instead of a second `to_char` per row. Both must give the same cursor, to the
 * microsecond, whatever the session's time zone; the JSON form of a timestamp too.
 */
describe("cursors from the text of a timestamp", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  }, 120_000);
  afterAll(() => t?.close());

  const ZONES = ["UTC", "Asia/Kathmandu", "America/St_Johns", "Europe/Amsterdam", "Pacific/Kiritimati"];
  const INSTANTS = [
    "2026-11-30 10:00:00+00",
    "2026-11-30 10:00:00.1+00",
    "2026-11-30 10:00:00.123456+00",
    "2026-11-30 23:59:59.999999+00",
    "2026-03-29 01:30:00.00001+00",
    "2000-02-29 00:00:00.5+00",
    "1900-01-01 00:00:00.25+00", // Amsterdam then: +00:19:32, an offset with seconds
    "0999-06-01 12:00:00.000001+00",
  ];

  it("equals to_char(t at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') in every zone", async () => {
    let compared = 0;
    for (const zone of ZONES) {
      const rows = await t.db.transaction().execute(async (trx) => {
        await sql`select set_config('TimeZone', ${zone}, true)`.execute(trx);
        return (
          await sql<{ json: string; text: string; cursor: string }>`
            select to_json(v::timestamptz)::text as json, v::timestamptz::text as text,
                   to_char(v::timestamptz at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor
            from unnest(${INSTANTS}::text[]) as v`.execute(trx)
        ).rows;
      });
      for (const { json, text, cursor } of rows) {
        expect(utcMicrosecondText(JSON.parse(json)), `${zone} ${json}`).toBe(cursor);
        expect(utcMicrosecondText(text), `${zone} ${text}`).toBe(cursor);
        // The same instant as a Date, to the millisecond, from either text (UTC's is read by position).
        const [decoded] = decodeJsonTuples<{ at: Date }>([[text]], ["at"], { timestamps: ["at"], numbers: [], booleans: [] });
        expect(decoded?.at.toISOString(), `${zone} ${text}`).toBe(`${cursor.slice(0, 23)}Z`);
        compared += 1;
      }
    }
    expect(compared).toBe(ZONES.length * INSTANTS.length);
  });

  it("fails loudly on what cannot be a cursor", () => {
    for (const text of [
      "infinity",
      "2026-11-30",
      "10000-01-01T00:00:00+00:00",
      "0001-01-01T00:00:00+00:00 BC",
      "0001-01-01 00:00:00+00 BC",
      "2026-11-30 10:00:00Z",
      null,
      5,
    ]) {
      expect(() => utcMicrosecondText(text), String(text)).toThrow();
    }
    expect(() => utcMicrosecondText("0001-01-01T00:30:00+01:00")).toThrow(/before year 1/);
  });
});

describe("a prefetched page's cursors", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  }, 180_000);
  afterAll(() => gateway?.stop());

  it("equal those of the same page read on its own, and page on from there", async () => {
    const organizationId = toGlobalId("Organization", DEMO_IDS.organizations.fabrikam);
    for (const orderBy of [null, { field: "UPDATED_AT", direction: "ASC" }]) {
      const prefetched = await gateway.gql(
        `query ($orderBy: SupportIncidentOrder) { viewer { organization { incidents(first: 3, orderBy: $orderBy) {
           edges { cursor node { id } } pageInfo { endCursor hasNextPage } } } } }`,
        { orderBy },
        { as: "fabrikamGlobalAdmin" },
      );
      const alone = await gateway.gql(
        `query ($filter: SupportIncidentFilter, $orderBy: SupportIncidentOrder) { incidents(first: 3, filter: $filter, orderBy: $orderBy) {
           edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }`,
        { filter: { organizationId }, orderBy },
        { as: "fabrikamGlobalAdmin" },
      );
      expect(prefetched.errors).toBeUndefined();
      expect(alone.errors).toBeUndefined();
      const page = prefetched.data?.viewer.organization.incidents;
      expect(page.edges).toHaveLength(3);
      expect(page).toEqual(alone.data?.incidents);
      const next = await gateway.gql(
        `query ($after: String, $orderBy: SupportIncidentOrder) { viewer { organization { incidents(first: 3, after: $after, orderBy: $orderBy) {
           edges { node { id } } } } } }`,
        { after: page.pageInfo.endCursor, orderBy },
        { as: "fabrikamGlobalAdmin" },
      );
      const nextIds = next.data?.viewer.organization.incidents.edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(nextIds.length).toBeGreaterThan(0);
      expect(nextIds.some((id: string) => page.edges.some((edge: { node: { id: string } }) => edge.node.id === id))).toBe(false);
    }
  });
});
