#!/usr/bin/env node
// `pnpm dev:console` (repository root): the gateway on demo data and the admin console together.
// Builds the SDK first when its dist/ is missing, starts the gateway (PORT, default 4000), waits
// until it is healthy, then starts the Vite dev server (ADMIN_PORT, default 5173) that proxies
// /graphql and /dev to it. Ctrl-C (or SIGTERM) stops both.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const port = process.env.PORT ?? "4000";
const host = process.env.HOST ?? "127.0.0.1";
const gatewayUrl = `http://${host}:${port}`;
const adminPort = process.env.ADMIN_PORT ?? "5173";

if (!existsSync(resolve(root, "packages/sdk/dist/index.js"))) {
  console.log("Building @support-hub/sdk…");
  const build = spawnSync("pnpm", ["--filter", "@support-hub/sdk", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children = [];
function run(name, args, env) {
  // Own process group, so stopping kills pnpm and everything it started.
  const child = spawn("pnpm", args, { cwd: root, stdio: "inherit", detached: true, env: { ...process.env, ...env } });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  }
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

run("gateway", ["--filter", "@support-hub/gateway", "start"], { PORT: port, HOST: host });

const deadline = Date.now() + 120_000;
while (!stopping) {
  try {
    const response = await fetch(`${gatewayUrl}/healthz`);
    if (response.ok) break;
  } catch {}
  if (Date.now() > deadline) {
    console.error(`The gateway did not answer on ${gatewayUrl} within 2 minutes.`);
    stop(1);
    break;
  }
  await new Promise((done) => setTimeout(done, 300));
}

if (!stopping) {
  run("console", ["--filter", "@support-hub/admin", "exec", "vite", "--strictPort"], {
    GATEWAY_URL: gatewayUrl,
    ADMIN_PORT: adminPort,
    HOST: host,
  });
  console.log(`\n  Admin console:   http://${host}:${adminPort}/  (pick a demo user to sign in)\n`);
}
