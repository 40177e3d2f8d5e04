import "reflect-metadata";
import { DEMO_USERS } from "@support-hub/db";
import { createTestDatabase, type TestDatabase } from "@support-hub/db/testing";
import type { GraphQLSchema } from "graphql";
import { signDevToken } from "../../src/auth";
import { loadConfig, type GatewayConfig } from "../../src/config";
import type { QueryCompilation } from "../../src/performance/compiled-execution";
import { startGateway } from "../../src/server";

/** The date every gateway test runs on, so that lifecycle and offer rules give fixed answers. */
export const TEST_TODAY = "2026-11-25";

export type DemoUserKey = keyof typeof DEMO_USERS;

export interface GraphQLResponse<Data = Record<string, any>> {
  status: number;
  headers: Headers;
  data: Data | null | undefined;
  errors: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }> | undefined;
  extensions: Record<string, any> | undefined;
}

export interface TestGateway {
  url: string;
  graphqlUrl: string;
  config: GatewayConfig;
  /** The gateway's own database (for tests that check or arrange rows directly, e.g. a deleted user). */
  database: TestDatabase;
  /** Bearer token of a demo user. */
  token(user: DemoUserKey): Promise<string>;
  /** POSTs a GraphQL operation, as a demo user (or anonymous with `as: null`). */
  gql<Data = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: DemoUserKey | null; token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/**
 * A real gateway on a free loopback port, on a fresh database (PGlite in memory, or a brand-new
 * PostgreSQL database when DATABASE_URL is set), migrated and seeded with the demo data.
 */
export async function startTestGateway(
  options: {
    today?: string;
    /** Date the demo data is seeded for (default: `today`); set it earlier to run later in the data's life (e.g. expired contracts). */
    seedToday?: string;
    config?: Partial<GatewayConfig>;
    env?: NodeJS.ProcessEnv;
    /** A schema built by the test (to look at what serving it did to it); default: the gateway's. */
    schema?: GraphQLSchema;
    /** Connections of the PostgreSQL pool (one: every statement runs, and is prepared, in one session). */
    poolSize?: number;
    /** When query documents are compiled (default: at their first run). */
    queryCompilation?: QueryCompilation;
  } = {},
): Promise<TestGateway> {
  const today = options.today ?? TEST_TODAY;
  const database = await createTestDatabase({
    seed: { today: options.seedToday ?? today },
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
  });
  const config = loadConfig(
    { NODE_ENV: "test", LOG_LEVEL: process.env.LOG_LEVEL ?? "silent", ...options.env },
    { port: 0, host: "127.0.0.1", ...options.config },
  );
  // Every query compiled from its first run, so that every test checks the compiled execution
  // (mutations run through graphql-js anyway; compiled-execution.test.ts compares both).
  const gateway = await startGateway({
    config,
    database,
    today: () => today,
    schema: options.schema,
    queryCompilation: options.queryCompilation ?? { after: 0 },
  });
  const tokens = new Map<DemoUserKey, string>();
  const token = async (user: DemoUserKey) => {
    let value = tokens.get(user);
    if (!value) {
      value = await signDevToken(config.auth, DEMO_USERS[user].id);
      tokens.set(user, value);
    }
    return value;
  };
  return {
    url: gateway.url,
    graphqlUrl: gateway.graphqlUrl,
    config,
    database,
    token,
    async gql(query, variables, requestOptions = {}) {
      const headers: Record<string, string> = { "content-type": "application/json", ...requestOptions.headers };
      const bearer = requestOptions.token ?? (requestOptions.as ? await token(requestOptions.as) : undefined);
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      const response = await fetch(gateway.graphqlUrl, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any; extensions?: any };
      return {
        status: response.status,
        headers: response.headers,
        data: body.data,
        errors: body.errors,
        extensions: body.extensions,
      };
    },
    async stop() {
      await gateway.stop();
      await database.close();
    },
  };
}
