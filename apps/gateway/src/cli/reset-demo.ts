// `pnpm db:reset`: puts the demo data back as `pnpm start` first seeded it. Stop the gateway first.
// - PGlite (no DATABASE_URL): deletes the data folder (PGLITE_DATA_DIR, default .data/pglite),
//   then migrates and seeds a new one.
// - DATABASE_URL: empties every table and reseeds, only when told which database to wipe
//   (`--confirm <database name>`) and never with NODE_ENV=production.
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createDatabase, DEFAULT_PGLITE_DATA_DIR, migrateToLatest, seedDemoData } from "@support-hub/db";
import { resetDemoData } from "../demo-data/reset-demo-data";

const { values } = parseArgs({ options: { confirm: { type: "string" } } });
const today = new Date().toISOString().slice(0, 10);
const url = process.env.DATABASE_URL || undefined;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (process.env.NODE_ENV === "production") fail("db:reset refuses to run with NODE_ENV=production.");

if (!url) {
  const dataDir = process.env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DATA_DIR;
  await rm(dataDir, { recursive: true, force: true });
  const database = await createDatabase({ dataDir });
  try {
    const { error } = await migrateToLatest(database.db);
    if (error) throw error;
    const { insertedRows } = await seedDemoData(database.db, { today });
    console.log(`Demo data reset: new PGlite database in ${dataDir}, ${insertedRows} rows as of ${today}.`);
  } finally {
    await database.close();
  }
} else {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (values.confirm !== name) {
    fail(`db:reset would empty every table of the PostgreSQL database "${name}". To go on: pnpm db:reset --confirm ${name}`);
  }
  const database = await createDatabase({ url });
  try {
    const { error } = await migrateToLatest(database.db);
    if (error) throw error;
    const { truncatedTables, insertedRows } = await resetDemoData(database.db, { today });
    console.log(`Demo data reset in "${name}": ${truncatedTables} tables emptied, ${insertedRows} rows seeded as of ${today}.`);
  } finally {
    await database.close();
  }
}
