// `pnpm db:seed [--today YYYY-MM-DD]`: migrates, then inserts the demo data (idempotent) into
// DATABASE_URL or the PGlite data directory of `pnpm start` (PGLITE_DATA_DIR).
import { parseArgs } from "node:util";
import { createDatabase, DEFAULT_PGLITE_DATA_DIR } from "../create-database";
import { migrateToLatest } from "../migrate-to-latest";
import { parseIsoDate, todayUtc } from "../seed/iso-dates";
import { seedDemoData } from "../seed/seed-demo-data";

const { values } = parseArgs({ options: { today: { type: "string" } } });
const today = values.today ?? todayUtc();
parseIsoDate(today);

const dataDir = process.env.PGLITE_DATA_DIR ?? DEFAULT_PGLITE_DATA_DIR;
const { db, kind, close } = await createDatabase({ dataDir });
try {
  const { error } = await migrateToLatest(db);
  if (error) throw error;
  const { insertedRows } = await seedDemoData(db, { today });
  const where = kind === "postgres" ? "PostgreSQL" : `PGlite (${dataDir})`;
  console.log(
    insertedRows === 0
      ? `Demo data already present in ${where}; nothing to do.`
      : `Seeded ${insertedRows} rows into ${where} as of ${today}.`,
  );
} catch (error) {
  console.error("seed failed:", error);
  process.exitCode = 1;
} finally {
  await close();
}
