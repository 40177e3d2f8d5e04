import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigrator, migrateToLatest } from "../migrate-to-latest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { migrations } from "./index";

const TABLES = [
  "audit_log",
  "benefit_activations",
  "benefit_years",
  "contract_links",
  "csp_customers",
  "data_scope_versions",
  "data_version",
  "incident_events",
  "incidents",
  "membership_offers",
  "organizations",
  "product_versions",
  "products",
  "rate_limit_buckets",
  "support_contracts",
  "tpd_balances",
  "tpd_engagements",
  "user_roles",
  "users",
];

describe("migrations", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it("have sortable, dated names and are listed in order", () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9-]+$/);
  });

  it("are all applied and create every table", async () => {
    const applied = await createMigrator(t.db).getMigrations();
    expect(applied.map((m) => m.executedAt !== undefined)).toEqual(applied.map(() => true));
    const rows = await sql<{ tableName: string }>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
      order by table_name`.execute(t.db);
    expect(rows.rows.map((r) => r.tableName)).toEqual(TABLES);
  });

  it("running them again is a no-op", async () => {
    const again = await migrateToLatest(t.db);
    expect(again.error).toBeUndefined();
    expect(again.results).toEqual([]);
  });

  it("an unknown applied migration is still reported, not skipped by the up-to-date shortcut", async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01T0000-from-the-future', now())`.execute(t.db);
    try {
      const result = await migrateToLatest(t.db);
      expect(String(result.error)).toMatch(/corrupted migrations/i);
    } finally {
      await sql`delete from kysely_migration where name = '2099-01-01T0000-from-the-future'`.execute(t.db);
    }
    expect((await migrateToLatest(t.db)).error).toBeUndefined();
  });

  it("are forward-only (no down migrations)", () => {
    for (const migration of Object.values(migrations)) expect(migration.down).toBeUndefined();
  });
});
