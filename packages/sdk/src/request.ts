import type { DocumentTypeDecoration } from "./typed-document.js";

/** A generated, typed document (documentMode "string": the document is its own source text). */
export type TypedDocument<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

/**
 * Options of a single call, always the last argument of every method:
 * `client.viewer({ signal })`, `client.incidents({ first: 5 }, { timeoutMs: 2_000 })`.
 */
export interface CallOptions {
  /** Cancels the request (and any retry wait); the call then throws the SDK's `AbortError` (or `TimeoutError` for `AbortSignal.timeout()`). */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms for this call, overriding the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /**
   * Makes a mutation safe to retry: a repeat with the same key returns the first result and
   * consumes nothing more. Accepted only by mutations whose input takes one.
   */
  idempotencyKey?: string | undefined;
}

/** The call options of queries and of mutations without an idempotency key. */
export type QueryCallOptions = Omit<CallOptions, "idempotencyKey">;

/** `query`, `mutation` or `subscription`: the first definition of a generated document is its operation. */
export function operationKind(source: string): "query" | "mutation" | "subscription" {
  const match = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription)\b/.exec(source);
  return (match?.[1] as "query" | "mutation" | "subscription" | undefined) ?? "query";
}

/** The operation name, sent as `operationName` (handy in gateway logs). */
export function operationName(source: string): string | undefined {
  return /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/.exec(source)?.[1];
}

/** A mutation is safe to retry only when it carries an idempotency key. */
export function hasIdempotencyKey(variables: unknown): boolean {
  if (!variables || typeof variables !== "object") return false;
  const record = variables as Record<string, unknown>;
  if (typeof record.idempotencyKey === "string" && record.idempotencyKey.length > 0) return true;
  return hasIdempotencyKey(record.input);
}

/** The mutation input with the call's `idempotencyKey` (the one place callers give it). */
export function withIdempotencyKey<Input extends object>(
  input: Input,
  options: CallOptions | undefined,
): Input & { idempotencyKey?: string } {
  return options?.idempotencyKey ? { ...input, idempotencyKey: options.idempotencyKey } : input;
}
