import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from "@apollo/server";
import type { GatewayContext } from "../context";
import { ResponseStore } from "./response-store";
import { dataFromText, rememberDataText } from "./serialized-result";

/** Response header telling whether a query was answered from the response cache. */
export const RESPONSE_CACHE_HEADER = "x-response-cache";

/**
 * Caches the results of signed-in queries in memory, per user, keyed by the data versions read
 * with the viewer (see `loadViewer` and the `data_scope_versions` migration), today's date, the
 * document and its variables. Any committed write, by this process or another one, to data the
 * viewer can read moves one of those versions, so an answer is served from cache only while the
 * data it was computed from is still current: no expiry to tune, no stale read after a mutation.
 * A write in another organization (or an audit row) moves none of them: the answer stays cached.
 *
 * What is never cached: mutations, anonymous requests, any response with errors (a refusal is
 * recomputed, and audited, every time), and answers that read data no version covers (the audit
 * log: see {@link doNotCache}). Limits (depth, cost...) are checked before the lookup.
 * A request with `Cache-Control: no-cache` is computed afresh (and refreshes the entry), as in HTTP.
 * The cache is bounded by the memory of the results (least recently used go first) and holds
 * the current data version only (see `ResponseStore`).
 */
export function responseCachePlugin(maxBytes: number): ApolloServerPlugin<GatewayContext> {
  const store = new ResponseStore(maxBytes);
  return {
    async requestDidStart() {
      let key: string | undefined;
      let viewerId = "";
      let version = "";
      let hit = false;
      return {
        async responseForOperation({ contextValue, operation, request, queryHash }): Promise<GraphQLResponse | null> {
          const { viewer, dataVersion } = contextValue;
          // The operation guard refuses unresolved operations first; this stays safe without it.
          if (operation?.operation !== "query" || !viewer || dataVersion === null) return null;
          version = dataVersion;
          viewerId = viewer.id;
          key = cacheKey([contextValue.today, queryHash, request.operationName ?? null, request.variables ?? {}]);
          if (key === undefined) return null;
          const noCache = /\bno-cache\b/i.test(request.http?.headers.get("cache-control") ?? "");
          const cached = noCache ? undefined : store.get(viewerId, version, key);
          if (cached === undefined) return null;
          hit = true;
          const data = dataFromText(cached);
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: { data } } };
        },
        async willSendResponse({ response, contextValue }) {
          if (key === undefined) return;
          response.http.headers.set(RESPONSE_CACHE_HEADER, hit ? "hit" : "miss");
          if (hit || response.body.kind !== "single" || contextValue.uncacheable) return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          rememberDataText(data, store.set(viewerId, version, key, data));
        },
      };
    },
  };
}

/**
 * The entry's key, or undefined for variables that cannot be serialized (nesting deep enough to
 * overflow the stack, for instance): such a request is simply not cached.
 */
function cacheKey(parts: unknown[]): string | undefined {
  try {
    return JSON.stringify(parts);
  } catch {
    return undefined;
  }
}

/**
 * Marks this request's answer as not to be cached: for resolvers that read data no data version
 * covers (the audit log, which grows with every request, refused ones included).
 */
export function doNotCache(ctx: GatewayContext): void {
  ctx.uncacheable = true;
}
