import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGLITE_SNAPSHOT_ENV, writeMigratedPGliteSnapshot } from "./testing";

/**
 * Vitest globalSetup: migrates one PGlite before the run and shares its dump with every worker
 * through an environment variable (workers inherit it). Nothing to do on PostgreSQL.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL || process.env[PGLITE_SNAPSHOT_ENV]) return async () => {};
  const dir = await mkdtemp(join(tmpdir(), "support-hub-pglite-"));
  const file = join(dir, "migrated.tar");
  await writeMigratedPGliteSnapshot(file);
  process.env[PGLITE_SNAPSHOT_ENV] = file;
  return async () => {
    delete process.env[PGLITE_SNAPSHOT_ENV];
    await rm(dir, { recursive: true, force: true });
  };
}
