import { type QueryCallOptions, hasIdempotencyKey, operationKind, operationName, type TypedDocument } from "./request.js";
import { createTransport, type RetryOptions } from "./transport.js";

/** How to reach and authenticate against a Support Hub gateway. */
export interface SupportHubClientOptions {
  /** GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** A fixed bearer token. */
  token?: string | undefined;
  /** Called before every request (e.g. to refresh a token); wins over `token`. */
  getToken?: (() => string | undefined | Promise<string | undefined>) | undefined;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof globalThis.fetch | undefined;
  /** Retries for network failures, 429 and 503, on queries and idempotent mutations; `false` disables. */
  retry?: RetryOptions | false | undefined;
  /** Per-attempt timeout in ms (default 30000); a call's `timeoutMs` option overrides it. */
  timeoutMs?: number | undefined;
  /** Send only the persisted-document hash instead of the query text (for gateways in safelist mode). */
  persistedDocuments?: boolean | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
}

/**
 * The transport alone: what the per-operation functions (`viewer(core)`, `incidents(core, ...)`)
 * need. A bundle built on it carries only the documents of the operations it calls.
 */
export interface SupportHubCore {
  /** Runs any generated document (or your own typed document) and returns its `data`. */
  request<Result, Variables>(
    document: TypedDocument<Result, Variables>,
    variables?: Variables,
    options?: QueryCallOptions,
  ): Promise<Result>;
}

/**
 * Creates the transport alone, for tree-shaken bundles:
 * `import { createSupportHubCore, viewer } from "@support-hub/sdk"; await viewer(createSupportHubCore({ url, token }))`.
 */
export function createSupportHubCore(options: SupportHubClientOptions): SupportHubCore {
  const transport = createTransport({
    url: options.url,
    getToken: options.getToken ?? (() => options.token),
    fetch: options.fetch,
    retry: options.retry,
    timeoutMs: options.timeoutMs,
    headers: options.headers,
  });
  return {
    async request<Result, Variables>(document: TypedDocument<Result, Variables>, variables?: Variables, call: QueryCallOptions = {}) {
      const source = document.toString();
      const kind = operationKind(source);
      const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
      return (await transport.send(source, variables ?? {}, {
        signal: call.signal,
        timeoutMs: call.timeoutMs,
        idempotent: kind === "query" || hasIdempotencyKey(variables),
        operationName: operationName(source),
        documentId: options.persistedDocuments ? hash : undefined,
      })) as Result;
    },
  };
}
