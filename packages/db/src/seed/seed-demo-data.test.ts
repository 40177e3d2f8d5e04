import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../schema/database";
import { createTestDatabase, type TestDatabase } from "../testing";
import { DEMO_ACTIVATIONS, DEMO_IDS, DEMO_USERS } from "./demo-ids";
import { seedDemoData } from "./seed-demo-data";

const TODAY = "2026-11-25";
const TABLES = [
  "organizations",
  "users",
  "userRoles",
  "membershipOffers",
  "cspCustomers",
  "benefitActivations",
  "benefitYears",
  "supportContracts",
  "contractLinks",
  "products",
  "productVersions",
  "incidents",
  "tpdBalances",
  "tpdEngagements",
] as const satisfies readonly (keyof Database)[];

describe("seedDemoData", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  const counts = async () => {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      result[table] = row.n;
    }
    return result;
  };
  const contract = (id: string) => t.db.selectFrom("supportContracts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("inserts the demo data once; a second run (even another day of the year) changes nothing", async () => {
    const first = await seedDemoData(t.db, { today: TODAY });
    expect(first.insertedRows).toBeGreaterThan(50);
    const before = await counts();
    expect(before.incidents).toBe(19);
    const sequenceBefore = await sql<{ lastValue: number }>`select last_value from incident_number_seq`.execute(t.db);

    expect(await seedDemoData(t.db, { today: TODAY })).toEqual({ insertedRows: 0 });
    expect(await seedDemoData(t.db, { today: "2026-12-20" })).toEqual({ insertedRows: 0 });
    expect(await counts()).toEqual(before);
    const sequenceAfter = await sql<{ lastValue: number }>`select last_value from incident_number_seq`.execute(t.db);
    expect(sequenceAfter.rows).toEqual(sequenceBefore.rows);
  });

  it("Fabrikam: Silver Data Platform -> 15 on-premises (3 used) and a cloud 5-pack with 2 left", async () => {
    expect(await contract(DEMO_IDS.contracts.fabrikamOnPremises)).toMatchObject({
      kind: "ON_PREMISES",
      incidentsTotal: 15,
      incidentsUsed: 3,
      incidentsRemaining: 12,
    });
    expect(await contract(DEMO_IDS.contracts.fabrikamCloud)).toMatchObject({
      kind: "CLOUD",
      incidentsTotal: 5,
      incidentsUsed: 3,
      incidentsRemaining: 2,
    });
  });

  it("Northwind: Action Pack -> 10 on-premises, none left, 10 incidents in mixed statuses", async () => {
    expect(await contract(DEMO_IDS.contracts.northwindOnPremises)).toMatchObject({
      incidentsTotal: 10,
      incidentsUsed: 10,
      incidentsRemaining: 0,
    });
    const statuses = await t.db
      .selectFrom("incidents")
      .select("status")
      .distinct()
      .where("supportContractId", "=", DEMO_IDS.contracts.northwindOnPremises)
      .execute();
    expect(statuses.length).toBeGreaterThanOrEqual(3);
  });

  it("every contract's use equals its consumed, unrefunded incidents", async () => {
    const rows = await t.db
      .selectFrom("supportContracts as c")
      .leftJoin("incidents as i", (join) =>
        join.onRef("i.supportContractId", "=", "c.id").on("i.consumed", "=", true).on("i.refunded", "=", false),
      )
      .select(["c.id", "c.incidentsUsed", "c.incidentsTotal", "c.incidentsRemaining"])
      .select((eb) => eb.fn.count<number>("i.id").as("incidents"))
      .groupBy(["c.id", "c.incidentsUsed", "c.incidentsTotal", "c.incidentsRemaining"])
      .execute();
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.incidentsUsed).toBe(row.incidents);
      expect(row.incidentsRemaining).toBe((row.incidentsTotal ?? 0) - row.incidentsUsed);
    }
  });

  it("contracts are current on `today` and end with the offer (but Wingtip's, whose year has ended: renewal due)", async () => {
    const rows = await t.db
      .selectFrom("supportContracts")
      .select(["startsOn", "endsOn"])
      .where("organizationId", "!=", DEMO_IDS.organizations.wingtip)
      .execute();
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.startsOn <= TODAY && TODAY < row.endsOn).toBe(true);
      expect(row.endsOn).toBe("2027-06-25");
    }
  });

  it("activations carry the documented demo Access ID / Contract ID", async () => {
    const rows = await t.db.selectFrom("benefitActivations").select(["organizationId", "accessId", "contractId"]).execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { organizationId: DEMO_IDS.organizations.fabrikam, ...DEMO_ACTIVATIONS.fabrikam },
        { organizationId: DEMO_IDS.organizations.northwind, ...DEMO_ACTIVATIONS.northwind },
        { organizationId: DEMO_IDS.organizations.wingtip, ...DEMO_ACTIVATIONS.wingtip },
        { organizationId: DEMO_IDS.organizations.relecloud, ...DEMO_ACTIVATIONS.relecloud },
      ]),
    );
    expect(rows).toHaveLength(4);
    const wingtip = await t.db
      .selectFrom("supportContracts")
      .select(["startsOn", "endsOn"])
      .where("organizationId", "=", DEMO_IDS.organizations.wingtip)
      .execute();
    expect(wingtip).toEqual([{ startsOn: "2025-10-25", endsOn: "2026-10-25" }]);
  });

  it("every activation has its year 1 under the same Contract ID, and every contract belongs to a year", async () => {
    const years = await t.db.selectFrom("benefitYears").select(["organizationId", "yearNumber", "contractId"]).execute();
    expect(years).toHaveLength(4);
    for (const [key, pair] of Object.entries(DEMO_ACTIVATIONS)) {
      const organizationId = DEMO_IDS.organizations[key as keyof typeof DEMO_ACTIVATIONS];
      expect(years).toContainEqual({ organizationId, yearNumber: 1, contractId: pair.contractId });
    }
    const orphans = await t.db.selectFrom("supportContracts").select("id").where("benefitYearId", "is", null).execute();
    expect(orphans).toEqual([]);
  });

  it("users match DEMO_USERS (emails, roles, organizations)", async () => {
    const users = await t.db
      .selectFrom("users")
      .leftJoin("userRoles", "userRoles.userId", "users.id")
      .select(["users.id", "users.email", "users.organizationId", "userRoles.role"])
      .execute();
    for (const demo of Object.values(DEMO_USERS)) {
      const rows = users.filter((u) => u.id === demo.id);
      expect(rows[0]?.email).toBe(demo.email);
      expect(rows[0]?.organizationId).toBe(demo.organization ? DEMO_IDS.organizations[demo.organization] : null);
      expect(rows.flatMap((r) => (r.role ? [r.role] : [])).sort()).toEqual([...demo.roles].sort());
    }
  });

  it("the outside MSA account has no organization and no roles; Tailspin has no offers", async () => {
    const msa = await t.db.selectFrom("users").selectAll().where("email", "=", "someone@outlook.com").executeTakeFirstOrThrow();
    expect(msa).toMatchObject({ accountKind: "MSA", organizationId: null, mpnAssociated: false });
    const offers = await t.db
      .selectFrom("membershipOffers")
      .select("id")
      .where("organizationId", "=", DEMO_IDS.organizations.tailspin)
      .execute();
    expect(offers).toEqual([]);
  });

  it("product lifecycle dates are the real ones, as ISO date strings", async () => {
    const ws2019 = await t.db
      .selectFrom("productVersions")
      .selectAll()
      .where("id", "=", DEMO_IDS.productVersions.windowsServer2019)
      .executeTakeFirstOrThrow();
    expect(ws2019).toMatchObject({ releasedOn: "2018-11-13", mainstreamEndOn: "2024-01-09", extendedEndOn: "2029-01-09" });
    const m365 = await t.db.selectFrom("products").selectAll().where("key", "=", "microsoft-365").executeTakeFirstOrThrow();
    expect(m365).toMatchObject({ family: "CLOUD", isMicrosoft365: true, cspPlanEligible: false });
  });

  it("TPD balances agree with their engagements", async () => {
    const rows = await t.db
      .selectFrom("tpdBalances as b")
      .leftJoin("tpdEngagements as e", (join) =>
        join.onRef("e.organizationId", "=", "b.organizationId").onRef("e.periodStart", "=", "b.periodStart"),
      )
      .select(["b.organizationId", "b.hoursUsed"])
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("e.hours"), eb.lit(0)).as("engaged"))
      .groupBy(["b.organizationId", "b.hoursUsed"])
      .execute();
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(Number(row.engaged)).toBe(row.hoursUsed);
  });
});
