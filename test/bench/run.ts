/**
 * `pnpm bench`: side-by-side load benchmark of the gateway (PGlite, and PostgreSQL when
 * DATABASE_URL is set) against two baselines, in one run on one machine. See README.md.
 *
 * Flags (or env): --duration / BENCH_DURATION (seconds per workload, default 10),
 * --connections / BENCH_CONNECTIONS (default 50), --out / BENCH_OUT (results folder, default
 * test/bench/results), --organizations / BENCH_ORGANIZATIONS (50), --incidents / BENCH_INCIDENTS
 * (20000), --contention-remaining / BENCH_CONTENTION_REMAINING (200), --cpu-prof <dir>
 * (profile the gateway child with `node --cpu-prof`), --skip-postgres, --soak-seconds /
 * BENCH_SOAK_SECONDS (180 with the default duration, else the duration; 0 skips the soak),
 * --soak-idle-seconds / BENCH_SOAK_IDLE_SECONDS (30, at most the soak), --soak-only (only the soak:
 * writes soak.{md,json}).
 */
import "reflect-metadata";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createDatabase, type DatabaseHandle, DEMO_IDS } from "@support-hub/db";
import autocannon from "autocannon";
import { sql } from "kysely";
import { signDevToken } from "@support-hub/gateway/auth";
import { loadConfig } from "@support-hub/gateway/config";
import { toGlobalId } from "@support-hub/gateway/global-id";
import { freePort } from "../support/local-server";
import { type BenchDataset, generateDataset } from "./dataset";
import { assertSameIncidents, clusterCpuMs, GATEWAY_INCIDENT, PEER_DASHBOARD, PEER_INCIDENT, postmasterOf, processCpuMs } from "./peer";
import { type MemoryBreakdown, runSoak, type SoakResult, soakMarkdown } from "./soak";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const gatewayDir = path.join(repo, "apps/gateway");
const tsxLoader = import.meta.resolve("tsx");

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string" },
    connections: { type: "string" },
    out: { type: "string" },
    organizations: { type: "string" },
    incidents: { type: "string" },
    "contention-remaining": { type: "string" },
    "cpu-prof": { type: "string" },
    "skip-postgres": { type: "boolean" },
    "soak-seconds": { type: "string" },
    "soak-idle-seconds": { type: "string" },
    "soak-only": { type: "boolean" },
    "peer-only": { type: "boolean" },
  },
});
function positive(value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`expected a positive number, got ${value}`);
  return n;
}
const options = {
  duration: positive(flags.duration ?? process.env.BENCH_DURATION, 10),
  connections: Math.floor(positive(flags.connections ?? process.env.BENCH_CONNECTIONS, 50)),
  out: path.resolve(flags.out ?? process.env.BENCH_OUT ?? path.join(here, "results")),
  organizations: Math.floor(positive(flags.organizations ?? process.env.BENCH_ORGANIZATIONS, 50)),
  incidents: Math.floor(positive(flags.incidents ?? process.env.BENCH_INCIDENTS, 20_000)),
  contentionRemaining: Math.floor(positive(flags["contention-remaining"] ?? process.env.BENCH_CONTENTION_REMAINING, 200)),
  cpuProf: flags["cpu-prof"] ? path.resolve(flags["cpu-prof"]) : undefined,
  postgresUrl: flags["skip-postgres"] ? undefined : process.env.DATABASE_URL || undefined,
  soakOnly: flags["soak-only"] ?? false,
  peerOnly: flags["peer-only"] ?? false,
};
function nonNegative(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`expected a number >= 0, got ${value}`);
  return n;
}
// The soak lasts minutes in a real run; the CI smoke (BENCH_DURATION=2) runs it for the duration.
const soakSeconds = nonNegative(flags["soak-seconds"] ?? process.env.BENCH_SOAK_SECONDS, options.duration >= 10 ? 180 : options.duration);
const soakOptions = {
  seconds: soakSeconds,
  idleSeconds: Math.min(soakSeconds, nonNegative(flags["soak-idle-seconds"] ?? process.env.BENCH_SOAK_IDLE_SECONDS, 30)),
  clients: 12,
};
// From here on, every database is named explicitly: `createDatabase` would otherwise fall back to
// DATABASE_URL for the PGlite run (and the children inherit the environment).
delete process.env.DATABASE_URL;
const JWT_SECRET = `bench-${randomBytes(16).toString("hex")}`;
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Operations

export const DASHBOARD = `query Dashboard($first: Int!) {
  viewer {
    id displayName email roles
    organization {
      id name cspRelationship
      membershipOffers { id level competency startsOn endsOn isActive isCloudCompetency }
      entitlements { asOf onPremisesIncidentCount tpdHours cloudCompetencies cloudIncidents { isUnlimited count } }
      supportContracts { id kind startsOn endsOn state isUnlimited totalIncidentCount remainingIncidentCount usedIncidentCount }
      incidents(first: $first) {
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node {
            id number title severity status planKind wasConsumed createdAt
            productVersion { id name }
            createdBy { id displayName }
          }
        }
      }
    }
  }
}`;
const COVERAGE = `query Coverage($v: ID!, $asOf: LocalDate) {
  supportPlans(productVersionId: $v, asOf: $asOf) {
    asOf
    coverage { isCovered reason message position }
    available { kind supportContract { id } isConsuming isUnlimited remainingIncidentCount startsOn endsOn }
    unavailable { reason message plan { kind supportContract { id } remainingIncidentCount } }
    paidPlanSuggestions { kind name description }
  }
}`;
const CREATE = `mutation Create($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) { incident { id number planKind wasConsumed } userErrors { code message } }
}`;

// ---------------------------------------------------------------------------------------------
// Processes

interface Child {
  process: ChildProcess;
  url: string;
  readyMs: number;
  stop(): Promise<void>;
}

/** The node flags of the gateway's `start` script (`node <flags> dist/main.js`): measure what runs. */
function productionNodeFlags(): string[] {
  const start: string = JSON.parse(readFileSync(path.join(gatewayDir, "package.json"), "utf8")).scripts.start;
  const match = /\bnode ((?:--[\w-]+(?:=\S+)? )*)dist\/main\.js/.exec(start);
  if (!match) throw new Error(`cannot read the node flags from apps/gateway's start script: ${start}`);
  return (match[1] ?? "").trim().split(/\s+/).filter(Boolean);
}

/**
 * Spawns an entry point (TypeScript through tsx, or a built `.js` as is); resolves once `probe`
 * answers (bounded wait).
 */
async function spawnServer(
  entry: string,
  env: NodeJS.ProcessEnv,
  port: number,
  probePath: string,
  extraNodeArgs: string[] = [],
): Promise<Child> {
  const started = performance.now();
  const loader = entry.endsWith(".ts") ? ["--import", tsxLoader] : productionNodeFlags();
  const child = spawn(process.execPath, [...extraNodeArgs, ...loader, entry], {
    cwd: gatewayDir,
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(gatewayDir, "tsconfig.json"), ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let readyMs = -1;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${url}${probePath}`, { signal: AbortSignal.timeout(1000) });
      if (probePath === "/readyz" ? response.status === 200 : true) {
        readyMs = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }
  };
  if (readyMs < 0) {
    await stop();
    throw new Error(`${path.basename(entry)} did not become ready:\n${stderr}`);
  }
  return { process: child, url, readyMs, stop };
}

/** Samples VmRSS of a process every 100 ms; returns the maximum in MB. */
function rssSampler(pid: number) {
  let maxKb = 0;
  const sample = async () => {
    try {
      const status = await readFile(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      if (kb > maxKb) maxKb = kb;
    } catch {
      // process gone or no procfs
    }
  };
  void sample();
  const timer = setInterval(() => void sample(), 100);
  return {
    reset: () => {
      maxKb = 0;
    },
    maxMb: () => Math.round(maxKb / 102.4) / 10,
    stop: () => clearInterval(timer),
  };
}

// ---------------------------------------------------------------------------------------------
// Load

export interface WorkloadResult {
  target: string;
  workload: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  graphqlErrors: number;
  /** Mutations refused with userErrors (expected only in the contention workload). */
  userErrors: number;
  transportErrors: number;
  sqlStatementsPerRequest: { min: number; max: number; mean: number } | null;
  /** Share of the cacheable answers (queries with a token) served from the response cache. */
  cacheHitPercent?: number | null;
  rssMaxMb: number | null;
  /** CPU time per request of the serving process and of the PostgreSQL cluster (peer comparison). */
  cpuMsPerRequest?: { server: number; postgres: number | null };
  extra?: Record<string, unknown>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 100) / 100;
}

interface LoadSpec {
  target: string;
  workload: string;
  url: string;
  body: string | (() => string | { body: string; headers: Record<string, string> });
  headers?: Record<string, string>;
  connections: number;
  duration?: number;
  amount?: number;
  rss?: ReturnType<typeof rssSampler>;
  /** Counts a response as a refusal (userErrors) instead of a success. */
  refusal?: (body: string) => boolean;
  /** Read-only: run {@link warmUp} first. */
  warmUp?: boolean;
}

/**
 * Seconds of the same read-only load, not measured, before a measured read-only workload: a new
 * process compiles its code paths and fills PostgreSQL's caches during its first requests, and at
 * 50 connections that first wave was the p99 of a 10 s run (PGlite's computed dashboard: 4 s
 * against a 0.5 s median). Never for writing workloads (they would use up what they measure).
 */
const WARMUP_SECONDS = Math.min(2, options.duration / 5);

async function warmUp(spec: Pick<LoadSpec, "url" | "body" | "headers" | "connections">): Promise<void> {
  if (typeof spec.body !== "string") throw new Error("warmUp: read-only workloads with a fixed body only");
  await autocannon({
    url: spec.url,
    method: "POST",
    connections: spec.connections,
    duration: WARMUP_SECONDS,
    headers: { "content-type": "application/json", ...spec.headers },
    body: spec.body,
  });
}

async function load(spec: LoadSpec): Promise<WorkloadResult> {
  if (spec.warmUp) await warmUp(spec);
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let userErrors = 0;
  let non2xx = 0;
  const statements: number[] = [];
  const cacheAnswers = { hit: 0, miss: 0 };
  spec.rss?.reset();
  const makeBody = typeof spec.body === "function" ? spec.body : undefined;
  const started = performance.now();
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: spec.url,
      method: "POST",
      connections: spec.connections,
      ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration ?? options.duration }),
      timeout: 30,
      headers: { "content-type": "application/json", ...spec.headers },
      requests: [
        {
          method: "POST",
          ...(makeBody
            ? {
                setupRequest: (request: any) => {
                  const next = makeBody();
                  return typeof next === "string"
                    ? { ...request, body: next }
                    : { ...request, body: next.body, headers: { ...request.headers, ...next.headers } };
                },
              }
            : { body: spec.body as string }),
          onResponse: (status: number, body: string, _context: unknown, responseHeaders: Record<string, string | undefined>) => {
            const cache = responseHeaders?.["x-response-cache"];
            // `coalesced`: the answer another request was computing for the same entry; nothing computed.
            if (cache !== undefined) cacheAnswers[cache === "hit" || cache === "coalesced" ? "hit" : "miss"] += 1;
            if (status < 200 || status >= 300) non2xx += 1;
            if (body.includes('"errors":[')) graphqlErrors += 1;
            if (spec.refusal?.(body)) userErrors += 1;
            const match = /"sqlStatements":(\d+)/.exec(body);
            if (match) statements.push(Number(match[1]));
          },
        },
      ],
    } as autocannon.Options,
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await done;
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  return {
    target: spec.target,
    workload: spec.workload,
    connections: spec.connections,
    durationSeconds: Math.round(seconds * 10) / 10,
    requests,
    requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
    },
    non2xx,
    graphqlErrors,
    userErrors,
    transportErrors: result.errors + result.timeouts,
    sqlStatementsPerRequest: statements.length
      ? {
          // A loop, not Math.min(...statements): a fast workload records more samples than the stack holds arguments.
          min: statements.reduce((a, b) => Math.min(a, b)),
          max: statements.reduce((a, b) => Math.max(a, b)),
          mean: Math.round((statements.reduce((a, b) => a + b, 0) / statements.length) * 100) / 100,
        }
      : null,
    rssMaxMb: spec.rss ? spec.rss.maxMb() : null,
    cacheHitPercent:
      cacheAnswers.hit + cacheAnswers.miss > 0 ? Math.round((100 * cacheAnswers.hit) / (cacheAnswers.hit + cacheAnswers.miss)) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// One database kind

interface DatabaseRun {
  kind: "pglite" | "postgres";
  readyMs: number;
  dataset: BenchDataset;
  generateSeconds: number;
  workloads: WorkloadResult[];
  contention: {
    initialRemaining: number;
    successes: number;
    refused: number;
    remainingAfter: number | null;
    usedAfter: number;
    incidentsInDb: number;
    noOversell: boolean;
  };
  capturedDashboard?: string;
  soak?: SoakResult;
}

function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The soak on its own gateway process (fresh, so RSS starts from a clean start), preloaded with
 * `memory-probe.mjs` for the heap / buffers / PGlite breakdown.
 */
async function soakOn(kind: "pglite" | "postgres", env: NodeJS.ProcessEnv, dataset: BenchDataset, workdir: string): Promise<SoakResult> {
  const port = await freePort();
  const probeFile = path.join(workdir, `memory-${kind}.json`);
  const probe = ["--import", pathToFileURL(path.join(here, "memory-probe.mjs")).href];
  const gateway = await spawnServer(
    path.join(gatewayDir, "dist/main.js"),
    { ...env, PORT: String(port), BENCH_MEMORY_PROBE_FILE: probeFile },
    port,
    "/readyz",
    probe,
  );
  try {
    const auth = loadConfig({ JWT_SECRET, NODE_ENV: "production" }).auth;
    const tenants = dataset.tenants.slice(0, soakOptions.clients);
    const clients = await Promise.all(tenants.map(async (tenant) => ({ tenant, token: await signDevToken(auth, tenant.adminUserId) })));
    log(`${kind}: soak, ${soakOptions.clients} clients for ${soakOptions.seconds} s, then ${soakOptions.idleSeconds} s idle`);
    const soak = await runSoak({
      kind,
      graphqlUrl: `${gateway.url}/graphql`,
      pid: gateway.process.pid as number,
      clients: Array.from({ length: soakOptions.clients }, (_, i) => clients[i % clients.length] as (typeof clients)[number]),
      today: dataset.today,
      seconds: soakOptions.seconds,
      idleSeconds: soakOptions.idleSeconds,
      memoryBreakdown: async () => {
        try {
          return JSON.parse(await readFile(probeFile, "utf8")) as MemoryBreakdown;
        } catch {
          return undefined;
        }
      },
    });
    log(`${kind}: soak ${soak.requestsPerSecond} req/s, RSS peak ${soak.rssMb.peak} MB, after idle ${soak.rssMb.afterIdle} MB`);
    return soak;
  } finally {
    await gateway.stop();
  }
}

/** The contention facts of a run that skipped the contention workload (`--soak-only`, `--peer-only`). */
const SKIPPED_CONTENTION: DatabaseRun["contention"] = {
  initialRemaining: 0,
  successes: 0,
  refused: 0,
  remainingAfter: null,
  usedAfter: 0,
  incidentsInDb: 0,
  noOversell: true,
};

async function runOnDatabase(kind: "pglite" | "postgres", workdir: string): Promise<DatabaseRun> {
  // 1. Fresh database + dataset.
  let pgliteDir: string | undefined;
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  let handle: DatabaseHandle;
  if (kind === "postgres") {
    const serverUrl = options.postgresUrl as string;
    const name = `sh_bench_${randomBytes(6).toString("hex")}`;
    const admin = await createDatabase({ url: serverUrl, poolSize: 1 });
    // withoutPlugins: the camelCase mapping would rewrite the database name.
    await sql`create database ${sql.id(name)}`.execute(admin.db.withoutPlugins());
    await admin.close();
    dropDatabase = async () => {
      const again = await createDatabase({ url: serverUrl, poolSize: 1 });
      try {
        await sql`drop database if exists ${sql.id(name)} with (force)`.execute(again.db.withoutPlugins());
      } finally {
        await again.close();
      }
    };
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    databaseUrl = target.toString();
    handle = await createDatabase({ url: databaseUrl, poolSize: 4 });
  } else {
    pgliteDir = path.join(workdir, "pglite");
    handle = await createDatabase({ dataDir: pgliteDir });
  }
  const { migrateToLatest } = await import("@support-hub/db");
  try {
    const generateStart = performance.now();
    const migration = await migrateToLatest(handle.db);
    if (migration.error) throw migration.error;
    const dataset = await generateDataset(handle.db, {
      today: todayUtc(),
      organizations: options.organizations,
      incidents: options.incidents,
      contentionRemaining: options.contentionRemaining,
    });
    const generateSeconds = Math.round((performance.now() - generateStart) / 100) / 10;
    log(`${kind}: generated ${dataset.incidents} incidents in ${options.organizations} organizations (${generateSeconds}s)`);
    if (kind === "pglite") await handle.close(); // PGlite is single-process: the gateway opens the folder next

    // 2. The gateway as a child process.
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      JWT_SECRET,
      LOG_LEVEL: "warn",
      SEED_DEMO_DATA: "true",
      REPORT_SQL_STATEMENTS: "true",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "", PGLITE_DATA_DIR: pgliteDir }),
    };
    if (options.soakOnly) {
      const soak = await soakOn(kind, env, dataset, workdir);
      return { kind, readyMs: -1, dataset, generateSeconds, workloads: [], contention: SKIPPED_CONTENTION, soak };
    }
    const profArgs = options.cpuProf
      ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`, `--cpu-prof-name=gateway-${kind}.cpuprofile`]
      : [];
    // The production bundle, as `pnpm start` runs it (built once per bench run in main()).
    const gateway = await spawnServer(path.join(gatewayDir, "dist/main.js"), env, port, "/readyz", profArgs);
    log(`${kind}: gateway ready in ${Math.round(gateway.readyMs)} ms (pid ${gateway.process.pid})`);
    const rss = rssSampler(gateway.process.pid as number);
    const workloads: WorkloadResult[] = [];
    let capturedDashboard: string | undefined;
    let contentionSuccesses = 0;
    let contentionRefused = 0;
    try {
      const auth = loadConfig({ JWT_SECRET, NODE_ENV: "production" }).auth;
      const adminToken = await signDevToken(auth, dataset.adminUserId);
      const contentionToken = await signDevToken(auth, dataset.contentionUserId);
      const graphqlUrl = `${gateway.url}/graphql`;
      const headers = { authorization: `Bearer ${adminToken}` };

      // Capture one dashboard response (the baselines serve it) and check it is clean.
      const dashboardBody = JSON.stringify({ query: DASHBOARD, variables: { first: 50 } });
      const probe = await fetch(graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: dashboardBody,
      });
      capturedDashboard = await probe.text();
      const parsed = JSON.parse(capturedDashboard);
      if (
        probe.status !== 200 ||
        parsed.errors ||
        parsed.data.viewer.organization.incidents.edges.length !== Math.min(50, dataset.incidents / dataset.organizations)
      ) {
        throw new Error(`dashboard probe failed: ${capturedDashboard.slice(0, 500)}`);
      }

      if (options.peerOnly) {
        workloads.push(...(await compareWithPostGraphile(handle, databaseUrl as string, gateway, headers, dashboardBody, dataset)));
        return { kind, readyMs: Math.round(gateway.readyMs), dataset, generateSeconds, workloads, contention: SKIPPED_CONTENTION };
      }

      // The same request, repeated: after the first, the response cache answers (the data version
      // does not move while nothing is written). Then computed every time (`Cache-Control: no-cache`).
      workloads.push(
        await load({
          target: `gateway-${kind}`,
          workload: "dashboard",
          url: graphqlUrl,
          body: dashboardBody,
          headers,
          connections: options.connections,
          rss,
          warmUp: true,
        }),
      );
      log(`${kind}: dashboard ${workloads.at(-1)?.requestsPerSecond} req/s`);
      workloads.push(
        await load({
          target: `gateway-${kind}`,
          workload: "dashboard-uncached",
          url: graphqlUrl,
          body: dashboardBody,
          headers: { ...headers, "cache-control": "no-cache" },
          connections: options.connections,
          rss,
          warmUp: true,
        }),
      );
      log(`${kind}: dashboard-uncached ${workloads.at(-1)?.requestsPerSecond} req/s`);

      const coverageBody = JSON.stringify({
        query: COVERAGE,
        variables: { v: toGlobalId("ProductVersion", DEMO_IDS.productVersions.sqlServer2019), asOf: dataset.today },
      });
      workloads.push(
        await load({
          target: `gateway-${kind}`,
          workload: "coverage",
          url: graphqlUrl,
          body: coverageBody,
          headers,
          connections: options.connections,
          rss,
          warmUp: true,
        }),
      );
      log(`${kind}: coverage ${workloads.at(-1)?.requestsPerSecond} req/s`);

      if (kind === "postgres" && databaseUrl) {
        try {
          workloads.push(...(await compareWithPostGraphile(handle, databaseUrl, gateway, headers, dashboardBody, dataset)));
        } catch (error) {
          // Reported in the results (and the log), not fatal: the peer is a reference, not our code.
          peerFailure = error instanceof Error ? error.message : String(error);
          log(`postgres: PostGraphile comparison failed: ${peerFailure}`);
        }
      }

      let n = 0;
      const createBody = (contractId: string, versionId: string) => () =>
        JSON.stringify({
          query: CREATE,
          variables: {
            input: {
              productVersionId: toGlobalId("ProductVersion", versionId),
              supportContractId: toGlobalId("SupportContract", contractId),
              title: `Bench incident ${++n}`,
              description: "Opened by the benchmark.",
              severity: "C",
              contact: { name: "Bench Contact", email: "contact@bench.example" },
            },
          },
        });
      const refused = (body: string) => body.includes('"userErrors":[{');
      const create = await load({
        target: `gateway-${kind}`,
        workload: "create",
        url: graphqlUrl,
        body: createBody(dataset.unlimitedContractId, DEMO_IDS.productVersions.azureCurrent),
        headers,
        connections: options.connections,
        rss,
        refusal: refused,
      });
      workloads.push(create);
      log(`${kind}: create ${create.requestsPerSecond} req/s`);

      // The cache's weak spot: one request in ten creates an incident, which moves the data
      // version and so empties every cached answer; the other nine read the dashboard.
      let mixed = 0;
      const createNext = createBody(dataset.unlimitedContractId, DEMO_IDS.productVersions.azureCurrent);
      const mixedLoad = await load({
        target: `gateway-${kind}`,
        workload: "dashboard + 10% creates",
        url: graphqlUrl,
        body: () => (++mixed % 10 === 0 ? createNext() : dashboardBody),
        headers,
        connections: options.connections,
        rss,
        refusal: refused,
      });
      workloads.push(mixedLoad);
      log(`${kind}: dashboard + 10% creates ${mixedLoad.requestsPerSecond} req/s`);

      // Many organizations: each request reads the dashboard of the next organization's admin;
      // every tenth creates an incident in one of them (all of them in turn). A write invalidates
      // only its organization's answers, so the others keep hitting the cache.
      const tenants = await Promise.all(
        dataset.tenants.map(async (tenant) => ({ tenant, authorization: `Bearer ${await signDevToken(auth, tenant.adminUserId)}` })),
      );
      let spread = 0;
      const spreadLoad = await load({
        target: `gateway-${kind}`,
        workload: `${tenants.length} organizations' dashboards + 10% creates across them`,
        url: graphqlUrl,
        body: () => {
          const i = spread++;
          if (i % 10 === 0) {
            const writer = tenants[Math.floor(i / 10) % tenants.length] as (typeof tenants)[number];
            return {
              body: createBody(writer.tenant.unlimitedContractId, DEMO_IDS.productVersions.azureCurrent)(),
              headers: { authorization: writer.authorization },
            };
          }
          const reader = tenants[i % tenants.length] as (typeof tenants)[number];
          return { body: dashboardBody, headers: { authorization: reader.authorization } };
        },
        connections: options.connections,
        rss,
        refusal: refused,
      });
      workloads.push(spreadLoad);
      log(`${kind}: ${spreadLoad.workload}: ${spreadLoad.requestsPerSecond} req/s, ${spreadLoad.cacheHitPercent}% cache hits`);

      // Contention: more attempts than incidents left, all on one limited contract.
      const attempts = Math.ceil(dataset.contentionRemaining * 1.5);
      const contention = await load({
        target: `gateway-${kind}`,
        workload: "contention",
        url: graphqlUrl,
        body: createBody(dataset.contentionContractId, DEMO_IDS.productVersions.sqlServer2022),
        headers: { authorization: `Bearer ${contentionToken}` },
        connections: options.connections,
        amount: attempts,
        rss,
        refusal: refused,
      });
      contentionRefused = contention.userErrors;
      contentionSuccesses = contention.requests - contention.userErrors - contention.graphqlErrors - contention.non2xx;
      workloads.push(contention);
      log(`${kind}: contention ${contention.requestsPerSecond} req/s, ${contentionSuccesses} created, ${contentionRefused} refused`);
    } finally {
      rss.stop();
      await gateway.stop();
    }
    const soak = soakOptions.seconds > 0 ? await soakOn(kind, env, dataset, workdir) : undefined;

    // 3. Verify the contention outcome in the database itself.
    if (kind === "pglite") handle = await createDatabase({ dataDir: pgliteDir });
    const contract = await handle.db
      .selectFrom("supportContracts")
      .select(["incidentsRemaining", "incidentsUsed"])
      .where("id", "=", dataset.contentionContractId)
      .executeTakeFirstOrThrow();
    const incidentRow = await handle.db
      .selectFrom("incidents")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("supportContractId", "=", dataset.contentionContractId)
      .executeTakeFirstOrThrow();
    const incidentsInDb = Number(incidentRow.count);
    const noOversell =
      contentionSuccesses === dataset.contentionRemaining &&
      contract.incidentsRemaining === 0 &&
      contract.incidentsUsed === dataset.contentionRemaining &&
      incidentsInDb === dataset.contentionRemaining;
    const contentionResult = workloads.find((w) => w.workload === "contention");
    const contentionFacts = {
      initialRemaining: dataset.contentionRemaining,
      successes: contentionSuccesses,
      refused: contentionRefused,
      remainingAfter: contract.incidentsRemaining,
      usedAfter: contract.incidentsUsed,
      incidentsInDb,
      noOversell,
    };
    if (contentionResult) contentionResult.extra = contentionFacts;
    return {
      kind,
      readyMs: Math.round(gateway.readyMs),
      dataset,
      generateSeconds,
      workloads,
      contention: contentionFacts,
      ...(capturedDashboard ? { capturedDashboard } : {}),
      ...(soak ? { soak } : {}),
    };
  } finally {
    await handle.close();
    await dropDatabase();
  }
}

// ---------------------------------------------------------------------------------------------
// The zero-code peer: PostGraphile on the same PostgreSQL tables

/** Why the PostGraphile comparison could not run, if it could not (shown in the targets). */
let peerFailure: string | undefined;

/**
 * PostGraphile and the gateway side by side on the same database, both running, workloads
 * interleaved (gateway, PostGraphile, gateway, ...): the dashboard computed every time (the
 * gateway with `Cache-Control: no-cache`; PostGraphile has no response cache) and one incident by
 * id. Before any load, both dashboards must list the same incidents in the same order.
 */
async function compareWithPostGraphile(
  handle: DatabaseHandle,
  databaseUrl: string,
  gateway: Child,
  headers: Record<string, string>,
  dashboardBody: string,
  dataset: BenchDataset,
): Promise<WorkloadResult[]> {
  const [port, statsPort] = [await freePort(), await freePort()];
  const peer = await spawnServer(
    path.join(here, "postgraphile-server.ts"),
    // The gateway's pool size (DB_POOL_SIZE or its default): on this 2-core machine the pool size
    // moves both servers' PostgreSQL CPU per request (results/pool-size.md).
    {
      PG_URL: databaseUrl,
      PORT: String(port),
      STATS_PORT: String(statsPort),
      GRAPHILE_ENV: "production",
      PG_POOL: String(loadConfig({ DB_POOL_SIZE: process.env.DB_POOL_SIZE }).databasePoolSize),
    },
    port,
    "/graphql",
  );
  const results: WorkloadResult[] = [];
  try {
    const backend = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
    const postmaster = await postmasterOf(Number(backend.rows[0]?.pid));
    const computed = { ...headers, "cache-control": "no-cache" };
    const gatewayUrl = `${gateway.url}/graphql`;
    const peerUrl = `${peer.url}/graphql`;
    const peerDashboardBody = JSON.stringify({
      query: PEER_DASHBOARD,
      variables: { org: dataset.organizationId, user: dataset.adminUserId, first: 50 },
    });
    const post = async (url: string, body: string, extra: Record<string, string> = {}) =>
      (await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...extra }, body })).text();
    const peerDashboard = await post(peerUrl, peerDashboardBody);
    const same = assertSameIncidents(await post(gatewayUrl, dashboardBody, computed), peerDashboard);
    log(`postgres: the gateway and PostGraphile list the same ${same} incidents in the same order`);
    const incidentId: string = JSON.parse(peerDashboard).data.organizationByRowId.incidentsByOrganizationId.edges[0].node.rowId;
    const gatewayIncident = JSON.stringify({ query: GATEWAY_INCIDENT, variables: { id: toGlobalId("SupportIncident", incidentId) } });
    const peerIncident = JSON.stringify({ query: PEER_INCIDENT, variables: { id: incidentId } });
    const peerStatements = async () => Number(await (await fetch(`http://127.0.0.1:${statsPort}/`)).text());

    // Every organization's admin in turn: concurrent requests read different organizations, so
    // none shares a statement with another (the one-dashboard workload is the best case for that).
    const auth = loadConfig({ JWT_SECRET, NODE_ENV: "production" }).auth;
    const tenants = await Promise.all(
      dataset.tenants.map(async (tenant) => ({
        authorization: `Bearer ${await signDevToken(auth, tenant.adminUserId)}`,
        peerBody: JSON.stringify({ query: PEER_DASHBOARD, variables: { org: tenant.organizationId, user: tenant.adminUserId, first: 50 } }),
      })),
    );
    let turn = 0;
    const nextTenant = () => tenants[turn++ % tenants.length] as (typeof tenants)[number];
    const spreadOurs = () => ({ body: dashboardBody, headers: { authorization: nextTenant().authorization } });
    const spreadTheirs = () => nextTenant().peerBody;

    const rounds = options.duration >= 10 ? 2 : 1;
    for (let round = 1; round <= rounds; round++) {
      for (const [workload, ours, theirs] of [
        ["dashboard computed", dashboardBody, peerDashboardBody],
        [`dashboard computed, ${tenants.length} organizations in turn`, spreadOurs, spreadTheirs],
        ["incident by id", gatewayIncident, peerIncident],
      ] as const) {
        // The side measured second runs on a warmer cache and a busier host: alternate who goes
        // first from round to round so neither side always gets the same position.
        const sides = round % 2 === 1 ? (["gateway", "postgraphile"] as const) : (["postgraphile", "gateway"] as const);
        for (const side of sides) {
          const pid = (side === "gateway" ? gateway : peer).process.pid as number;
          const url = side === "gateway" ? gatewayUrl : peerUrl;
          const body = side === "gateway" ? ours : theirs;
          const headers = side === "gateway" ? computed : {};
          const warmUpBody = typeof body === "string" ? body : side === "gateway" ? dashboardBody : peerDashboardBody;
          await warmUp({ url, body: warmUpBody, headers, connections: options.connections });
          const rss = rssSampler(pid);
          const cpuBefore = await processCpuMs(pid);
          const pgBefore = postmaster ? await clusterCpuMs(postmaster) : null;
          const statementsBefore = side === "postgraphile" ? await peerStatements() : 0;
          const result = await load({
            target: side === "gateway" ? "gateway-postgres" : "postgraphile-postgres",
            workload: `${workload}${rounds > 1 ? ` (round ${round})` : ""}`,
            url,
            body,
            headers,
            connections: options.connections,
            rss,
          });
          rss.stop();
          const requests = Math.max(1, result.requests);
          const cpuMs = (await processCpuMs(pid)) - cpuBefore;
          const pgMs = postmaster && pgBefore !== null ? (await clusterCpuMs(postmaster)) - pgBefore : null;
          result.cpuMsPerRequest = {
            server: Math.round((cpuMs / requests) * 100) / 100,
            postgres: pgMs === null ? null : Math.round((pgMs / requests) * 100) / 100,
          };
          if (side === "postgraphile") {
            const sent = (await peerStatements()) - statementsBefore;
            const perRequest = Math.round((sent / requests) * 100) / 100;
            result.sqlStatementsPerRequest = { min: perRequest, max: perRequest, mean: perRequest };
          }
          results.push(result);
          log(
            `postgres: ${side} ${result.workload} ${result.requestsPerSecond} req/s, ${result.cpuMsPerRequest.server} ms CPU/req, PostgreSQL ${result.cpuMsPerRequest.postgres} ms/req`,
          );
        }
      }
    }
  } finally {
    await peer.stop();
  }
  return results;
}

/** A workload's name without the round it was measured in. */
function withoutRound(workload: string): string {
  return workload.replace(/ \(round \d+\)$/, "");
}

/** The workloads compared with PostGraphile (see {@link compareWithPostGraphile}). */
function peerWorkloads(workloads: WorkloadResult[]): string[] {
  return [...new Set(workloads.filter((w) => w.target === "postgraphile-postgres").map((w) => withoutRound(w.workload)))];
}

/** One side of a workload compared with PostGraphile, averaged over its rounds (NaN without rows). */
function peerMeans(workloads: WorkloadResult[], target: string, workload: string): { rps: number; cpu: number; pg: number } {
  const rows = workloads.filter((w) => w.target === target && withoutRound(w.workload) === workload && w.cpuMsPerRequest);
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);
  return {
    rps: mean(rows.map((w) => w.requestsPerSecond)),
    cpu: mean(rows.map((w) => w.cpuMsPerRequest?.server ?? Number.NaN)),
    pg: mean(rows.map((w) => w.cpuMsPerRequest?.postgres ?? Number.NaN)),
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * `--peer-only`: the gateway and PostGraphile rows alone, with each side's mean over the rounds
 * (a quick check while working on the gateway; the committed results come from a full run).
 */
function peerOnlyMarkdown(workloads: WorkloadResult[]): string {
  const lines = ["| target | workload | req/s | p50 ms | p99 ms | CPU ms/req (server / PostgreSQL) |", "|---|---|---:|---:|---:|---:|"];
  for (const w of workloads) {
    lines.push(
      `| ${w.target} | ${w.workload} | ${w.requestsPerSecond} | ${w.latencyMs.p50} | ${w.latencyMs.p99} | ${w.cpuMsPerRequest?.server} / ${w.cpuMsPerRequest?.postgres} |`,
    );
  }
  for (const workload of peerWorkloads(workloads)) {
    const ours = peerMeans(workloads, "gateway-postgres", workload);
    const theirs = peerMeans(workloads, "postgraphile-postgres", workload);
    lines.push(
      `\n${workload}: gateway ${round2(ours.cpu)} vs ${round2(theirs.cpu)} ms CPU/req, ` +
        `PostgreSQL ${round2(ours.pg)} vs ${round2(theirs.pg)} ms, req/s ${round2(ours.rps)} vs ${round2(theirs.rps)}`,
    );
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Baselines and the large-list measurement

async function runBaselines(capturedFile: string, dashboardBody: string): Promise<WorkloadResult[]> {
  const results: WorkloadResult[] = [];
  for (const [target, entry] of [
    ["baseline-node-http", "baseline-http.ts"],
    ["baseline-apollo-in-memory", "baseline-apollo.ts"],
  ] as const) {
    const port = await freePort();
    const server = await spawnServer(
      path.join(here, entry),
      { BASELINE_PORT: String(port), BASELINE_RESPONSE_FILE: capturedFile, NODE_ENV: "production" },
      port,
      "/",
    );
    const rss = rssSampler(server.process.pid as number);
    try {
      const url = target === "baseline-node-http" ? `${server.url}/graphql` : `${server.url}/`;
      results.push(await load({ target, workload: "dashboard", url, body: dashboardBody, connections: options.connections, rss }));
      log(`${target}: ${results.at(-1)?.requestsPerSecond} req/s`);
    } finally {
      rss.stop();
      await server.stop();
    }
  }
  return results;
}

async function runLargeList(): Promise<Record<string, unknown>> {
  // The gateway's own benchmark (it executes the gateway's schema in-process): it lives in the gateway package.
  // `--liftoff-only`, as the gateway runs: a CI run once died in V8 freeing PGlite's WebAssembly
  // code after tier-up ("Check failed: jit_page_->allocations_.erase(addr) == 1", Node 24.21).
  const child = spawn(process.execPath, ["--liftoff-only", "--import", tsxLoader, path.join(gatewayDir, "bench/large-list.ts")], {
    cwd: gatewayDir,
    env: { ...process.env, DATABASE_URL: "", TSX_TSCONFIG_PATH: path.join(gatewayDir, "tsconfig.json"), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout?.on("data", (chunk) => {
    stdout += String(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`large-list measurement failed (exit ${code})`);
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
}

// ---------------------------------------------------------------------------------------------
// Report

function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

function markdown(report: any): string {
  const rows = report.workloads as WorkloadResult[];
  const fmt = (n: number | null | undefined) => (n === null || n === undefined ? "-" : String(n));
  const lines = [
    "# Support Hub benchmark results",
    "",
    `Date: ${report.date}  `,
    `Machine: ${report.machine.cpuModel}, ${report.machine.cores} cores, ${report.machine.memoryGb} GB, Node ${report.machine.node}, ${report.machine.platform}  `,
    `Databases: ${report.databases.map((d: DatabaseRun) => d.kind).join(", ")}; dataset: ${report.options.organizations} generated organizations + demo seed, ${report.options.incidents} incidents  `,
    `Load: autocannon, ${report.options.connections} connections, ${report.options.duration} s per workload, read-only ones after a ${WARMUP_SECONDS} s warm-up that is not measured (contention: ${report.options.contentionRemaining} incidents left, 1.5x as many attempts), loopback only`,
    "",
    "| target | workload | req/s | p50 ms | p95 ms | p99 ms | non-2xx | GraphQL errors | refused (userErrors) | SQL stmts/req | cache hits | RSS max MB | CPU ms/req (server / PostgreSQL) |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.target} | ${r.workload} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.non2xx} | ${r.graphqlErrors} | ${r.userErrors} | ${r.sqlStatementsPerRequest ? (r.sqlStatementsPerRequest.min === r.sqlStatementsPerRequest.max ? r.sqlStatementsPerRequest.min : `${r.sqlStatementsPerRequest.min}-${r.sqlStatementsPerRequest.max}`) : "-"} | ${r.cacheHitPercent === null || r.cacheHitPercent === undefined ? "-" : `${r.cacheHitPercent}%`} | ${fmt(r.rssMaxMb)} | ${r.cpuMsPerRequest ? `${r.cpuMsPerRequest.server} / ${fmt(r.cpuMsPerRequest.postgres)}` : "-"} |`,
    ),
    "",
    "## Large list (100 incidents x ~35 fields, execution only)",
    "",
    `type-graphql (gateway schema): ${report.largeList.typeGraphqlMs} ms per response; plain graphql-js on the same SDL: ${report.largeList.graphqlJsMs} ms; ratio ${report.largeList.ratio}x (${report.largeList.responseBytes} bytes).`,
    "",
    "## Targets",
    "",
    "| target | value | status |",
    "|---|---|---|",
    ...report.targets.map((t: any) => `| ${t.name} | ${t.value} | ${t.met ? "met" : "NOT met"} |`),
    "",
    "## Contention (no oversell, checked in the database)",
    "",
    ...report.databases.map(
      (d: DatabaseRun) =>
        `- ${d.kind}: ${d.contention.initialRemaining} left at start, ${d.contention.successes} created, ${d.contention.refused} refused; afterwards remaining ${d.contention.remainingAfter}, used ${d.contention.usedAfter}, incidents on the contract ${d.contention.incidentsInDb}: ${d.contention.noOversell ? "no oversell" : "OVERSOLD OR INCONSISTENT"}`,
    ),
    "",
    "Gateway ready (spawn to `/readyz` 200, migrations check + idempotent demo seed included): " +
      report.databases.map((d: DatabaseRun) => `${d.kind} ${d.readyMs} ms`).join(", "),
    "",
  ];
  return lines.join("\n");
}

function targets(report: { workloads: WorkloadResult[]; databases: DatabaseRun[]; largeList: any }) {
  const apollo = report.workloads.find((w) => w.target === "baseline-apollo-in-memory");
  const list: { name: string; value: string; met: boolean }[] = [];
  for (const d of report.databases) {
    const dash = d.workloads.find((w) => w.workload === "dashboard");
    const uncached = d.workloads.find((w) => w.workload === "dashboard-uncached");
    if (!dash || !apollo) continue;
    const share = dash.requestsPerSecond / apollo.requestsPerSecond;
    list.push({
      name: `dashboard throughput >= 60% of in-memory Apollo (${d.kind})`,
      value: `${Math.round(share * 100)}% (${dash.requestsPerSecond} vs ${apollo.requestsPerSecond} req/s)`,
      met: share >= 0.6,
    });
    if (uncached) {
      const uncachedShare = uncached.requestsPerSecond / apollo.requestsPerSecond;
      list.push({
        name: `(same, every response computed: Cache-Control no-cache) (${d.kind})`,
        value: `${Math.round(uncachedShare * 100)}% (${uncached.requestsPerSecond} vs ${apollo.requestsPerSecond} req/s)`,
        met: uncachedShare >= 0.6,
      });
    }
    const stmts = (uncached ?? dash).sqlStatementsPerRequest;
    list.push({
      name: `<= 6 SQL statements per dashboard request (${d.kind})`,
      value: stmts ? `${stmts.max}` : "not reported",
      met: !!stmts && stmts.max <= 6,
    });
    for (const w of uncached ? [dash, uncached] : [dash]) {
      list.push({
        name: `${w.workload} p99 <= 4x p50 at ${options.connections} connections (${d.kind})`,
        value: `p50 ${w.latencyMs.p50} ms, p99 ${w.latencyMs.p99} ms (${(w.latencyMs.p99 / Math.max(w.latencyMs.p50, 0.01)).toFixed(1)}x)`,
        met: w.latencyMs.p99 <= 4 * w.latencyMs.p50,
      });
    }
    const errors = d.workloads.reduce(
      (sum, w) => sum + w.non2xx + w.graphqlErrors + w.transportErrors + (w.workload === "contention" ? 0 : w.userErrors),
      0,
    );
    list.push({ name: `no errors (${d.kind})`, value: String(errors), met: errors === 0 });
    // The gateway's own memory: the PostGraphile peer runs beside it and has its own row.
    const rss = Math.max(...d.workloads.filter((w) => w.target.startsWith("gateway")).map((w) => w.rssMaxMb ?? 0));
    list.push({ name: `RSS <= 300 MB under load (${d.kind})`, value: `${rss} MB`, met: rss <= 300 });
    if (d.soak) {
      const { rssMb: soakRss, durationSeconds, idleSeconds } = d.soak;
      const soakErrors = d.soak.non2xx + d.soak.graphqlErrors + d.soak.transportErrors;
      list.push({ name: `no errors over the soak (${d.kind})`, value: String(soakErrors), met: soakErrors === 0 });
      list.push({
        name: `RSS <= 300 MB over the soak, ${durationSeconds} s + ${idleSeconds} s idle (${d.kind})`,
        value: `peak ${soakRss.peak} MB, after idle ${soakRss.afterIdle} MB`,
        met: soakRss.peak <= 300,
      });
    }
    list.push({ name: `ready within 3 s of start (${d.kind})`, value: `${d.readyMs} ms`, met: d.readyMs <= 3000 });
    list.push({
      name: `no oversell under contention (${d.kind})`,
      value: `${d.contention.successes}/${d.contention.initialRemaining}, remaining ${d.contention.remainingAfter}`,
      met: d.contention.noOversell,
    });
  }
  if (report.databases.some((d) => d.kind === "postgres")) {
    // Issue 15's targets against the peer, averaged over the interleaved rounds.
    for (const workload of peerWorkloads(report.workloads)) {
      const ours = peerMeans(report.workloads, "gateway-postgres", workload);
      const peer = peerMeans(report.workloads, "postgraphile-postgres", workload);
      if (Number.isNaN(ours.cpu) || Number.isNaN(peer.cpu)) continue;
      list.push({
        name: `${workload}: gateway CPU/req <= PostGraphile's`,
        value: `${round2(ours.cpu)} vs ${round2(peer.cpu)} ms`,
        met: ours.cpu <= peer.cpu,
      });
      if (!Number.isNaN(ours.pg) && !Number.isNaN(peer.pg)) {
        list.push({
          name: `${workload}: PostgreSQL CPU/req <= PostGraphile's`,
          value: `${round2(ours.pg)} vs ${round2(peer.pg)} ms`,
          met: ours.pg <= peer.pg,
        });
      }
      const floor = workload === "incident by id" ? 0.8 : 1;
      list.push({
        name: `${workload}: req/s >= ${floor}x PostGraphile's`,
        value: `${round2(ours.rps / peer.rps)}x (${round2(ours.rps)} vs ${round2(peer.rps)})`,
        met: ours.rps >= floor * peer.rps,
      });
    }
    const peerRows = report.workloads.filter((w) => w.target === "postgraphile-postgres");
    list.push({
      name: "PostGraphile peer on the same tables answered the same incidents in the same order",
      value: peerFailure
        ? `failed: ${peerFailure.slice(0, 200).replaceAll("|", "/").replaceAll("\n", " ")}`
        : `${peerRows.length} workloads`,
      met: !peerFailure && peerRows.length > 0,
    });
  }
  list.push({
    name: "type-graphql <= 2x plain graphql-js for 100 incidents",
    value: `${report.largeList.ratio}x`,
    met: report.largeList.ratio <= 2,
  });
  return list;
}

/** `--soak-only`: soak.{md,json}, leaving latest.* alone; exit 1 on any error. */
async function writeSoakOnly(soaks: SoakResult[]) {
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    options: { ...soakOptions, organizations: options.organizations, incidents: options.incidents },
    soak: soaks,
  };
  const md = [
    "# Support Hub soak results",
    "",
    `Date: ${report.date}  `,
    `Machine: ${report.machine.cpuModel}, ${report.machine.cores} cores, ${report.machine.memoryGb} GB, Node ${report.machine.node}  `,
    `Dataset: ${options.organizations} generated organizations + demo seed, ${options.incidents} incidents`,
    "",
    soakMarkdown(soaks),
  ].join("\n");
  await mkdir(options.out, { recursive: true });
  await writeFile(path.join(options.out, "soak.json"), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(options.out, "soak.md"), md);
  log(`results written to ${options.out}/soak.{md,json}`);
  process.stdout.write(md);
  process.exitCode = soaks.some((s) => s.non2xx + s.graphqlErrors + s.transportErrors > 0) ? 1 : 0;
}

async function main() {
  const workdir = await mkdtemp(path.join(os.tmpdir(), "support-hub-bench-"));
  try {
    if (options.cpuProf) await mkdir(options.cpuProf, { recursive: true });
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: gatewayDir, stdio: "inherit" });
    const databases: DatabaseRun[] = [];
    if (options.peerOnly) {
      if (!options.postgresUrl) throw new Error("--peer-only needs DATABASE_URL (PostGraphile runs on PostgreSQL)");
      const run = await runOnDatabase("postgres", workdir);
      process.stdout.write(`${peerOnlyMarkdown(run.workloads)}\n`);
      return;
    }
    databases.push(await runOnDatabase("pglite", workdir));
    if (options.postgresUrl) databases.push(await runOnDatabase("postgres", workdir));
    else log("DATABASE_URL not set: PostgreSQL skipped");
    const soaks = databases.flatMap((d) => (d.soak ? [d.soak] : []));
    if (options.soakOnly) {
      await writeSoakOnly(soaks);
      return;
    }

    const captured = databases[0]?.capturedDashboard as string;
    const capturedFile = path.join(workdir, "dashboard-response.json");
    await writeFile(capturedFile, captured);
    const baselines = await runBaselines(capturedFile, JSON.stringify({ query: DASHBOARD, variables: { first: 50 } }));
    const largeList = await runLargeList();
    log(`large list: type-graphql ${largeList.typeGraphqlMs} ms, graphql-js ${largeList.graphqlJsMs} ms (${largeList.ratio}x)`);

    const workloads = [...baselines, ...databases.flatMap((d) => d.workloads)];
    const report = {
      date: new Date().toISOString(),
      machine: { ...machine(), databases: databases.map((d) => d.kind) },
      options: {
        duration: options.duration,
        connections: options.connections,
        organizations: options.organizations,
        incidents: options.incidents,
        contentionRemaining: options.contentionRemaining,
      },
      workloads,
      largeList,
      databases: databases.map(({ capturedDashboard: _captured, soak: _soak, ...rest }) => rest),
      soak: soaks,
      targets: [] as ReturnType<typeof targets>,
    };
    report.targets = targets({ workloads, databases, largeList });
    await mkdir(options.out, { recursive: true });
    await writeFile(path.join(options.out, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(path.join(options.out, "latest.md"), `${markdown(report)}${soakMarkdown(soaks)}`);
    log(`results written to ${options.out}/latest.{md,json}`);
    process.stdout.write(`${markdown(report)}${soakMarkdown(soaks)}`);
    // The smoke run must prove correctness (no errors, no oversell), never timings.
    const broken = databases.some((d) => !d.contention.noOversell) || report.targets.some((t) => t.name.startsWith("no errors") && !t.met);
    process.exitCode = broken ? 1 : 0;
  } finally {
    await rm(workdir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
