import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { freePort } from "./local-server";

const run = promisify(execFile);
const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.ci/pg-cluster");

/**
 * A throwaway PostgreSQL cluster of one test file (`.ci/pg-cluster`), on a free port, that the
 * test may stop, restart and freeze without disturbing the shared `DATABASE_URL` cluster.
 */
export interface PgCluster {
  url: string;
  /** `pg_ctl stop -m fast`, waiting until it is down. */
  stop(): Promise<void>;
  /** `pg_ctl start`, waiting until it accepts connections. */
  start(): Promise<void>;
  /** Sends `signal` to the postmaster and then to every one of its children (backends, writers...). */
  signalAll(signal: "SIGSTOP" | "SIGCONT"): Promise<number[]>;
  /** Stops the cluster and deletes its folder. */
  destroy(): Promise<void>;
}

export async function startPgCluster(): Promise<PgCluster> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "support-hub-faults-pg-"));
  const port = String(await freePort());
  const start = async () => {
    await run("bash", [SCRIPT, "start", dir, port]);
  };
  const stop = async () => {
    await run("bash", [SCRIPT, "stop", dir]);
  };
  const signalAll = async (signal: "SIGSTOP" | "SIGCONT") => {
    // The first line of postmaster.pid is the postmaster's pid; its children are the backends.
    const postmaster = Number((await readFile(path.join(dir, "postmaster.pid"), "utf8")).split("\n")[0]);
    if (signal === "SIGSTOP") process.kill(postmaster, signal); // first, so that it forks no new backend
    const { stdout: children } = await run("pgrep", ["-P", String(postmaster)]).catch(() => ({ stdout: "" }));
    const pids = children.split("\n").filter(Boolean).map(Number);
    for (const pid of pids) process.kill(pid, signal);
    if (signal === "SIGCONT") process.kill(postmaster, signal);
    return [postmaster, ...pids];
  };
  const { stdout } = await run("bash", [SCRIPT, "start", dir, port]);
  return {
    url: stdout.trim(),
    start,
    stop,
    signalAll,
    async destroy() {
      await signalAll("SIGCONT").catch(() => []);
      await stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
