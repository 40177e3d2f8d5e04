import "reflect-metadata";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import { createTokenVerifier, signDevToken } from "./auth";
import { finalErrorHandler, notFoundHandler } from "./http/not-found";
import { rejectDeepBodies } from "./http/request-shape";
import { retryAfterOnRefusals } from "./http/retry-after";
import { createHttpServer } from "./http/server-timeouts";
import { applyTrustProxy } from "./http/trust-proxy";
import type { GatewayConfig } from "./config";
import { createContextFactory, type GatewayContext } from "./context";
import type { AppDatabase } from "./database";
import { formatError, requestIdPlugin } from "./error-masking";
import { ErrorCode } from "./errors";
import { costLimitPlugin, shapeLimits } from "./limits";
import { createLogger } from "./logger";
import { operationGuardPlugin } from "./operation-guard";
import { auditFailedMutationCalls, mutationAuditPlugin } from "./audit/mutation-audit";
import { responseCachePlugin } from "./performance/response-cache";
import { sqlStatementsPlugin } from "./performance/sql-statements";
import { stringifyResult } from "./performance/serialized-result";
import { loadPersistedDocuments, persistedDocumentsOnly } from "./persisted-documents";
import {
  READINESS_TIMEOUT_MS,
  rethrowIfUnavailable,
  RETRY_AFTER_SECONDS,
  serviceUnavailablePlugin,
  withTimeout,
} from "./reliability/service-unavailable";
import { corsMiddleware } from "./http/cors";
import { explorerSession } from "./explorer/explorer-session";
import { GRAPHIQL_PATH, graphiqlRouter } from "./explorer/graphiql-page";
import { sandboxLandingPage } from "./explorer/sandbox-landing-page";
import { buildGatewaySchema } from "./schema";
import { compiledExecutionGateway, type QueryCompilation } from "./performance/compiled-execution";
import { listDevAccounts } from "./users/dev-accounts";
import { findUserIdByEmail } from "./users/user.queries";

export interface GatewayOptions {
  config: GatewayConfig;
  database: AppDatabase;
  /** Today's date for business rules; injected so tests can pin it. */
  today?: () => string;
  schema?: GraphQLSchema;
  /** When query documents are compiled (see `compiled-execution.ts`; tests compile at once). */
  queryCompilation?: QueryCompilation;
}

export interface RunningGateway {
  url: string;
  graphqlUrl: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A GraphQL string escape that decodes to U+0000 (`\u0000`, `\u{0}`). */
const NUL_ESCAPE = /\\u(?:0{4}|\{0+\})/i;

/**
 * True when a string anywhere in a parsed JSON value (keys included) contains U+0000. Deeper than
 * 64 levels it stops looking: no input type of the schema nests that deep, so such a value fails
 * GraphQL coercion anyway.
 */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 64 || value === null || typeof value !== "object") return false;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\u0000") || containsNul(item, depth + 1)) return true;
  }
  return false;
}

/** Builds the HTTP app (health, readiness, dev tokens, GraphQL) and starts listening. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config, database } = options;
  const logger = createLogger(config.logLevel);
  const schema = auditFailedMutationCalls(options.schema ?? (await buildGatewaySchema()));
  const app = express();
  // No ETag: GraphQL answers are POSTed and never revalidated, and hashing every body costs CPU.
  app.set("etag", false);
  applyTrustProxy(app, config.trustProxy);
  const httpServer = createHttpServer(app, config.httpTimeouts);
  const limits = shapeLimits(config.limits, config.introspection);

  const explorer = config.sandbox ? await explorerSession(config, database) : undefined;
  const landingPage = explorer ? sandboxLandingPage(explorer) : ApolloServerPluginLandingPageDisabled();

  const apollo = new ApolloServer<GatewayContext>({
    gateway: compiledExecutionGateway(schema, options.queryCompilation),
    introspection: config.introspection,
    csrfPrevention: true,
    // Compact JSON (Apollo pretty-prints by default), reusing the response cache's text of the data.
    stringifyResult,
    // main.ts owns SIGTERM/SIGINT (drain, close the database, exit 0). Apollo's own handlers would
    // start a second stop() that the first one waits on forever, until the 10 s forced exit (code 1).
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: limits.validationRules,
    formatError,
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationGuardPlugin(),
      // No @cacheControl hints here: Apollo's default cache-control plugin would only wrap every
      // field resolver (willResolveField) for nothing. No plugin here may use that hook: see
      // auditFailedMutationCalls.
      ApolloServerPluginCacheControlDisabled(),
      landingPage,
      requestIdPlugin(),
      serviceUnavailablePlugin(),
      mutationAuditPlugin(),
      costLimitPlugin(schema, config.limits),
      ...limits.plugins,
      ...(config.reportSqlStatements ? [sqlStatementsPlugin()] : []),
      ...(config.responseCacheMaxBytes > 0 ? [responseCachePlugin(config.responseCacheMaxBytes)] : []),
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use((req, res, next) => {
    const incoming = req.header("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    next();
  });
  app.use(retryAfterOnRefusals);

  // Before every route, so that preflights (OPTIONS) are answered here.
  if (config.corsOrigins.length > 0) app.use(corsMiddleware(config.corsOrigins));

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await withTimeout(database.ping(), READINESS_TIMEOUT_MS);
      res.json({ status: "ready", database: database.kind });
    } catch (error) {
      logger.warn({ err: error }, "readiness check failed");
      res.status(503).setHeader("retry-after", String(RETRY_AFTER_SECONDS)).json({ status: "unavailable" });
    }
  });

  if (explorer) app.use(GRAPHIQL_PATH, graphiqlRouter(explorer, { graphqlPath: "/graphql" }));

  if (config.auth.devTokens) {
    // Dev only (the built-in secret): lets the Sandbox and the admin console list the demo users and
    // sign in as one without ever shipping the secret to a browser.
    app.post("/dev/token", express.json({ limit: "2kb" }), async (req, res) => {
      const email = typeof req.body?.email === "string" ? req.body.email : "";
      const userId = await findUserIdByEmail(database.db, email);
      if (!userId) {
        res.status(404).json({ error: "No such user" });
        return;
      }
      res.json({ token: await signDevToken(config.auth, userId) });
    });
    app.get("/dev/users", async (_req, res) => {
      res.json({ users: await listDevAccounts(database.db) });
    });
  }

  const createContext = createContextFactory({
    database,
    verifier: createTokenVerifier(config.auth),
    logger,
    limits: config.limits,
    today: options.today ?? isoToday,
    reportSqlStatements: config.reportSqlStatements,
  });

  const safelist = config.persistedDocumentsFile ? [persistedDocumentsOnly(loadPersistedDocuments(config.persistedDocumentsFile))] : [];
  app.use(
    "/graphql",
    express.json({ limit: config.maxBodyBytes }),
    rejectDeepBodies,
    rejectNulCharacters,
    ...safelist,
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext({
          authorization: req.header("authorization"),
          requestId: String(res.locals.requestId),
          clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
        }).catch((error: unknown) => rethrowIfUnavailable(error, String(res.locals.requestId))),
    }),
  );

  // PostgreSQL text cannot hold U+0000: refuse it up front (in the query or any variable) instead
  // of letting it fail deep in a write as an internal error.
  function rejectNulCharacters(req: express.Request, res: express.Response, next: express.NextFunction) {
    const query = typeof req.body?.query === "string" ? req.body.query : "";
    if (!containsNul(req.body) && !containsNul(req.query) && !NUL_ESCAPE.test(query)) {
      next();
      return;
    }
    res.status(400).json({
      errors: [
        {
          message: "Strings may not contain the NUL character (U+0000)",
          extensions: { code: ErrorCode.BAD_USER_INPUT, requestId: res.locals.requestId },
        },
      ],
    });
  }

  // Body parser failures (oversized or malformed JSON) answer in the GraphQL error shape.
  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    const status = typeof error?.status === "number" ? error.status : 500;
    if (status >= 500) {
      next(error);
      return;
    }
    const message =
      error?.type === "entity.too.large"
        ? `Request body exceeds the maximum of ${config.maxBodyBytes} bytes`
        : "Request body is not valid JSON";
    res.status(status).json({
      errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, requestId: res.locals.requestId } }],
    });
  };
  app.use(bodyErrors);
  app.use(notFoundHandler);
  app.use(finalErrorHandler(logger));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  logger.info({ url: `${url}/graphql`, database: database.kind }, "gateway ready");

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    port,
    async stop() {
      await apollo.stop();
    },
  };
}
