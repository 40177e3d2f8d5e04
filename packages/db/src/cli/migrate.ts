// `pnpm db:migrate`: migrates DATABASE_URL, or the PGlite data directory of `pnpm start`
// (PGLITE_DATA_DIR, default <repo>/.data/pglite).
import { createDatabase, DEFAULT_PGLITE_DATA_DIR } from "../create-database";
import { migrateToLatest } from "../migrate-to-latest";

const dataDir = process.env.PGLITE_DATA_DIR ?? DEFAULT_PGLITE_DATA_DIR;
const { db, kind, close } = await createDatabase({ dataDir });
try {
  const { error, results } = await migrateToLatest(db);
  for (const result of results ?? []) {
    console.log(`${result.status === "Success" ? "applied" : result.status}: ${result.migrationName}`);
  }
  if (error) {
    console.error("migration failed:", error);
    process.exitCode = 1;
  } else {
    console.log(`${kind === "postgres" ? "PostgreSQL" : `PGlite (${dataDir})`} is up to date.`);
  }
} finally {
  await close();
}
