import { DEMO_USERS } from "@support-hub/db";
import { createTestDatabase, type TestDatabase } from "@support-hub/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadViewers } from "../../src/users/user.queries";

/**
 * The account statement runs for every request (alone or for a batch of them). PostgreSQL must
 * keep one generic plan for it instead of planning each batch: with `id = any($1)` a custom plan
 * for the array at hand looked cheaper, and it planned 238 of 401 batches (about 0.5 ms each).
 * Only on PostgreSQL: the gateway prepares named statements there (see `postgres-pool.ts`).
 */
describe.runIf(process.env.DATABASE_URL)("the account statement's plan", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ seed: true, poolSize: 1 });
    // A hundred more accounts, as in the bench's dataset: with a handful, any plan looked alike.
    await t.db
      .insertInto("users")
      .values(
        Array.from({ length: 100 }, (_, i) => ({
          email: `extra.${i}@plan.example`,
          displayName: `Extra ${i}`,
          accountKind: "MSA" as const,
          organizationId: null,
        })),
      )
      .execute();
    await sql`analyze`.execute(t.db);
  }, 120_000);
  afterAll(() => t?.close());

  it("is planned for the first runs only, whatever the size of the batch", async () => {
    const ids = (await t.db.selectFrom("users").select("id").where("deletedAt", "is", null).execute()).map((row) => row.id);
    expect(ids.length).toBeGreaterThanOrEqual(Object.keys(DEMO_USERS).length + 100);
    for (let run = 0; run < 60; run++) {
      // A quiet start (one account per batch, as when one user is active), then busy batches:
      // the custom plans of the start looked cheaper than a generic plan for larger arrays.
      const size = run < 10 ? 1 : 2 + ((run * 7) % 11);
      const batch = Array.from({ length: size }, (_, i) => ids[(run + i) % ids.length] as string);
      const loaded = await loadViewers(t.db, batch);
      expect([...loaded.keys()].sort()).toEqual([...new Set(batch)].sort());
    }
    // One pooled connection: the statement prepared there is the one that ran 60 times.
    const { rows } = await sql<{ generic: number; custom: number }>`
      select generic_plans::int as generic, custom_plans::int as custom
      from pg_prepared_statements
      where statement like '%scope_versions%' and statement not like '%pg_prepared_statements%'`.execute(t.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.custom).toBeLessThanOrEqual(5);
    expect(rows[0]?.generic).toBeGreaterThanOrEqual(55);
  });
});
