/**
 * PostgreSQL only (runs when DATABASE_URL is set, on a cluster of its own): the production bundle
 * under 16 clients (8 reading, 8 creating incidents with idempotency keys) while its PostgreSQL is
 * restarted 10 times, then frozen (SIGSTOP on the postmaster and its backends).
 * - The gateway never exits and serves again within 2 s of PostgreSQL accepting connections
 *   after a restart, and by itself after a freeze.
 * - While the database is away, answers are HTTP 503 SERVICE_UNAVAILABLE with `Retry-After`,
 *   never a 500 and never a hang (a frozen database answers within the configured timeouts).
 * - Every acknowledged incident exists exactly once (clients retry with the same key until acknowledged).
 * The measured figures are printed (recovery times, answer times under the freeze).
 */
import { createDatabase, type DatabaseHandle, DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { signDevToken } from "@support-hub/gateway/auth";
import { loadConfig } from "@support-hub/gateway/config";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GatewayProcess, startGatewayBundle, stopGatewayBundle } from "../support/gateway-bundle";
import { type PgCluster, startPgCluster } from "../support/pg-cluster";

/** Short timeouts, so that the freeze shows quickly; production defaults are in the README. */
const TIMEOUTS = {
  DB_CONNECT_TIMEOUT_MS: "1000",
  DB_ACQUIRE_TIMEOUT_MS: "1500",
  DB_STATEMENT_TIMEOUT_MS: "1000",
  DB_QUERY_TIMEOUT_MS: "1500",
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: "5000",
};
/** The longest a request may wait on a frozen database: a pool slot, then one statement. */
const FROZEN_ANSWER_BOUND_MS = Number(TIMEOUTS.DB_ACQUIRE_TIMEOUT_MS) + Number(TIMEOUTS.DB_QUERY_TIMEOUT_MS);
const SLACK_MS = 1_000; // a loaded 2-core CI machine
const RECOVERY_BOUND_MS = 2_000;
/**
 * After a freeze PostgreSQL first works through the connection attempts that queued up in its
 * listen backlog while it was stopped (each forks a backend that finds its client gone), so the
 * first answer takes longer than after a restart; the point here is that it comes by itself.
 */
const RECOVERY_AFTER_FREEZE_BOUND_MS = 10_000;
const RESTARTS = 10;
const READERS = 8;
const WRITERS = 8;

const auth = loadConfig({ NODE_ENV: "test" }).auth;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const READ = `{ viewer { organization { name incidents(first: 3) { edges { node { title } } } } } }`;
const CREATE = `mutation ($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) { isReplay incident { id } userErrors { code } } }`;

type Outcome = "ok" | "unavailable" | "other";
interface Answer {
  outcome: Outcome;
  status: number;
  ms: number;
  body: { data?: any; errors?: any[] } | string;
  retryAfter: string | null;
}

let token = "";
let loads = 0;
async function post(gateway: GatewayProcess, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const started = performance.now();
  // 30 s: far beyond any configured timeout; reaching it means the gateway hung.
  const response = await fetch(`${gateway.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let body: Answer["body"] = text;
  try {
    body = JSON.parse(text);
  } catch {}
  const retryAfter = response.headers.get("retry-after");
  const codes = typeof body === "string" ? [] : (body.errors ?? []).map((e) => e.extensions?.code);
  let outcome: Outcome = "other";
  if (response.status === 200 && codes.length === 0) outcome = "ok";
  else if (response.status === 503 && codes.length > 0 && codes.every((c) => c === "SERVICE_UNAVAILABLE") && Number(retryAfter) > 0) {
    outcome = "unavailable";
  }
  return { outcome, status: response.status, ms, body, retryAfter };
}

function draft(title: string, idempotencyKey: string) {
  return {
    productVersionId: gid("ProductVersion", DEMO_IDS.productVersions.sqlServer2022),
    title,
    description: "Database fault test",
    severity: "C",
    contact: { name: "Pat", email: "pat@example.com" },
    idempotencyKey,
  };
}

/** 8 readers and 8 writers; a writer resends the same key until the incident is acknowledged. */
function startLoad(gateway: GatewayProcess) {
  const counts: Record<Outcome, number> = { ok: 0, unavailable: 0, other: 0 };
  const unexpected: Answer[] = [];
  const acknowledged = new Map<string, string>(); // idempotency key -> incident id
  let running = true;
  let keyCounter = 0;
  const load = ++loads;
  const record = (answer: Answer) => {
    counts[answer.outcome] += 1;
    if (answer.outcome === "other" && unexpected.length < 5) unexpected.push(answer);
  };
  const reader = async () => {
    while (running) {
      const answer = await post(gateway, READ);
      record(answer);
      if (answer.outcome !== "ok") await sleep(100); // clients back off (Retry-After says 1 s; the test wants pressure)
    }
  };
  const writer = async (w: number) => {
    while (running) {
      const key = `fault-${load}-${w}-${keyCounter++}`;
      for (;;) {
        const answer = await post(gateway, CREATE, { input: draft(`Fault load ${key}`, key) });
        record(answer);
        const id = typeof answer.body === "string" ? undefined : answer.body.data?.createSupportIncident?.incident?.id;
        if (answer.outcome === "ok" && id) {
          acknowledged.set(key, id);
          break;
        }
        if (answer.outcome === "ok") unexpected.push(answer); // a refusal (userErrors): the contract ran out?
        if (answer.outcome !== "unavailable") break; // counted as a failure of the test
        await sleep(100);
      }
    }
  };
  const workers = [...Array.from({ length: READERS }, reader), ...Array.from({ length: WRITERS }, (_, w) => writer(w))];
  return {
    counts,
    unexpected,
    acknowledged,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}

/**
 * Sends a GraphQL read every 50 ms (without waiting for the previous one) until one answers 200;
 * returns the time from `since` to that answer.
 */
async function timeToRecover(gateway: GatewayProcess, since: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let done = false;
    const probe = () => {
      if (done) return;
      if (performance.now() - since > 30_000) {
        done = true;
        reject(new Error("the gateway did not recover within 30 s"));
        return;
      }
      post(gateway, READ).then(
        (answer) => {
          if (answer.outcome === "ok" && !done) {
            done = true;
            resolve(performance.now() - since);
          }
        },
        () => {},
      );
      setTimeout(probe, 50);
    };
    probe();
  });
}

/** The gateway's "unexpected error" log lines (what explains a 500), for failure messages. */
const unexpectedErrors = (gateway: GatewayProcess) =>
  gateway
    .stderr()
    .split("\n")
    .filter((line) => line.includes("unexpected error"))
    .slice(0, 3)
    .join("\n");

describe("PostgreSQL restarted and frozen under load", () => {
  let cluster: PgCluster | undefined;
  let gateway: GatewayProcess | undefined;
  let database: DatabaseHandle | undefined;

  beforeAll(async () => {
    cluster = await startPgCluster();
    gateway = await startGatewayBundle(
      { DATABASE_URL: cluster.url, SEED_DEMO_DATA: "true", SANDBOX: "false", LOG_LEVEL: "warn", NODE_ENV: "development", ...TIMEOUTS },
      { readyTimeoutMs: 30_000 },
    );
    token = await signDevToken(auth, DEMO_USERS.fabrikamGlobalAdmin.id);
    database = await createDatabase({ url: cluster.url, poolSize: 2, onConnectionError: () => {} });
    // A large contract, so that the load never runs out.
    await database.db
      .updateTable("supportContracts")
      .set((eb) => ({ incidentsTotal: 100_000, incidentsRemaining: eb(eb.val(100_000), "-", eb.ref("incidentsUsed")) }))
      .where("id", "=", DEMO_IDS.contracts.fabrikamOnPremises)
      .execute();
  }, 90_000);

  afterAll(async () => {
    await database?.close();
    await stopGatewayBundle(gateway);
    await cluster?.destroy();
  });

  /** Every acknowledged key has exactly one incident, the acknowledged one; the contract's counter matches. */
  async function expectAcknowledgedExactlyOnce(acknowledged: Map<string, string>) {
    const db = (database as DatabaseHandle).db;
    const rows = await db.selectFrom("incidents").select(["id", "idempotencyKey"]).where("idempotencyKey", "like", "fault-%").execute();
    const byKey = new Map<string, string[]>();
    for (const row of rows) byKey.set(row.idempotencyKey as string, [...(byKey.get(row.idempotencyKey as string) ?? []), row.id]);
    for (const [key, id] of acknowledged) {
      const localId = Buffer.from(id, "base64url").toString("utf8").split(":")[1];
      expect(byKey.get(key), key).toEqual([localId]);
    }
    const contract = await db
      .selectFrom("supportContracts as c")
      .select((eb) => [
        "c.incidentsUsed",
        eb
          .selectFrom("incidents as i")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("i.supportContractId", "=", "c.id")
          .where("i.consumed", "=", true)
          .where("i.refunded", "=", false)
          .as("consuming"),
      ])
      .where("c.id", "=", DEMO_IDS.contracts.fabrikamOnPremises)
      .executeTakeFirstOrThrow();
    expect(contract.incidentsUsed).toBe(Number(contract.consuming));
  }

  it(`${RESTARTS} restarts (pg_ctl stop -m fast, start) under 16 clients: never exits, back within 2 s, no write lost or doubled`, async () => {
    const g = gateway as GatewayProcess;
    const c = cluster as PgCluster;
    const load = startLoad(g);
    const recoveries: number[] = [];
    const outages: number[] = [];
    try {
      for (let round = 0; round < RESTARTS; round++) {
        await sleep(500); // under load
        const down = performance.now();
        await c.stop();
        await sleep(200); // clients meet the stopped server
        await c.start();
        const up = performance.now();
        outages.push(up - down);
        recoveries.push(await timeToRecover(g, up));
        expect(g.child.exitCode, g.stderr()).toBeNull();
      }
      await sleep(500);
    } finally {
      await load.stop();
    }
    console.log(
      `[db faults] ${RESTARTS} restarts survived; recovery after PostgreSQL accepted connections: ` +
        `max ${Math.round(Math.max(...recoveries))} ms, median ${Math.round(median(recoveries))} ms ` +
        `(all: ${recoveries.map(Math.round).join(", ")}); outage per restart median ${Math.round(median(outages))} ms; ` +
        `answers: ${JSON.stringify(load.counts)}, ${load.acknowledged.size} incidents acknowledged`,
    );
    expect(g.child.exitCode).toBeNull();
    expect(g.stderr()).not.toMatch(/Unhandled|uncaught/i);
    expect(load.unexpected, unexpectedErrors(g)).toEqual([]);
    expect(load.counts.unavailable).toBeGreaterThan(0); // outages were met, and answered 503
    expect(Math.max(...recoveries)).toBeLessThan(RECOVERY_BOUND_MS);
    expect(load.acknowledged.size).toBeGreaterThan(WRITERS);
    await expectAcknowledgedExactlyOnce(load.acknowledged);
  }, 120_000);

  it("frozen (SIGSTOP): 503 SERVICE_UNAVAILABLE within the configured timeouts, /readyz within 1 s; then recovery", async () => {
    const g = gateway as GatewayProcess;
    const c = cluster as PgCluster;
    const load = startLoad(g);
    let frozenAnswers: Answer[] = [];
    const readyzTimes: number[] = [];
    let recovery = Number.NaN;
    try {
      await sleep(500); // connections checked out and idle, mid-request
      await c.signalAll("SIGSTOP");
      try {
        // Two waves: the first meets the connections the pool holds, the second new connections.
        for (let wave = 0; wave < 2; wave++) {
          const [answers, readyz] = await Promise.all([
            Promise.all(
              Array.from({ length: 16 }, (_, i) =>
                i % 2 ? post(g, READ) : post(g, CREATE, { input: draft("Frozen", `fault-frozen-${wave}-${i}`) }),
              ),
            ),
            (async () => {
              const started = performance.now();
              const response = await fetch(`${g.url}/readyz`, { signal: AbortSignal.timeout(30_000) });
              readyzTimes.push(performance.now() - started);
              return response;
            })(),
          ]);
          expect(readyz.status).toBe(503);
          expect(Number(readyz.headers.get("retry-after"))).toBeGreaterThan(0);
          frozenAnswers = [...frozenAnswers, ...answers];
        }
      } finally {
        await c.signalAll("SIGCONT");
      }
      const resumed = performance.now();
      recovery = await timeToRecover(g, resumed);
      await sleep(500);
    } finally {
      await load.stop();
    }
    const times = frozenAnswers.map((a) => a.ms);
    console.log(
      `[db faults] frozen: ${frozenAnswers.length} requests answered ${[...new Set(frozenAnswers.map((a) => a.status))].join("/")} ` +
        `in max ${Math.round(Math.max(...times))} ms, median ${Math.round(median(times))} ms (bound ${FROZEN_ANSWER_BOUND_MS} ms + slack); ` +
        `/readyz ${readyzTimes.map(Math.round).join(", ")} ms; recovery after SIGCONT ${Math.round(recovery)} ms; ` +
        `load answers: ${JSON.stringify(load.counts)}`,
    );
    expect(load.unexpected, unexpectedErrors(g)).toEqual([]);
    expect(frozenAnswers.filter((a) => a.outcome !== "unavailable")).toEqual([]);
    expect(Math.max(...times)).toBeLessThan(FROZEN_ANSWER_BOUND_MS + SLACK_MS);
    expect(Math.max(...readyzTimes)).toBeLessThan(1_000 + SLACK_MS);
    expect(g.child.exitCode).toBeNull();
    expect(recovery).toBeLessThan(RECOVERY_AFTER_FREEZE_BOUND_MS);
    await expectAcknowledgedExactlyOnce(load.acknowledged);
  }, 90_000);
});
