import {
  errorFromAbort,
  errorFromResponse,
  type GraphQLErrorPayload,
  NetworkError,
  RateLimitedError,
  ServerError,
  ServiceUnavailableError,
  SupportHubError,
  TimeoutError,
} from "./errors.js";

/** Retry policy: only network failures, 429 and 503, and only for operations safe to repeat. */
export interface RetryOptions {
  /** Attempts after the first one. Default 2; 0 disables retries. */
  retries?: number;
  /** First backoff delay in ms, doubled each attempt, with full jitter. Default 200. */
  baseDelayMs?: number;
  /** Longest wait between attempts in ms; a longer `Retry-After` is not waited for. Default 10000. */
  maxDelayMs?: number;
}

export interface TransportOptions {
  url: string;
  getToken?: () => string | undefined | Promise<string | undefined>;
  fetch?: typeof globalThis.fetch;
  retry?: RetryOptions | false;
  timeoutMs?: number;
  headers?: Record<string, string>;
}

export interface SendOptions {
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms for this request, overriding the transport's. */
  timeoutMs?: number | undefined;
  /** Whether repeating this request is harmless (queries; mutations with an idempotency key). */
  idempotent: boolean;
  operationName?: string;
  /** Persisted-document hash: when set, only the hash is sent (`documentId`), not the text. */
  documentId?: string;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: GraphQLErrorPayload[];
  extensions?: Record<string, unknown>;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(errorFromAbort(signal));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(errorFromAbort(signal));
      },
      { once: true },
    );
  });

/** Sends GraphQL over HTTP POST with timeout, abort, typed errors and bounded retries. */
export function createTransport(options: TransportOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const retry = options.retry === false ? { retries: 0 } : (options.retry ?? {});
  const retries = retry.retries ?? 2;
  const baseDelayMs = retry.baseDelayMs ?? 200;
  const maxDelayMs = retry.maxDelayMs ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function attempt(query: string, variables: unknown, send: SendOptions): Promise<GraphQLResponseBody & { data: unknown }> {
    const token = await options.getToken?.();
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...options.headers,
    };
    if (token) headers.authorization = `Bearer ${token}`;
    const attemptTimeoutMs = send.timeoutMs ?? timeoutMs;
    const timeout = AbortSignal.timeout(attemptTimeoutMs);
    const signal = send.signal ? AbortSignal.any([send.signal, timeout]) : timeout;
    const body = JSON.stringify({
      ...(send.documentId ? { documentId: send.documentId } : { query }),
      variables: variables ?? {},
      ...(send.operationName ? { operationName: send.operationName } : {}),
    });
    let response: Response;
    try {
      response = await fetchImpl(options.url, { method: "POST", headers, body, signal });
    } catch (cause) {
      if (send.signal?.aborted) throw errorFromAbort(send.signal);
      if (timeout.aborted) throw new TimeoutError(`No answer within ${attemptTimeoutMs} ms`, "TIMEOUT", { cause });
      throw new NetworkError(`Could not reach ${options.url}`, "NETWORK_ERROR", { cause });
    }
    const requestId = response.headers.get("x-request-id") ?? undefined;
    let payload: GraphQLResponseBody;
    try {
      payload = (await response.json()) as GraphQLResponseBody;
    } catch (cause) {
      if (send.signal?.aborted) throw errorFromAbort(send.signal);
      if (response.status === 429) {
        throw new RateLimitedError("Too many requests", undefined, { status: 429, requestId });
      }
      throw new ServerError(`Unexpected response (HTTP ${response.status})`, "INTERNAL_SERVER_ERROR", {
        status: response.status,
        requestId,
        cause,
      });
    }
    const first = payload.errors?.[0];
    if (first) {
      throw errorFromResponse(first, {
        status: response.status,
        requestId,
        errors: payload.errors ?? [],
        data: payload.data,
        retryAfterHeader: response.headers.get("retry-after"),
      });
    }
    if (!response.ok) {
      throw new ServerError(`HTTP ${response.status}`, "INTERNAL_SERVER_ERROR", { status: response.status, requestId });
    }
    return { ...payload, data: payload.data };
  }

  function retryDelay(error: unknown, attemptNumber: number): number | undefined {
    if (!(error instanceof SupportHubError)) return undefined;
    const retriable =
      error instanceof NetworkError ||
      error instanceof RateLimitedError ||
      error instanceof ServiceUnavailableError ||
      error.status === 503;
    if (!retriable) return undefined;
    if ((error instanceof RateLimitedError || error instanceof ServiceUnavailableError) && error.retryAfter !== undefined) {
      const wait = error.retryAfter * 1000;
      return wait <= maxDelayMs ? wait : undefined;
    }
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** attemptNumber);
    return Math.random() * ceiling;
  }

  return {
    async send(query: string, variables: unknown, send: SendOptions): Promise<unknown> {
      for (let attemptNumber = 0; ; attemptNumber++) {
        try {
          return (await attempt(query, variables, send)).data;
        } catch (error) {
          const delay = send.idempotent && attemptNumber < retries ? retryDelay(error, attemptNumber) : undefined;
          if (delay === undefined) throw error;
          await sleep(delay, send.signal);
        }
      }
    },
  };
}
export type Transport = ReturnType<typeof createTransport>;
