/**
 * `pnpm --filter @support-hub/e2e exec tsx bench/profile-dashboard.ts --out DIR [--seconds 10]`
 * with DATABASE_URL: the computed dashboard alone (`Cache-Control: no-cache`, 50 incidents)
 * against the built gateway under `node --cpu-prof`, on a fresh bench dataset. Prints req/s, CPU ms
 * per request of the gateway and of the PostgreSQL cluster, statements per request, and the top
 * self-time functions of the profile (mapped to their package through the bundle's source map).
 * `--query incident` profiles one incident by id (`node(id:)`) instead: the fixed cost of a request.
 * `--query spread` profiles the dashboards of every organization in turn (no statement shared).
 * `--connections N` sets the concurrent connections (default 10; the bench's workloads use 50).
 * `--node-flags="--max-semi-space-size=16 ..."` runs the gateway with those node flags (default none).
 * `--keep` keeps the database (to EXPLAIN the statements afterwards).
 */
import "reflect-metadata";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDatabase, migrateToLatest } from "@support-hub/db";
import { signDevToken } from "@support-hub/gateway/auth";
import { loadConfig } from "@support-hub/gateway/config";
import autocannon from "autocannon";
import { sql } from "kysely";
import { toGlobalId } from "@support-hub/gateway/global-id";
import { freePort } from "../support/local-server";
import { generateDataset } from "./dataset";
import { clusterCpuMs, GATEWAY_INCIDENT, postmasterOf, processCpuMs } from "./peer";

const here = path.dirname(fileURLToPath(import.meta.url));
const gatewayDir = path.resolve(here, "../../apps/gateway");
const { values } = parseArgs({
  options: {
    out: { type: "string" },
    seconds: { type: "string" },
    keep: { type: "boolean" },
    query: { type: "string" },
    connections: { type: "string" },
    "node-flags": { type: "string" },
  },
});
const out = path.resolve(values.out ?? "/tmp/dashboard-profile");
const seconds = Number(values.seconds ?? 10);
const connections = Number(values.connections ?? 10);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL is required (a PostgreSQL server; a throwaway database is created on it)");

const DASHBOARD = readFileSync(path.join(here, "run.ts"), "utf8").match(/export const DASHBOARD = `([^`]+)`/)?.[1] as string;

async function main() {
  const name = `sh_prof_${randomBytes(4).toString("hex")}`;
  const admin = await createDatabase({ url: serverUrl as string, poolSize: 1 });
  await sql`create database ${sql.id(name)}`.execute(admin.db.withoutPlugins());
  const target = new URL(serverUrl as string);
  target.pathname = `/${name}`;
  const handle = await createDatabase({ url: target.toString(), poolSize: 4 });
  const child = { stop: async () => {} };
  try {
    const migration = await migrateToLatest(handle.db);
    if (migration.error) throw migration.error;
    const dataset = await generateDataset(handle.db, {
      today: new Date().toISOString().slice(0, 10),
      organizations: 50,
      incidents: 20_000,
      contentionRemaining: 10,
    });
    const backend = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
    const postmaster = (await postmasterOf(Number(backend.rows[0]?.pid))) as number;
    const incident = await handle.db
      .selectFrom("incidents")
      .select("id")
      .where("organizationId", "=", dataset.organizationId)
      .limit(1)
      .executeTakeFirstOrThrow();
    const incidentId = incident.id;
    await handle.close();
    const port = await freePort();
    const secret = randomBytes(32).toString("hex");
    const nodeFlags = values["node-flags"]?.split(" ").filter(Boolean) ?? [];
    const gateway = spawn(process.execPath, [...nodeFlags, "--cpu-prof", `--cpu-prof-dir=${out}`, "dist/main.js"], {
      cwd: gatewayDir,
      env: {
        ...process.env,
        DATABASE_URL: target.toString(),
        PORT: String(port),
        JWT_SECRET: secret,
        NODE_ENV: "production",
        REPORT_SQL_STATEMENTS: "true",
      },
      stdio: ["ignore", process.env.PROFILE_GATEWAY_STDOUT ? "inherit" : "ignore", "inherit"],
    });
    const exited = new Promise((resolve) => gateway.once("exit", resolve));
    child.stop = async () => {
      gateway.kill("SIGTERM");
      await exited;
    };
    const url = `http://127.0.0.1:${port}/graphql`;
    for (let i = 0; i < 300; i++) {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null))?.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const token = await signDevToken(loadConfig({ JWT_SECRET: secret, NODE_ENV: "production" }).auth, dataset.adminUserId);
    const headers = { "content-type": "application/json", authorization: `Bearer ${token}`, "cache-control": "no-cache" };
    const body =
      values.query === "incident"
        ? JSON.stringify({ query: GATEWAY_INCIDENT, variables: { id: toGlobalId("SupportIncident", incidentId) } })
        : JSON.stringify({ query: DASHBOARD, variables: { first: 50 } });
    const probe = await (await fetch(url, { method: "POST", headers, body })).json();
    if (probe.errors) throw new Error(JSON.stringify(probe.errors));
    const [gatewayBefore, pgBefore] = [await processCpuMs(gateway.pid as number), await clusterCpuMs(postmaster)];
    // `--query spread`: each request reads the next organization's dashboard as its admin, so
    // concurrent requests share no statement (the single-dashboard load is the best case for that).
    const auth = loadConfig({ JWT_SECRET: secret, NODE_ENV: "production" }).auth;
    const tenantTokens = values.query === "spread" ? await Promise.all(dataset.tenants.map((t) => signDevToken(auth, t.adminUserId))) : [];
    let turn = 0;
    const requests =
      tenantTokens.length > 0
        ? [
            {
              setupRequest: (request: any) => ({
                ...request,
                headers: { ...request.headers, authorization: `Bearer ${tenantTokens[turn++ % tenantTokens.length]}` },
              }),
            },
          ]
        : undefined;
    const result = await autocannon({
      url,
      method: "POST",
      headers,
      body,
      connections,
      duration: seconds,
      ...(requests ? { requests } : {}),
    });
    const [gatewayAfter, pgAfter] = [await processCpuMs(gateway.pid as number), await clusterCpuMs(postmaster)];
    const served = result.requests.total;
    console.log(
      JSON.stringify({
        requestsPerSecond: result.requests.average,
        gatewayCpuMsPerRequest: +((gatewayAfter - gatewayBefore) / served).toFixed(2),
        postgresCpuMsPerRequest: +((pgAfter - pgBefore) / served).toFixed(2),
        sqlStatements: probe.extensions?.sqlStatements,
        non2xx: result.non2xx,
      }),
    );
    await child.stop();
    const file = readdirSync(out)
      .filter((f) => f.endsWith(".cpuprofile"))
      .sort()
      .at(-1) as string;
    console.log(`profile: ${path.join(out, file)}`);
    summarize(path.join(out, file));
  } finally {
    await child.stop();
    if (values.keep) console.log(`kept database ${name}`);
    else await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db.withoutPlugins());
    await admin.close();
  }
}

/** Self time by function and by package (node_modules/<name>, ours under apps/ and packages/), of the busy time. */
function summarize(file: string) {
  interface Frame {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
  }
  const profile: { nodes: { id: number; callFrame: Frame }[]; samples: number[]; timeDeltas: number[] } = JSON.parse(
    readFileSync(file, "utf8"),
  );
  // The full map (written beside the bundle by its build): the bundle's own map keeps only our sources.
  const map = new SourceMap(JSON.parse(readFileSync(path.join(gatewayDir, "dist/main.js.full.map"), "utf8")));
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const origin = (frame: Frame) => {
    if (!frame.url.endsWith("dist/main.js")) {
      const external = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!node_modules)[^@]*$/.exec(frame.url)?.[1];
      return external ?? (frame.url ? path.basename(frame.url) : "(native)");
    }
    const source = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
    const original = source.originalSource ?? "";
    // The last node_modules of the path: pnpm's are `node_modules/.pnpm/<name>@<version>/node_modules/<name>/`.
    const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(original)?.[1];
    return pkg ?? (original.includes("/packages/") || original.includes("/apps/") ? "support-hub" : "main.js");
  };
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id) as Frame;
    if (frame.functionName === "(idle)") return;
    const dt = profile.timeDeltas[i] ?? 0;
    busy += dt;
    const where = origin(frame);
    const key = `${frame.functionName || "(anonymous)"} [${where}]`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + dt);
    byPackage.set(where, (byPackage.get(where) ?? 0) + dt);
  });
  const top = (entries: Map<string, number>, n: number) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`);
  console.log(
    `busy ${Math.round(busy / 1000)} ms\nself time by package:\n${top(byPackage, 14).join("\n")}\ntop functions:\n${top(byFunction, 20).join("\n")}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
