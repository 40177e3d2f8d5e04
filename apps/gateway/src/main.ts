import "reflect-metadata";
import { createDatabase, DEFAULT_PGLITE_DATA_DIR, migrateToLatest, seedDemoData } from "@support-hub/db";
import { loadConfig } from "./config";
import { createLogger } from "./logger";
import { EXPLORER_DEMO_EMAIL } from "./explorer/example-operations";
import { GRAPHIQL_PATH } from "./explorer/graphiql-page";
import { startGateway } from "./server";

/** `pnpm start`: migrate, seed the demo data, serve GraphQL + Sandbox, stop cleanly on SIGTERM/SIGINT. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await createDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : (config.pgliteDataDir ?? DEFAULT_PGLITE_DATA_DIR),
    timeouts: config.databaseTimeouts,
    poolSize: config.databasePoolSize,
    onConnectionError: (err) => logger.warn({ err }, "database connection broken; discarded"),
  });
  const migration = await migrateToLatest(database.db);
  if (migration.error) {
    logger.fatal({ err: migration.error }, "migration failed");
    await database.close();
    process.exit(1);
  }
  const today = () => new Date().toISOString().slice(0, 10);
  if (config.seedDemoData) await seedDemoData(database.db, { today: today() });

  const gateway = await startGateway({ config, database, today });
  if (config.sandbox) {
    process.stdout.write(
      `\n  Support Hub is ready on ${database.kind} (Node ${process.versions.node}).\n` +
        `  Apollo Sandbox:  ${gateway.graphqlUrl}  (opens signed in as ${EXPLORER_DEMO_EMAIL})\n` +
        `  GraphiQL:        ${gateway.url}${GRAPHIQL_PATH}  (the same, served locally: works offline)\n` +
        "  Another user:    pnpm --silent token <email>\n\n",
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await gateway.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
