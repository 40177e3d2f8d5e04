/**
 * PostgreSQL only (runs when DATABASE_URL is set): real gateway processes (the production bundle
 * `dist/main.js`, as `pnpm start` runs it) on one fresh database.
 * - Two replicas behind an imaginary load balancer stay exact: no overselling, one incident per
 *   idempotency key, and wrong link guesses are throttled at the shared limit.
 * - A response cached by one replica is never served after a write through the other.
 * - kill -9 in the middle of a create load loses nothing acknowledged and consumes nothing
 *   unacknowledged.
 */
import { DEMO_ACTIVATIONS, DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { createTestDatabase, type TestDatabase } from "@support-hub/db/testing";
import { signDevToken } from "@support-hub/gateway/auth";
import { loadConfig } from "@support-hub/gateway/config";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GatewayProcess, startGatewayBundle, stopGatewayBundle as stopProcess } from "../support/gateway-bundle";

const auth = loadConfig({ NODE_ENV: "test" }).auth;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

/** The production bundle on `databaseUrl`, migrating and seeding (idempotent), no Sandbox. */
function startProcess(databaseUrl: string): Promise<GatewayProcess> {
  return startGatewayBundle(
    { DATABASE_URL: databaseUrl, SEED_DEMO_DATA: "true", SANDBOX: "false", LOG_LEVEL: "warn", NODE_ENV: "development" },
    { readyTimeoutMs: 30_000 },
  );
}

const tokens = new Map<string, string>();
async function gql(gateway: GatewayProcess, query: string, variables: Record<string, unknown>, as: keyof typeof DEMO_USERS) {
  let token = tokens.get(as);
  if (!token) {
    token = await signDevToken(auth, DEMO_USERS[as].id);
    tokens.set(as, token);
  }
  const response = await fetch(`${gateway.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

const CREATE = `mutation ($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) { isReplay incident { id } userErrors { code } } }`;
const LINK = `mutation ($input: LinkSupportContractInput!) { linkSupportContract(input: $input) { userErrors { code } } }`;

function draft(version: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    productVersionId: gid("ProductVersion", version),
    title,
    description: "Reliability test",
    severity: "C",
    contact: { name: "Pat", email: "pat@example.com" },
    ...extra,
  };
}

/** used = consuming, non-refunded incidents and remaining = total - used, for every contract. */
async function expectCountersConsistent(database: TestDatabase) {
  const rows = await database.db
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
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.incidentsUsed, row.id).toBe(Number(row.consuming));
    if (row.incidentsTotal !== null) expect(row.incidentsRemaining, row.id).toBe(row.incidentsTotal - row.incidentsUsed);
  }
}

describe("two gateway replicas on one PostgreSQL", () => {
  let database: TestDatabase;
  let a: GatewayProcess | undefined;
  let b: GatewayProcess | undefined;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 3 });
    if (!database.url) throw new Error("DATABASE_URL must point to PostgreSQL");
    a = await startProcess(database.url);
    b = await startProcess(database.url); // migrations and seed are idempotent: the second start is a no-op
  }, 120_000);
  afterAll(async () => {
    await stopProcess(a);
    await stopProcess(b);
    await database?.close();
  });

  it("20 parallel creates spread over both on the 5-pack with 2 left: exactly 2 succeed, 0 remain", async () => {
    const before = await database.db
      .selectFrom("supportContracts")
      .select("incidentsRemaining")
      .where("id", "=", DEMO_IDS.contracts.fabrikamCloud)
      .executeTakeFirstOrThrow();
    expect(before.incidentsRemaining).toBe(2);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql(
          i % 2 ? (a as GatewayProcess) : (b as GatewayProcess),
          CREATE,
          { input: draft(DEMO_IDS.productVersions.azureCurrent, `Replica ${i}`) },
          "fabrikamGlobalAdmin",
        ),
      ),
    );
    const payloads = results.map((r) => r.body.data?.createSupportIncident);
    expect(payloads.filter((p) => p?.incident)).toHaveLength(2);
    expect(payloads.filter((p) => !p?.incident).map((p) => p?.userErrors[0]?.code)).toEqual(Array(18).fill("NO_INCIDENTS_REMAINING"));
    const after = await database.db
      .selectFrom("supportContracts")
      .select("incidentsRemaining")
      .where("id", "=", DEMO_IDS.contracts.fabrikamCloud)
      .executeTakeFirstOrThrow();
    expect(after.incidentsRemaining).toBe(0);
    await expectCountersConsistent(database);
  });

  it("the same idempotency key sent to both replicas at once creates one incident, consumed once", async () => {
    const before = await database.db
      .selectFrom("supportContracts")
      .select("incidentsUsed")
      .where("id", "=", DEMO_IDS.contracts.fabrikamOnPremises)
      .executeTakeFirstOrThrow();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gql(
          i % 2 ? (a as GatewayProcess) : (b as GatewayProcess),
          CREATE,
          {
            input: draft(DEMO_IDS.productVersions.sqlServer2022, "Same key", { idempotencyKey: "replica-key" }),
          },
          "fabrikamGlobalAdmin",
        ),
      ),
    );
    const payloads = results.map((r) => r.body.data?.createSupportIncident);
    for (const payload of payloads) expect(payload?.userErrors).toEqual([]);
    expect(new Set(payloads.map((p) => p.incident.id)).size).toBe(1);
    expect(payloads.filter((p) => p.isReplay === false)).toHaveLength(1);
    const after = await database.db
      .selectFrom("supportContracts")
      .select("incidentsUsed")
      .where("id", "=", DEMO_IDS.contracts.fabrikamOnPremises)
      .executeTakeFirstOrThrow();
    expect(after.incidentsUsed).toBe(before.incidentsUsed + 1);
    const keyed = await database.db.selectFrom("incidents").select("id").where("idempotencyKey", "=", "replica-key").execute();
    expect(keyed).toHaveLength(1);
  });

  it("a dashboard cached by one replica is never served after a write through the other", async () => {
    const DASHBOARD = `{ viewer { organization { name incidents(first: 3) { edges { node { title } } } } } }`;
    const read = async (replica: GatewayProcess) => {
      const response = await fetch(`${replica.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${await signDevToken(auth, DEMO_USERS.fabrikamGlobalAdmin.id)}`,
        },
        body: JSON.stringify({ query: DASHBOARD }),
      });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      expect(body.errors).toBeUndefined();
      return {
        cache: response.headers.get("x-response-cache"),
        titles: body.data.viewer.organization.incidents.edges.map((e: any) => e.node.title),
      };
    };
    await read(a as GatewayProcess);
    expect((await read(a as GatewayProcess)).cache).toBe("hit");
    const created = await gql(
      b as GatewayProcess,
      CREATE,
      // On the on-premises contract: the cloud 5-pack (which Microsoft 365 also uses) ran out above.
      { input: draft(DEMO_IDS.productVersions.sqlServer2025, "Written through replica B") },
      "fabrikamGlobalAdmin",
    );
    expect(created.body.data?.createSupportIncident.userErrors).toEqual([]);
    const after = await read(a as GatewayProcess);
    expect(after.cache).toBe("miss");
    expect(after.titles[0]).toBe("Written through replica B");
  });

  it("wrong link guesses alternating between replicas are throttled at the shared per-account limit (5)", async () => {
    const wrong = { accessId: "NOPE-ACCESS", contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId };
    for (let i = 0; i < 5; i++) {
      const response = await gql(i % 2 ? (a as GatewayProcess) : (b as GatewayProcess), LINK, { input: wrong }, "outsideMsa");
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.linkSupportContract.userErrors[0].code).toBe("INVALID_PAIR");
    }
    // Whichever replica gets the next attempt refuses it, even with the right pair.
    for (const replica of [a, b] as GatewayProcess[]) {
      const blocked = await gql(
        replica,
        LINK,
        { input: { accessId: DEMO_ACTIVATIONS.fabrikam.accessId, contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId } },
        "outsideMsa",
      );
      expect(blocked.status).toBe(429);
      expect(blocked.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(blocked.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
  });
});

describe("kill -9 during a create load", () => {
  let database: TestDatabase;
  let gateway: GatewayProcess | undefined;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 3 });
  });
  afterAll(async () => {
    await stopProcess(gateway, "SIGKILL");
    await database?.close();
  });

  it("every acknowledged incident exists and no unacknowledged one consumed anything", async () => {
    if (!database.url) throw new Error("DATABASE_URL must point to PostgreSQL");
    gateway = await startProcess(database.url);
    // A large contract, so that the load never runs out.
    await database.db
      .updateTable("supportContracts")
      .set((eb) => ({ incidentsTotal: 100_000, incidentsRemaining: eb(eb.val(100_000), "-", eb.ref("incidentsUsed")) }))
      .where("id", "=", DEMO_IDS.contracts.fabrikamOnPremises)
      .execute();
    await expectCountersConsistent(database);

    const acknowledged: string[] = [];
    let sent = 0;
    let stop = false;
    const victim = gateway;
    const worker = async (w: number) => {
      while (!stop) {
        const title = `Crash load ${w}-${sent++}`;
        try {
          const response = await gql(
            victim,
            CREATE,
            { input: draft(DEMO_IDS.productVersions.sqlServer2022, title) },
            "fabrikamGlobalAdmin",
          );
          const id = response.body.data?.createSupportIncident?.incident?.id;
          if (response.status === 200 && id) acknowledged.push(id);
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, w) => worker(w));
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    await stopProcess(gateway, "SIGKILL");
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(sent).toBeGreaterThan(acknowledged.length); // some were in flight when the process died

    gateway = await startProcess(database.url);
    // Every acknowledged incident exists...
    const localIds = acknowledged.map((id) => Buffer.from(id, "base64url").toString("utf8").split(":")[1] as string);
    const found = await database.db.selectFrom("incidents").select("id").where("id", "in", localIds).execute();
    expect(found).toHaveLength(acknowledged.length);
    // ...and the counters match the incidents exactly (nothing unacknowledged consumed without its incident).
    await expectCountersConsistent(database);
    // The restarted gateway answers and still counts right.
    const after = await gql(
      gateway,
      CREATE,
      { input: draft(DEMO_IDS.productVersions.sqlServer2022, "After restart") },
      "fabrikamGlobalAdmin",
    );
    expect(after.body.data?.createSupportIncident.userErrors).toEqual([]);
    await expectCountersConsistent(database);
  }, 120_000);
});
