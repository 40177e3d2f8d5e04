import { PGlite } from "@electric-sql/pglite";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGLITE_EXTENSIONS, wrapPGlite } from "../create-database";
import { createMigrator, migrateToLatest } from "../migrate-to-latest";
import { pgliteParsers } from "../type-parsers";

/** Old data (an activation and its contracts written before benefit years) stays valid: it becomes year 1. */
describe("2026-11-30T1100-create-benefit-years", () => {
  const handle = wrapPGlite(new PGlite({ parsers: pgliteParsers, extensions: PGLITE_EXTENSIONS }));
  const db = handle.db;
  beforeAll(async () => {
    const before = await createMigrator(db).migrateTo("2026-11-25T1120-create-data-version");
    expect(before.error).toBeUndefined();
    await sql`insert into organizations (id, name, csp_relationship) values
      ('10000000-0000-4000-8000-0000000000a1', 'Old Org', 'NONE'),
      ('10000000-0000-4000-8000-0000000000a2', 'Never Activated', 'NONE')`.execute(db);
    await sql`insert into users (id, organization_id, email, display_name, account_kind, mpn_associated, csp_associated)
      values ('20000000-0000-4000-8000-0000000000a1', '10000000-0000-4000-8000-0000000000a1', 'old@old.example', 'Old Admin', 'AAD', true, false)`.execute(
      db,
    );
    await sql`insert into benefit_activations (organization_id, access_id, contract_id, activated_by, activated_at)
      values ('10000000-0000-4000-8000-0000000000a1', 'AID-OLD', 'CID-OLD', '20000000-0000-4000-8000-0000000000a1', '2026-03-10T23:30:00Z')`.execute(
      db,
    );
    await sql`insert into support_contracts (organization_id, kind, starts_on, ends_on, incidents_total, incidents_remaining, incidents_used)
      values ('10000000-0000-4000-8000-0000000000a1', 'ON_PREMISES', '2026-03-10', '2027-03-10', 15, 12, 3),
             ('10000000-0000-4000-8000-0000000000a1', 'CLOUD', '2026-03-10', '2027-03-10', null, null, 4)`.execute(db);
    const latest = await migrateToLatest(db);
    expect(latest.error).toBeUndefined();
  });
  afterAll(() => handle.close());

  it("each existing activation becomes year 1 with the same Contract ID, starting on the activation's UTC day", async () => {
    const years = await db.selectFrom("benefitYears").selectAll().execute();
    expect(years).toEqual([
      expect.objectContaining({
        organizationId: "10000000-0000-4000-8000-0000000000a1",
        yearNumber: 1,
        contractId: "CID-OLD",
        startsOn: "2026-03-10",
        activatedBy: "20000000-0000-4000-8000-0000000000a1",
      }),
    ]);
  });

  it("the organization's contracts belong to that year, counters untouched", async () => {
    const year = await db.selectFrom("benefitYears").select("id").executeTakeFirstOrThrow();
    const contracts = await db.selectFrom("supportContracts").selectAll().orderBy("kind").execute();
    expect(contracts.map((c) => [c.kind, c.benefitYearId, c.incidentsRemaining, c.incidentsUsed])).toEqual([
      ["CLOUD", year.id, null, 4],
      ["ON_PREMISES", year.id, 12, 3],
    ]);
  });

  it("a Contract ID names one year only, and one organization has one row per year number", async () => {
    const year = await db.selectFrom("benefitYears").selectAll().executeTakeFirstOrThrow();
    const again = { ...year, id: undefined, activatedAt: undefined };
    await expect(
      db
        .insertInto("benefitYears")
        .values({ ...again, yearNumber: 2 })
        .execute(),
    ).rejects.toThrow(/unique/i);
    await expect(
      db
        .insertInto("benefitYears")
        .values({ ...again, contractId: "CID-NEW" })
        .execute(),
    ).rejects.toThrow(/unique/i);
    await expect(
      db
        .insertInto("benefitYears")
        .values({ ...again, yearNumber: 0, contractId: "CID-0" })
        .execute(),
    ).rejects.toThrow(/check/i);
  });
});
