import { DEMO_USERS } from "@support-hub/db";
import { createTestDatabase, type TestDatabase } from "@support-hub/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WHOLE_NODE } from "../../src/incidents/incident-columns";
import { incidentStatementFor } from "../../src/prefetch/incident-related";
import { loadViewers } from "../../src/users/user.queries";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

/** Prepared statements of this session that match `pattern`, with their plan counts. */
async function plansOf(t: TestDatabase, pattern: string) {
  const { rows } = await sql<{ generic: number; custom: number }>`
    select generic_plans::int as generic, custom_plans::int as custom
    from pg_prepared_statements
    where statement like ${pattern} and statement not like '%pg_prepared_statements%'`.execute(t.db);
  return rows;
}

/**
 * `copies` more of every incident, each opened a minute before the last: enough rows that a plan
 * for a few of them and a plan for many differ.
 */
async function copyIncidents(db: TestDatabase["db"], copies: number): Promise<void> {
  await sql`insert into incidents (organization_id, customer_id, product_version_id, plan_kind, support_contract_id,
      consumed, severity, status, title, description, contact_name, contact_email, contact_phone, created_by, refunded,
      created_at, updated_at, resolved_at, withdrawn_at)
    select organization_id, customer_id, product_version_id, plan_kind, support_contract_id,
      consumed, severity, status, title, description, contact_name, contact_email, contact_phone, created_by, refunded,
      created_at - make_interval(mins => n), updated_at, resolved_at, withdrawn_at
    from incidents, generate_series(1, ${copies}) as n`.execute(db);
}

/** Batch sizes: a quiet start (one per batch, as when one user is active), then busy batches. */
const batchSize = (run: number) => (run < 10 ? 1 : 2 + ((run * 7) % 11));

/**
 * The account statement runs for every request, and `node(id:)` of an incident for each one that
 * asks, alone or for a batch of requests. PostgreSQL must keep one generic plan for each instead of
 * planning every batch: with `id = any($1)` a custom plan for the array at hand looked cheaper after
 * a quiet start, and it planned the account statement for 238 of 401 batches, the incident one for
 * every batch (about 0.25-0.5 ms each). Both fail that way with `any($1)`.
 * Only on PostgreSQL: the gateway prepares named statements there (see `postgres-pool.ts`).
 */
describe.runIf(process.env.DATABASE_URL)("the plans of the statements every request runs", () => {
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

  it("the account statements are planned for their first runs only, whatever the size of the batch", async () => {
    const ids = (await t.db.selectFrom("users").select("id").where("deletedAt", "is", null).execute()).map((row) => row.id);
    expect(ids.length).toBeGreaterThanOrEqual(Object.keys(DEMO_USERS).length + 100);
    for (let run = 0; run < 60; run++) {
      const size = batchSize(run);
      const batch = Array.from({ length: size }, (_, i) => ids[(run + i) % ids.length] as string);
      const loaded = await loadViewers(t.db, batch);
      expect([...loaded.keys()].sort()).toEqual([...new Set(batch)].sort());
    }
    // One pooled connection: the statements prepared there are the ones that ran. One account (the
    // first ten runs) and several (the fifty others) have a statement each (see `loadViewers`).
    const batches = await plansOf(t, "%viewer_scopes%");
    expect(batches).toHaveLength(1);
    expect(batches[0]?.custom).toBeLessThanOrEqual(5);
    expect(batches[0]?.generic).toBeGreaterThanOrEqual(45);
    const runs = (await plansOf(t, "%scope_versions%")).map((row) => ({ ...row, runs: row.custom + row.generic }));
    expect(runs.map((row) => row.runs).sort((a, b) => a - b)).toEqual([10, 50]);
    expect(runs.find((row) => row.runs === 10)?.custom).toBeLessThanOrEqual(5);
  });

  it("so is the statement of node(id:) for incidents, one per shape of selection", async () => {
    // Enough incidents that a plan for a few ids and a plan for any ids differ (copies of the demo's).
    await copyIncidents(t.db, 100);
    await sql`analyze incidents`.execute(t.db);
    const ids = (await t.db.selectFrom("incidents").select("id").limit(50).execute()).map((row) => row.id);
    const statement = incidentStatementFor(WHOLE_NODE);
    for (let run = 0; run < 60; run++) {
      const batch = Array.from({ length: batchSize(run) }, (_, i) => ids[(run + i) % ids.length] as string);
      const rows = await statement(t.db, { ids: batch });
      expect(rows.map((row) => row.id).sort()).toEqual([...new Set(batch)].sort());
    }
    const rows = await plansOf(t, "%prefetch%from%incidents%");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.custom).toBeLessThanOrEqual(5);
    expect(rows[0]?.generic).toBeGreaterThanOrEqual(55);
  });
});

/**
 * A page's LIMIT is in the statement's text (`pageLimit`): as a parameter, PostgreSQL costed the
 * generic plan as if it read a tenth of the incidents, the custom plan for a small page looked far
 * cheaper, and every request with `first: 1` (or the default 20) was planned again.
 */
describe.runIf(process.env.DATABASE_URL)("the plans of a page of incidents", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ poolSize: 1 });
    // Enough incidents for the planner to tell a small page from a tenth of the table.
    await copyIncidents(gateway.database.db, 200);
    await sql`analyze`.execute(gateway.database.db);
  }, 180_000);
  afterAll(() => gateway?.stop());

  it("are generic after the first runs, for small pages too", async () => {
    for (const first of [1, 20]) {
      for (let run = 0; run < 12; run++) {
        const { data, errors } = await gateway.gql(
          "query ($first: Int!) { viewer { organization { incidents(first: $first) { edges { node { id title } } } } } }",
          { first },
          { as: "fabrikamGlobalAdmin", headers: { "cache-control": "no-cache" } },
        );
        expect(errors).toBeUndefined();
        expect(data?.viewer.organization.incidents.edges).toHaveLength(first);
      }
    }
    // One pooled connection: the gateway's statements were prepared in this very session.
    const { rows } = await sql<{ statement: string; generic: number; custom: number }>`
      select statement, generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements
      where statement like '%from "incidents"%' and statement like '%limit%' and statement not like '%pg_prepared_statements%'`.execute(
      gateway.database.db,
    );
    // One statement per page size, each planned for its first runs only (24 custom plans in one
    // statement when the limit was a parameter).
    expect(rows.map((row) => row.statement.match(/limit (\$?\d+)/)?.[1]).sort()).toEqual(["2", "21"]);
    for (const page of rows) {
      expect(page.custom, page.statement.slice(-40)).toBeLessThanOrEqual(5);
      expect(page.generic + page.custom).toBe(12);
    }
  });
});
