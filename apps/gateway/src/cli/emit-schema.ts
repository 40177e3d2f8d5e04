import { writeFile } from "node:fs/promises";
import { buildGatewaySchema, printGatewaySchema } from "../schema";
import { SCHEMA_FILE } from "./schema-file";

/** Writes the API contract to schema/schema.graphql (a test fails when it drifts from the code). */
const sdl = printGatewaySchema(await buildGatewaySchema());
await writeFile(SCHEMA_FILE, sdl);
process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
