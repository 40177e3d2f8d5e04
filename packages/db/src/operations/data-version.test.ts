import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../create-database";
import { insertContract, insertOrganizationWithUser } from "../test-fixtures";
import { createTestDatabase, type TestDatabase } from "../testing";
import { readDataVersion } from "./data-version";
import { hitRateLimit } from "./hit-rate-limit";

describe("data version", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it("goes up by one per committed transaction, however many rows and tables it wrote", async () => {
    const before = await readDataVersion(t.db);
    const { organizationId } = await insertOrganizationWithUser(t.db); // two autocommitted statements
    expect(await readDataVersion(t.db)).toBe(before + 2);

    await t.db.transaction().execute(async (trx) => {
      await insertContract(trx, organizationId, 5);
      await insertContract(trx, organizationId, null);
      await trx.updateTable("organizations").set({ name: "Renamed" }).where("id", "=", organizationId).execute();
      // Inside the transaction nothing moved yet: the bump happens at commit.
      expect(await readDataVersion(trx)).toBe(before + 2);
    });
    expect(await readDataVersion(t.db)).toBe(before + 3);

    await t.db
      .insertInto("products")
      .values(Array.from({ length: 50 }, (_, i) => ({ key: `bulk-product-${i}`, name: `Bulk product ${i}`, family: "CLOUD" as const })))
      .execute();
    expect(await readDataVersion(t.db)).toBe(before + 4);
  });

  it("does not move for a rolled-back transaction, a read, or a rate-limit counter", async () => {
    const before = await readDataVersion(t.db);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await insertOrganizationWithUser(trx);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await t.db.selectFrom("organizations").selectAll().execute();
    await hitRateLimit(t.db, { key: "data-version:test", limit: 5, windowMs: 60_000 });
    expect(await readDataVersion(t.db)).toBe(before);
  });

  it("is bumped by every table except the rate-limit counters and the audit log (a new table must opt in or out here)", async () => {
    const { rows } = await sql<{ tableName: string; bumps: boolean }>`
      select c.relname as table_name,
             exists (select 1 from pg_trigger tg join pg_proc p on p.oid = tg.tgfoid
                     where tg.tgrelid = c.oid and p.proname = 'bump_data_version') as bumps
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.relname not like 'kysely_%'
      order by c.relname`.execute(t.db);
    const notBumping = rows.filter((row) => !row.bumps).map((row) => row.tableName);
    expect(notBumping).toEqual(["audit_log", "data_scope_versions", "data_version", "rate_limit_buckets"]);
    expect(rows.length).toBeGreaterThan(10);
  });
});

describe("data version on PostgreSQL", () => {
  it.runIf(Boolean(process.env.DATABASE_URL))("becomes visible to other sessions together with the data, never before", async () => {
    const t = await createTestDatabase();
    const other = await createDatabase({ url: t.url ?? "", poolSize: 1 });
    try {
      const before = await readDataVersion(other.db);
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let written: () => void = () => {};
      const wrote = new Promise<void>((resolve) => {
        written = resolve;
      });
      const writer = t.db.transaction().execute(async (trx) => {
        await insertOrganizationWithUser(trx);
        written();
        await held;
      });
      await wrote;
      expect(await readDataVersion(other.db)).toBe(before);
      release();
      await writer;
      expect(await readDataVersion(other.db)).toBe(before + 1);
    } finally {
      await other.close();
      await t.close();
    }
  });
});

describe("PGlite's local data version (no query needed: the process is the only writer)", () => {
  it.runIf(!process.env.DATABASE_URL)("moves after every unit that may have written, never for Kysely-built reads", async () => {
    const t = await createTestDatabase();
    try {
      const version = () => t.localDataVersion?.() ?? Number.NaN;
      const start = version();
      expect(Number.isInteger(start)).toBe(true);

      await t.db.selectFrom("organizations").selectAll().execute();
      await t.db
        .with("o", (qb) => qb.selectFrom("organizations").select("id"))
        .selectFrom("o")
        .selectAll()
        .execute();
      await t.ping();
      await readDataVersion(t.db);
      expect(version()).toBe(start);

      const { organizationId } = await insertOrganizationWithUser(t.db); // two statements
      expect(version()).toBe(start + 2);
      await t.db.transaction().execute(async (trx) => {
        await insertContract(trx, organizationId, 5);
        await trx.updateTable("organizations").set({ name: "Renamed" }).where("id", "=", organizationId).execute();
        expect(version()).toBe(start + 2); // not before the transaction ends
      });
      expect(version()).toBe(start + 3);

      // A data-modifying WITH under a SELECT, and raw SQL, count as writes.
      await t.db
        .with("renamed", (qb) => qb.updateTable("organizations").set({ name: "Again" }).where("id", "=", organizationId).returning("id"))
        .selectFrom("renamed")
        .selectAll()
        .execute();
      expect(version()).toBe(start + 4);
      await sql`select 1`.execute(t.db);
      expect(version()).toBe(start + 5);
    } finally {
      await t.close();
    }
  });

  it("is PGlite's alone: PostgreSQL has other writers, so it reads data_version instead", async () => {
    const t = await createTestDatabase();
    try {
      expect(t.localDataVersion === undefined).toBe(t.kind === "postgres");
    } finally {
      await t.close();
    }
  });
});
