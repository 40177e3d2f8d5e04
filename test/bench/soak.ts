/**
 * The soak workload of `pnpm bench`: a fresh gateway process under sustained mixed load (12
 * clients, each signed in as the admin of its own organization, ~20% writes) for minutes, then
 * idle, sampling the process's RSS all along. It answers "does memory stay bounded?", which the
 * 10-second workloads cannot: caches fill, PGlite's WASM heap grows, V8 promotes.
 */
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { execFileSync } from "node:child_process";
import { DEMO_IDS } from "@support-hub/db";
import autocannon from "autocannon";
import { toGlobalId } from "@support-hub/gateway/global-id";
import type { BenchTenant } from "./dataset";

/** One signed-in client of the soak. */
export interface SoakClient {
  token: string;
  tenant: BenchTenant;
}

export interface SoakSpec {
  kind: "pglite" | "postgres";
  graphqlUrl: string;
  pid: number;
  clients: SoakClient[];
  today: string;
  seconds: number;
  idleSeconds: number;
  /** Share of requests that write (default 0.2). */
  writeShare?: number;
  /** Reads the gateway's own memory breakdown (`--import memory-probe`), when available. */
  memoryBreakdown?: () => Promise<MemoryBreakdown | undefined>;
}

/** `process.memoryUsage()` of the gateway, in MB. */
export interface MemoryBreakdown {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** PGlite's WebAssembly.Memory (grows, never shrinks), when the probe could see it. */
  wasm?: number;
  /** How much of that memory is resident (touched pages), from /proc/<pid>/smaps. */
  wasmResident?: number;
}

/**
 * The resident part of the WebAssembly memory: V8 maps it as one read-write anonymous region of
 * exactly its size (inside a larger reservation), so the region of that size is the one.
 */
async function withWasmResident(pid: number, memory: MemoryBreakdown | undefined): Promise<MemoryBreakdown | undefined> {
  if (!memory?.wasm) return memory;
  try {
    const smaps = await readFile(`/proc/${pid}/smaps`, "utf8");
    const wanted = Math.round(memory.wasm * 1024 * 1024);
    let size = -1;
    for (const line of smaps.split("\n")) {
      const range = /^([0-9a-f]+)-([0-9a-f]+) rw-p 00000000 00:00 0\s*$/.exec(line);
      if (range) size = Number.parseInt(range[2] as string, 16) - Number.parseInt(range[1] as string, 16);
      else if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) size = -1;
      else if (Math.abs(size - wanted) < 64 * 1024 && line.startsWith("Rss:")) {
        return { ...memory, wasmResident: Math.round(Number(line.split(/\s+/)[1]) / 102.4) / 10 };
      }
    }
  } catch {
    // no procfs
  }
  return memory;
}

export interface SoakResult {
  target: string;
  workload: "soak";
  connections: number;
  durationSeconds: number;
  idleSeconds: number;
  requests: number;
  requestsPerSecond: number;
  /** Requests by kind (reads, creates, idempotent replays, withdrawals, links). */
  mix: Record<string, number>;
  /** Mean response time of each kind of request, ms. */
  meanMsByKind: Record<string, number>;
  non2xx: number;
  graphqlErrors: number;
  userErrors: number;
  transportErrors: number;
  rssMb: { start: number; peak: number; end: number; afterIdle: number };
  /** [seconds since the load started, RSS MB], one sample per `sampleEverySeconds`. */
  rssSamples: [number, number][];
  sampleEverySeconds: number;
  /** Gateway CPU (user + system) over the load phase, divided by the requests answered. */
  cpuMsPerRequest: number;
  memoryAtEnd?: MemoryBreakdown;
  memoryAfterIdle?: MemoryBreakdown;
}

const DASHBOARD = `query SoakDashboard($first: Int!) {
  viewer {
    id displayName roles
    organization {
      id name
      entitlements { asOf onPremisesIncidentCount cloudIncidents { isUnlimited count } }
      supportContracts { id kind state isUnlimited remainingIncidentCount usedIncidentCount }
      incidents(first: $first) {
        pageInfo { hasNextPage endCursor }
        edges { node { id number title severity status planKind wasConsumed createdAt productVersion { id name } createdBy { id displayName } } }
      }
    }
  }
}`;
const OPEN_INCIDENTS = `query SoakOpenIncidents($first: Int!, $status: [IncidentStatus!]) {
  incidents(first: $first, filter: { status: $status }) {
    edges { node { id number title status severity createdAt } }
  }
}`;
const COVERAGE = `query SoakCoverage($v: ID!, $asOf: LocalDate) {
  supportPlans(productVersionId: $v, asOf: $asOf) {
    coverage { isCovered reason }
    available { kind supportContract { id } isConsuming isUnlimited remainingIncidentCount }
  }
}`;
const CREATE = `mutation SoakCreate($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) { incident { id number } userErrors { code message } }
}`;
const WITHDRAW = `mutation SoakWithdraw($input: WithdrawSupportIncidentInput!) {
  withdrawSupportIncident(input: $input) { userErrors { code message } }
}`;
const LINK = `mutation SoakLink($input: LinkSupportContractInput!) {
  linkSupportContract(input: $input) { diagnostic { wasAlreadyLinked } userErrors { code message } }
}`;

const VERSIONS = Object.values(DEMO_IDS.productVersions).map((id) => toGlobalId("ProductVersion", id));
const PAGE_SIZES = [10, 20, 50];
const STATUS_SETS = [["OPEN"], ["OPEN", "IN_PROGRESS"], ["RESOLVED"], ["WITHDRAWN"]];

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)] as T;
}

interface ClientState {
  client: SoakClient;
  index: number;
  creates: number;
  /** Idempotency keys already used (replays send one again). */
  keys: string[];
  /** Incidents this client created and has not withdrawn yet. */
  open: string[];
}

/** Clock ticks per second of /proc/<pid>/stat's utime and stime. */
function clockTicks(): number {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
}

async function cpuTicks(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // Fields after the parenthesized command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

async function rssMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 102.4) / 10;
  } catch {
    return 0;
  }
}

/** Runs the soak against a gateway that was started for it (so RSS starts from a fresh process). */
export async function runSoak(spec: SoakSpec): Promise<SoakResult> {
  const writeShare = spec.writeShare ?? 0.2;
  const sampleEverySeconds = spec.seconds >= 60 ? 5 : 1;
  const samples: [number, number][] = [];
  let peak = 0;
  const started = performance.now();
  const startRss = await rssMb(spec.pid);
  // Peak at 200 ms resolution; the series at `sampleEverySeconds`.
  let nextSample = 0;
  const sampler = setInterval(async () => {
    const mb = await rssMb(spec.pid);
    if (mb > peak) peak = mb;
    const t = (performance.now() - started) / 1000;
    if (t >= nextSample) {
      samples.push([Math.round(t), mb]);
      nextSample += sampleEverySeconds;
    }
  }, 200);

  const mix: Record<string, number> = { read: 0, create: 0, replay: 0, withdraw: 0, link: 0 };
  let graphqlErrors = 0;
  let userErrors = 0;
  let non2xx = 0;
  let requests = 0;

  let kindOfLast = "read";
  const nextBody = (state: ClientState): string => {
    const { tenant } = state.client;
    const r = Math.random();
    if (r < writeShare) {
      const w = r / writeShare;
      if (w < 0.45 || (w < 0.8 && state.open.length === 0)) {
        mix.create = (mix.create ?? 0) + 1;
        kindOfLast = "create";
        const key = `soak-${spec.kind}-${state.index}-${++state.creates}-${Math.random().toString(36).slice(2)}`;
        state.keys.push(key);
        if (state.keys.length > 50) state.keys.shift();
        return createBody(tenant, key, state.creates);
      }
      if (w < 0.6) {
        mix.replay = (mix.replay ?? 0) + 1;
        kindOfLast = "replay";
        return createBody(tenant, pick(state.keys), state.creates);
      }
      if (w < 0.8) {
        mix.withdraw = (mix.withdraw ?? 0) + 1;
        kindOfLast = "withdraw";
        const id = state.open.shift() as string;
        return JSON.stringify({ query: WITHDRAW, variables: { input: { incidentId: id } } });
      }
      mix.link = (mix.link ?? 0) + 1;
      kindOfLast = "link";
      return JSON.stringify({ query: LINK, variables: { input: { accessId: tenant.accessId, contractNumber: tenant.contractNumber } } });
    }
    mix.read = (mix.read ?? 0) + 1;
    const q = Math.random();
    kindOfLast = q < 0.5 ? "dashboard" : q < 0.75 ? "incidents" : "coverage";
    if (q < 0.5) return JSON.stringify({ query: DASHBOARD, variables: { first: pick(PAGE_SIZES) } });
    if (q < 0.75) return JSON.stringify({ query: OPEN_INCIDENTS, variables: { first: pick(PAGE_SIZES), status: pick(STATUS_SETS) } });
    return JSON.stringify({ query: COVERAGE, variables: { v: pick(VERSIONS), asOf: spec.today } });
  };

  // autocannon resets a connection's context after each request, so the state is per client
  // (signed-in tenant), taken round-robin by request, and handed to onResponse through the context.
  const states: ClientState[] = spec.clients.map((client, index) => ({ client, index, creates: 0, keys: [], open: [] }));
  let turn = 0;
  const timeByKind: Record<string, { count: number; totalMs: number }> = {};
  const nextState = (): ClientState => states[turn++ % states.length] as ClientState;
  const stateOf = (context: Record<string, unknown>): ClientState => context.state as ClientState;

  const ticks = clockTicks();
  const cpuBefore = await cpuTicks(spec.pid);
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  autocannon(
    {
      url: spec.graphqlUrl,
      method: "POST",
      connections: spec.clients.length,
      duration: spec.seconds,
      timeout: 30,
      headers: { "content-type": "application/json" },
      requests: [
        {
          method: "POST",
          setupRequest: (request: { headers?: Record<string, string> }, context: Record<string, unknown>) => {
            const state = nextState();
            context.state = state;
            const body = nextBody(state);
            context.kind = kindOfLast;
            context.sentAt = performance.now();
            return { ...request, headers: { ...request.headers, authorization: `Bearer ${state.client.token}` }, body };
          },
          onResponse: (status: number, body: string, context: Record<string, unknown>) => {
            requests += 1;
            if (status < 200 || status >= 300) non2xx += 1;
            if (body.includes('"errors":[')) graphqlErrors += 1;
            if (body.includes('"userErrors":[{')) userErrors += 1;
            const created = /"createSupportIncident":\{"incident":\{"id":"([^"]+)"/.exec(body)?.[1];
            const state = stateOf(context);
            const kind = context.kind as string;
            const tally = timeByKind[kind] ?? { count: 0, totalMs: 0 };
            timeByKind[kind] = tally;
            tally.count += 1;
            tally.totalMs += performance.now() - (context.sentAt as number);
            // A replay answers an incident that may already be queued or withdrawn: track fresh ones only.
            if (created && !state.open.includes(created)) state.open.push(created);
            if (state.open.length > 200) state.open.shift();
          },
        },
      ],
    } as autocannon.Options,
    (error, result) => (error ? fail(error) : finish(result)),
  );
  const result = await done;
  const loadSeconds = (performance.now() - started) / 1000;
  const cpuMs = ((await cpuTicks(spec.pid)) - cpuBefore) * (1000 / ticks);
  const endRss = await rssMb(spec.pid);
  const memoryAtEnd = await withWasmResident(spec.pid, await spec.memoryBreakdown?.());

  await new Promise((resolve) => setTimeout(resolve, spec.idleSeconds * 1000));
  clearInterval(sampler);
  const afterIdle = await rssMb(spec.pid);
  samples.push([Math.round((performance.now() - started) / 1000), afterIdle]);
  const memoryAfterIdle = await withWasmResident(spec.pid, await spec.memoryBreakdown?.());

  return {
    target: `gateway-${spec.kind}`,
    workload: "soak",
    connections: spec.clients.length,
    durationSeconds: Math.round(loadSeconds),
    idleSeconds: spec.idleSeconds,
    requests,
    requestsPerSecond: Math.round((requests / loadSeconds) * 10) / 10,
    mix,
    meanMsByKind: Object.fromEntries(Object.entries(timeByKind).map(([k, t]) => [k, Math.round(t.totalMs / t.count)])),
    non2xx,
    graphqlErrors,
    userErrors,
    transportErrors: result.errors + result.timeouts,
    rssMb: { start: startRss, peak: Math.max(peak, endRss, afterIdle), end: endRss, afterIdle },
    rssSamples: samples,
    sampleEverySeconds,
    cpuMsPerRequest: Math.round((cpuMs / Math.max(1, requests)) * 100) / 100,
    ...(memoryAtEnd ? { memoryAtEnd } : {}),
    ...(memoryAfterIdle ? { memoryAfterIdle } : {}),
  };
}

function createBody(tenant: BenchTenant, idempotencyKey: string, n: number): string {
  return JSON.stringify({
    query: CREATE,
    variables: {
      input: {
        productVersionId: toGlobalId("ProductVersion", DEMO_IDS.productVersions.azureCurrent),
        supportContractId: toGlobalId("SupportContract", tenant.unlimitedContractId),
        title: `Soak incident ${n}`,
        description: "Opened by the soak workload.",
        severity: "C",
        contact: { name: "Soak Contact", email: "contact@soak.example" },
        idempotencyKey,
      },
    },
  });
}

/** The soak's section of latest.md / soak.md: one row per engine and the RSS series. */
export function soakMarkdown(results: SoakResult[], heading = "## Soak (sustained mixed load, then idle)"): string {
  if (results.length === 0) return "";
  const mb = (m?: MemoryBreakdown) =>
    m
      ? `heap ${m.heapUsed}/${m.heapTotal}, external ${m.external} (arrayBuffers ${m.arrayBuffers})${m.wasm !== undefined ? `, PGlite WASM ${m.wasm}${m.wasmResident !== undefined ? ` (${m.wasmResident} resident)` : ""}` : ""}`
      : "-";
  const lines = [
    heading,
    "",
    "| target | clients | seconds | req/s | mix (read/create/replay/withdraw/link) | errors (non-2xx/GraphQL/transport) | refused | RSS start | RSS peak | RSS end | RSS after idle | CPU ms/req |",
    "|---|---:|---:|---:|---|---|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.target} | ${r.connections} | ${r.durationSeconds} + ${r.idleSeconds} idle | ${r.requestsPerSecond} | ${r.mix.read}/${r.mix.create}/${r.mix.replay}/${r.mix.withdraw}/${r.mix.link} | ${r.non2xx}/${r.graphqlErrors}/${r.transportErrors} | ${r.userErrors} | ${r.rssMb.start} | ${r.rssMb.peak} | ${r.rssMb.end} | ${r.rssMb.afterIdle} | ${r.cpuMsPerRequest} |`,
    ),
    "",
    "Memory breakdown of the gateway (`process.memoryUsage()`, MB) at the end of the load / after idle:",
    "",
    ...results.map((r) => `- ${r.target}: ${mb(r.memoryAtEnd)} / ${mb(r.memoryAfterIdle)}`),
    "",
    "RSS over time (seconds since the load started: MB):",
    "",
    ...results.map((r) => `- ${r.target}: ${r.rssSamples.map(([t, v]) => `${t}s ${v}`).join(", ")}`),
    "",
  ];
  return lines.join("\n");
}
