import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema/database";

/** Where an operation runs: the database or, usually, the caller's open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;
