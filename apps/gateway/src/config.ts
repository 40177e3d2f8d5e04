import { DEV_CONSOLE_ORIGINS, parseCorsOrigins } from "./http/cors-origins";

/** Gateway configuration, read once from the environment; every value has a safe default for dev. */
export interface GatewayConfig {
  port: number;
  host: string;
  /** Unset: embedded PGlite. */
  databaseUrl: string | undefined;
  /** PGlite data folder for `pnpm start`; undefined = in memory. */
  pgliteDataDir: string | undefined;
  auth: {
    /** HS256 secret (dev). Ignored when jwksUrl is set. */
    jwtSecret: string;
    /** Production: verify RS/ES tokens against this JWKS. */
    jwksUrl: string | undefined;
    issuer: string;
    audience: string;
    /** True while the secret is the built-in dev one: enables the dev token endpoint. */
    devTokens: boolean;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  const production = env.NODE_ENV === "production";
  const jwtSecret = env.JWT_SECRET ?? DEV_JWT_SECRET;
  if (production && jwtSecret === DEV_JWT_SECRET && !env.JWKS_URL) {
    throw new Error("JWT_SECRET or JWKS_URL must be set in production");
  }
  const config: GatewayConfig = {
    port: int(env.PORT, 4000),
    host: env.HOST ?? "127.0.0.1",
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDataDir: env.PGLITE_DATA_DIR || undefined,
    auth: {
      jwtSecret,
      jwksUrl: env.JWKS_URL || undefined,
      issuer: env.JWT_ISSUER ?? "support-hub",
      audience: env.JWT_AUDIENCE ?? "support-hub-api",
      devTokens: jwtSecret === DEV_JWT_SECRET && !env.JWKS_URL && !production,
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
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS, production ? [] : DEV_CONSOLE_ORIGINS),
  };
  return { ...config, ...overrides };
}
