import { DEFAULT_POSTGRES_POOL_SIZE, DEFAULT_POSTGRES_TIMEOUTS, type PostgresTimeouts } from "@support-hub/db";
import { DEV_CONSOLE_ORIGINS, parseCorsOrigins } from "./http/cors-origins";

/** Gateway configuration, read once from the environment; every value has a safe default for dev. */
export interface GatewayConfig {
  port: number;
  host: string;
  /** Unset: embedded PGlite. */
  databaseUrl: string | undefined;
  /** PGlite data folder for `pnpm start`; undefined = in memory. */
  pgliteDataDir: string | undefined;
  /** PostgreSQL only: connect, acquire, statement, query and idle-in-transaction timeouts (`DB_*_TIMEOUT_MS`). */
  databaseTimeouts: PostgresTimeouts;
  /** PostgreSQL only: connections the gateway keeps at most (`DB_POOL_SIZE`, default `DEFAULT_POSTGRES_POOL_SIZE`, 10). */
  databasePoolSize: number;
  auth: {
    /** HS256 secret (dev). Ignored when jwksUrl is set. */
    jwtSecret: string;
    /** Production: verify RS/ES tokens against this JWKS. */
    jwksUrl: string | undefined;
    issuer: string;
    audience: string;
    /** True while the secret is the built-in dev one: enables the dev token endpoint. */
    devTokens: boolean;
    /** Oldest token accepted, in seconds since its `iat` (`JWT_MAX_AGE`, default 24h; 30d with the dev secret); every token must also carry `exp`. */
    maxTokenAgeSeconds: number;
  };
  introspection: boolean;
  /** Apollo Sandbox landing page on GET /graphql. */
  sandbox: boolean;
  /** Seed demo data on start. */
  seedDemoData: boolean;
  limits: QueryLimits;
  /** Maximum request body size accepted, in bytes. */
  maxBodyBytes: number;
  logLevel: string;
  /** When set, only the documents of this SDK manifest (persisted-documents.json) are executed. */
  persistedDocumentsFile: string | undefined;
  /** Count the SQL statements of each request and report them in `extensions.sqlStatements` (off by default). */
  reportSqlStatements: boolean;
  /** Browser origins allowed to call the API cross-origin (`CORS_ORIGINS`); empty: no CORS headers. */
  corsOrigins: string[];
  /** Memory for cached query results, in bytes (`RESPONSE_CACHE_MAX_MB`, default 32; 0 turns the cache off). */
  responseCacheMaxBytes: number;
  /** Express's `trust proxy` (`TRUST_PROXY`): which proxies may name the client in `X-Forwarded-For`. Default false. */
  trustProxy: boolean | number | string;
  /** HTTP server timeouts in milliseconds: headers received, whole request received, idle keep-alive. */
  httpTimeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxPageSize: number;
}

export const DEV_JWT_SECRET = "support-hub-dev-secret-change-me-in-production";

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 10,
  maxCost: 5000,
  maxPageSize: 100,
};

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`Expected a positive integer, got "${value}"`);
  return parsed;
}

/** Connections to PostgreSQL (`DB_POOL_SIZE`), 1 to 1000. */
function poolSize(value: string | undefined): number {
  const size = int(value, DEFAULT_POSTGRES_POOL_SIZE);
  if (size > 1000) throw new Error(`DB_POOL_SIZE must be at most 1000, got "${value}"`);
  return size;
}

/** A duration in milliseconds; 0 turns the timeout off. */
function millis(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`Expected a duration in milliseconds (0 or more), got "${value}"`);
  return parsed;
}

function megabytes(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback * 1024 * 1024;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`Expected a size in MB (0 or more), got "${value}"`);
  return Math.floor(parsed * 1024 * 1024);
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return ["1", "true", "yes", "on"].includes(value.toLowerCase());
}

/** `90`, `90s`, `15m`, `12h` or `7d`, in seconds. */
function duration(value: string | undefined, fallbackSeconds: number): number {
  if (value === undefined || value === "") return fallbackSeconds;
  const match = /^(\d+)\s*([smhd]?)$/.exec(value.trim());
  const units: Record<string, number> = { "": 1, s: 1, m: 60, h: 3600, d: 86_400 };
  const unit = units[match?.[2] ?? ""];
  if (!match || unit === undefined || Number(match[1]) <= 0) throw new Error(`Expected a duration such as 900, 15m or 24h, got "${value}"`);
  return Number(match[1]) * unit;
}

/** Express's `trust proxy` values: true/false, a hop count, or a comma-separated list of addresses, CIDRs and names (`loopback`). */
function trustProxy(value: string | undefined): boolean | number | string {
  const trimmed = (value ?? "").trim();
  if (trimmed === "" || trimmed.toLowerCase() === "false") return false;
  if (trimmed.toLowerCase() === "true") return true;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** An HS256 secret shorter than the hash (32 bytes) can be brute-forced from any token it signed. */
const MIN_JWT_SECRET_BYTES = 32;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  const production = env.NODE_ENV === "production";
  // An empty JWT_SECRET is unset: in production it must not start, in dev it is the dev secret.
  const jwtSecret = env.JWT_SECRET || DEV_JWT_SECRET;
  if (production && !env.JWKS_URL) {
    if (jwtSecret === DEV_JWT_SECRET) throw new Error("JWT_SECRET or JWKS_URL must be set in production");
    if (Buffer.byteLength(jwtSecret, "utf8") < MIN_JWT_SECRET_BYTES) {
      throw new Error(`JWT_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes in production (use JWKS_URL for asymmetric keys)`);
    }
  }
  const config: GatewayConfig = {
    port: int(env.PORT, 4000),
    host: env.HOST ?? "127.0.0.1",
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDataDir: env.PGLITE_DATA_DIR || undefined,
    databasePoolSize: poolSize(env.DB_POOL_SIZE),
    databaseTimeouts: {
      connectMs: millis(env.DB_CONNECT_TIMEOUT_MS, DEFAULT_POSTGRES_TIMEOUTS.connectMs),
      acquireMs: millis(env.DB_ACQUIRE_TIMEOUT_MS, DEFAULT_POSTGRES_TIMEOUTS.acquireMs),
      statementMs: millis(env.DB_STATEMENT_TIMEOUT_MS, DEFAULT_POSTGRES_TIMEOUTS.statementMs),
      queryMs: millis(env.DB_QUERY_TIMEOUT_MS, DEFAULT_POSTGRES_TIMEOUTS.queryMs),
      idleMs: millis(env.DB_IDLE_TIMEOUT_MS, DEFAULT_POSTGRES_TIMEOUTS.idleMs),
      idleInTransactionMs: millis(env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, DEFAULT_POSTGRES_TIMEOUTS.idleInTransactionMs),
    },
    auth: {
      jwtSecret,
      jwksUrl: env.JWKS_URL || undefined,
      issuer: env.JWT_ISSUER ?? "support-hub",
      audience: env.JWT_AUDIENCE ?? "support-hub-api",
      devTokens: jwtSecret === DEV_JWT_SECRET && !env.JWKS_URL && !production,
      // With the dev secret, the Sandbox's built-in token (30 days) must outlive a long `pnpm dev`.
      maxTokenAgeSeconds: duration(env.JWT_MAX_AGE, (jwtSecret === DEV_JWT_SECRET ? 30 : 1) * 86_400),
    },
    introspection: bool(env.INTROSPECTION, !production),
    sandbox: bool(env.SANDBOX, !production),
    seedDemoData: bool(env.SEED_DEMO_DATA, !production),
    limits: {
      maxDepth: int(env.LIMIT_MAX_DEPTH, DEFAULT_LIMITS.maxDepth),
      maxAliases: int(env.LIMIT_MAX_ALIASES, DEFAULT_LIMITS.maxAliases),
      maxTokens: int(env.LIMIT_MAX_TOKENS, DEFAULT_LIMITS.maxTokens),
      maxDirectives: int(env.LIMIT_MAX_DIRECTIVES, DEFAULT_LIMITS.maxDirectives),
      maxCost: int(env.LIMIT_MAX_COST, DEFAULT_LIMITS.maxCost),
      maxPageSize: DEFAULT_LIMITS.maxPageSize,
    },
    maxBodyBytes: int(env.MAX_BODY_BYTES, 100_000),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    persistedDocumentsFile: env.PERSISTED_DOCUMENTS_FILE || undefined,
    reportSqlStatements: bool(env.REPORT_SQL_STATEMENTS, false),
    responseCacheMaxBytes: megabytes(env.RESPONSE_CACHE_MAX_MB, 32),
    trustProxy: trustProxy(env.TRUST_PROXY),
    httpTimeouts: httpTimeouts(env),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS, production ? [] : DEV_CONSOLE_ORIGINS),
  };
  return { ...config, ...overrides };
}

function httpTimeouts(env: NodeJS.ProcessEnv): GatewayConfig["httpTimeouts"] {
  const timeouts = {
    headersMs: int(env.HTTP_HEADERS_TIMEOUT_MS, 10_000),
    requestMs: int(env.HTTP_REQUEST_TIMEOUT_MS, 30_000),
    keepAliveMs: int(env.HTTP_KEEP_ALIVE_TIMEOUT_MS, 5_000),
  };
  // Node refuses a request deadline shorter than the headers deadline.
  if (timeouts.requestMs < timeouts.headersMs) throw new Error("HTTP_REQUEST_TIMEOUT_MS must be at least HTTP_HEADERS_TIMEOUT_MS");
  return timeouts;
}
