import { fileURLToPath } from "node:url";

/** The committed API contract. */
export const SCHEMA_FILE = fileURLToPath(new URL("../../../../schema/schema.graphql", import.meta.url));
