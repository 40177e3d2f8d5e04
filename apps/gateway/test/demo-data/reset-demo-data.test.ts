import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createDatabase, DEMO_IDS } from "@support-hub/db";
import { createTestDatabase } from "@support-hub/db/testing";
import { describe, expect, it } from "vitest";
import { resetDemoData } from "../../src/demo-data/reset-demo-data";

const run = promisify(execFile);
const gatewayDir = fileURLToPath(new URL("../../", import.meta.url));
const TODAY = "2026-11-25";

async function snapshot(db: Awaited<ReturnType<typeof createTestDatabase>>["db"]) {
  const incidents = await db
    .selectFrom("incidents")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  const fabrikam = await db
    .selectFrom("organizations")
    .select("name")
    .where("id", "=", DEMO_IDS.organizations.fabrikam)
    .executeTakeFirstOrThrow();
  const version = await db.selectFrom("dataVersion").select("version").executeTakeFirstOrThrow();
  return { incidents: Number(incidents.n), fabrikam: fabrikam.name, version: Number(version.version) };
}

describe("resetting the demo data", () => {
  it("puts changed and deleted demo rows back, keeps the audit log and moves the data version up", { timeout: 120_000 }, async () => {
    const database = await createTestDatabase({ seed: { today: TODAY } });
    try {
      const seeded = await snapshot(database.db);
      const gone = database.db.selectFrom("incidents").select("id").where("number", "<", 5);
      await database.db.deleteFrom("incidentEvents").where("incidentId", "in", gone).execute();
      await database.db.deleteFrom("incidents").where("number", "<", 5).execute();
      await database.db.updateTable("organizations").set({ name: "Renamed" }).where("id", "=", DEMO_IDS.organizations.fabrikam).execute();
      await database.db
        .insertInto("auditLog")
        .values({ requestId: "before-reset", action: "test", targetType: "test", outcome: "SUCCEEDED", detail: JSON.stringify({}) })
        .execute();
      const changed = await snapshot(database.db);
      expect(changed.incidents).toBe(seeded.incidents - 4);

      const result = await resetDemoData(database.db, { today: TODAY });
      expect(result.truncatedTables).toBeGreaterThan(5);
      const reset = await snapshot(database.db);
      expect(reset).toMatchObject({ incidents: seeded.incidents, fabrikam: seeded.fabrikam });
      expect(reset.version).toBeGreaterThan(changed.version);
      const kept = await database.db.selectFrom("auditLog").select("action").where("requestId", "=", "before-reset").execute();
      expect(kept).toEqual([{ action: "test" }]);
    } finally {
      await database.close();
    }
  });

  it("`pnpm db:reset` on PGlite makes a new data folder with the demo data", { timeout: 180_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "support-hub-reset-"));
    try {
      const env = { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, NODE_ENV: "development" };
      const first = await run("pnpm", ["-s", "db:reset"], { cwd: gatewayDir, env });
      expect(first.stdout).toContain(`new PGlite database in ${dataDir}`);
      // `url: ""`: this folder's PGlite even when the suite runs with DATABASE_URL set.
      const database = await createDatabase({ url: "", dataDir });
      try {
        await database.db.deleteFrom("incidentEvents").execute();
        await database.db.deleteFrom("incidents").execute();
        expect((await snapshot(database.db as never)).incidents).toBe(0);
      } finally {
        await database.close();
      }
      await run("pnpm", ["-s", "db:reset"], { cwd: gatewayDir, env });
      const again = await createDatabase({ url: "", dataDir });
      try {
        expect((await snapshot(again.db as never)).incidents).toBe(19);
      } finally {
        await again.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses a DATABASE_URL without --confirm <database name>, and in production", { timeout: 120_000 }, async () => {
    // Port 1: nothing listens there, so a run that got past the check would fail differently.
    const env = { ...process.env, DATABASE_URL: "postgres://demo@127.0.0.1:1/supporthub", NODE_ENV: "development" };
    const unconfirmed = await run("pnpm", ["-s", "db:reset"], { cwd: gatewayDir, env }).catch((error) => error);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toContain('empty every table of the PostgreSQL database "supporthub"');
    expect(unconfirmed.stderr).toContain("--confirm supporthub");
    const wrongName = await run("pnpm", ["-s", "db:reset", "--confirm", "other"], { cwd: gatewayDir, env }).catch((error) => error);
    expect(wrongName.code).toBe(1);
    const production = await run("pnpm", ["-s", "db:reset", "--confirm", "supporthub"], {
      cwd: gatewayDir,
      env: { ...env, NODE_ENV: "production" },
    }).catch((error) => error);
    expect(production.code).toBe(1);
    expect(production.stderr).toContain("NODE_ENV=production");
  });
});
