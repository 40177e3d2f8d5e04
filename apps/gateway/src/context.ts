import type { Role } from "@support-hub/domain";
import type { AccountKind, IsoDate } from "@support-hub/domain";
import { LRUCache } from "lru-cache";
import { bearerToken, type TokenVerifier } from "./auth";
import type { QueryLimits } from "./config";
import type { AppDatabase, Db } from "./database";
import { unauthenticated } from "./errors";
import { createLoaders, type Loaders } from "./loaders";
import type { Logger } from "./logger";
import { FreshBatches } from "./performance/fresh-batches";
import { countingDb, type SqlStatementCounter } from "./performance/sql-statements";
import { type LoadedViewer, loadViewer, loadViewers } from "./users/user.queries";

/** The signed-in account, with roles read from the database on every request. */
export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  accountKind: AccountKind;
  organizationId: string | null;
  mpnAssociated: boolean;
  cspAssociated: boolean;
  roles: Role[];
}

/** Per-request state handed to every resolver. */
export interface GatewayContext {
  requestId: string;
  /** The caller's network address (for throttling guesses per client). */
  clientAddress: string;
  logger: Logger;
  db: Db;
  /**
   * The gateway's database without this request's plugins: for statements that serve several
   * requests at once (see `FreshBatches`). Its statements are not counted in `sqlStatements`.
   */
  sharedDb: Db;
  viewer: Viewer | null;
  /**
   * The versions of the data the viewer can read, read together with the viewer (null when
   * anonymous): any committed change to that data moves them, a change elsewhere does not, so
   * they key the response cache (see `loadViewer`).
   */
  dataVersion: string | null;
  /** Set by resolvers whose answer no data version covers (the audit log): not cached. */
  uncacheable?: boolean;
  /** The as-of date for business rules when the caller gives none. */
  today: IsoDate;
  limits: QueryLimits;
  loaders: Loaders;
  /** Set when `REPORT_SQL_STATEMENTS` is on: statements this request ran (reported in `extensions`). */
  sqlStatements?: SqlStatementCounter;
}

export interface ContextDependencies {
  database: AppDatabase;
  verifier: TokenVerifier;
  logger: Logger;
  limits: QueryLimits;
  today: () => IsoDate;
  /** Count each request's SQL statements (`REPORT_SQL_STATEMENTS`). */
  reportSqlStatements?: boolean;
}

/** Builds the context; an invalid token or a deleted user fails the whole request with 401. */
export function createContextFactory(deps: ContextDependencies) {
  const viewers = viewerSource(deps.database);
  return async ({
    authorization,
    requestId,
    clientAddress,
  }: {
    authorization: string | undefined;
    requestId: string;
    clientAddress: string;
  }) => {
    const logger = deps.logger.child({ requestId });
    const counting = deps.reportSqlStatements ? countingDb(deps.database.db) : undefined;
    const db = counting?.db ?? deps.database.db;
    let viewer: Viewer | null = null;
    let dataVersion: string | null = null;
    const token = bearerToken(authorization);
    if (token) {
      const claims = await deps.verifier.verify(token);
      ({ viewer, dataVersion } = await viewers.load(db, claims.userId, counting?.counter));
    }
    const context: GatewayContext = {
      requestId,
      clientAddress,
      logger,
      db,
      sharedDb: deps.database.db,
      viewer,
      dataVersion,
      today: deps.today(),
      limits: deps.limits,
      loaders: createLoaders(db),
      ...(counting ? { sqlStatements: counting.counter } : {}),
    };
    if (viewer) context.loaders.rolesOfUser.prime(viewer.id, [...viewer.roles].sort());
    return context;
  };
}

/**
 * Where the signed-in account and its data versions come from. PostgreSQL: a statement sent after
 * the request arrived (other processes write, so only the database knows the versions), shared by
 * the requests that arrived while the previous one was out (`FreshBatches`): under load one round
 * trip serves many requests, and none is answered from a read older than itself. PGlite: this process
 * is the only writer and counts its writes without a query, so an account and its versions loaded
 * at count C are reused until the count moves: a request answered from the response cache then
 * runs no SQL. The count is read before the account, so a cached account is never older than it;
 * for the same reason a load under way at the current count is as good as a fresh one.
 */
function viewerSource(database: AppDatabase) {
  const local = database.localDataVersion;
  const fromDatabase = async (db: Db, userId: string) => {
    const loaded = await loadViewer(db, userId);
    if (!loaded) throw unauthenticated("The account of this token no longer exists");
    return loaded;
  };
  if (!local) {
    const batches = new FreshBatches<string, LoadedViewer>(async (ids) => {
      const loaded = await loadViewers(database.db, ids);
      // Requests of one account in one batch share its objects.
      for (const { viewer } of loaded.values()) {
        Object.freeze(viewer.roles);
        Object.freeze(viewer);
      }
      return loaded;
    });
    return {
      async load(_db: Db, userId: string, counter?: SqlStatementCounter): Promise<LoadedViewer> {
        const loaded = await batches.load(userId.toLowerCase());
        // The statement ran for this request too, whoever else it served.
        if (counter) counter.count += 1;
        if (!loaded) throw unauthenticated("The account of this token no longer exists");
        return loaded;
      },
    };
  }
  const cache = new LRUCache<string, { writes: number } & LoadedViewer>({ max: 10_000 });
  // Requests that find the account stale at the same count share one load: right after a write,
  // every request in flight used to run the same statement (PGlite runs them one at a time).
  const loading = new Map<string, Promise<LoadedViewer>>();
  return {
    // Statements run on the request's `db`, which counts them itself.
    load(db: Db, userId: string, _counter?: SqlStatementCounter): Promise<LoadedViewer> {
      const writes = local();
      const hit = cache.get(userId);
      if (hit && hit.writes === writes) return Promise.resolve(hit);
      const key = `${writes} ${userId}`;
      let pending = loading.get(key);
      if (!pending) {
        pending = fromDatabase(db, userId)
          .then(({ viewer, dataVersion }) => {
            Object.freeze(viewer.roles);
            const loaded = { viewer: Object.freeze(viewer), dataVersion };
            cache.set(userId, { writes, ...loaded });
            return loaded;
          })
          .finally(() => loading.delete(key));
        loading.set(key, pending);
      }
      return pending;
    },
  };
}
