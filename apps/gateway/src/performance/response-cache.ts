import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from "@apollo/server";
import type { GatewayContext } from "../context";
import { ComputationsUnderWay } from "./computations-under-way";
import { entryKey, ResponseStore } from "./response-store";
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
 * A miss on an entry that another request is computing waits for that answer (`coalesced` in the
 * header) instead of computing it again: see `ComputationsUnderWay`.
 * The cache is bounded by the memory of the results (least recently used go first) and holds
 * the current data version only (see `ResponseStore`).
 */
export function responseCachePlugin(maxBytes: number): ApolloServerPlugin<GatewayContext> {
  const store = new ResponseStore(maxBytes);
  const underWay = new ComputationsUnderWay();
  /** Per request (its context) computing an entry others may wait for: publishes its answer. */
  const publishers = new WeakMap<object, (text: string | undefined) => void>();
  return {
    // A plugin hook threw: no willSendResponse will come, and the waiting requests must not wait forever.
    async unexpectedErrorProcessingRequest({ requestContext }) {
      publishers.get(requestContext.contextValue)?.(undefined);
    },
    async requestDidStart() {
      let key: string | undefined;
      let viewerId = "";
      let version = "";
      let answer: "hit" | "coalesced" | "miss" = "miss";
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
          const entry = entryKey(viewerId, version, key);
          if (!noCache) {
            const cached = store.get(viewerId, version, key);
            if (cached !== undefined) return answerWith(cached, "hit");
            const computing = underWay.pending(entry);
            const shared = computing && (await computing);
            if (shared !== undefined) return answerWith(shared, "coalesced");
            if (computing) return null; // that answer was not shareable (errors...): compute our own
          }
          // Settled in willSendResponse, which Apollo also calls after an execution error.
          const publish = underWay.start(entry);
          if (publish) publishers.set(contextValue, publish);
          return null;
        },
        async willSendResponse({ response, contextValue }) {
          if (key === undefined) return;
          response.http.headers.set(RESPONSE_CACHE_HEADER, answer);
          if (answer !== "miss") return;
          let text: string | undefined;
          try {
            if (response.body.kind !== "single" || contextValue.uncacheable) return;
            const { data, errors } = response.body.singleResult;
            if (errors?.length || !data) return;
            text = store.set(viewerId, version, key, data);
            rememberDataText(data, text);
          } finally {
            publishers.get(contextValue)?.(text);
          }
        },
      };

      function answerWith(text: string, how: "hit" | "coalesced"): GraphQLResponse {
        answer = how;
        return {
          http: { status: undefined, headers: new HeaderMap() },
          body: { kind: "single", singleResult: { data: dataFromText(text) } },
        };
      }
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
