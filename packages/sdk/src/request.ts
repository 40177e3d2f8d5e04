import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** A generated, typed document (documentMode "string": the document is its own source text). */
export type TypedDocument<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

/** Options of a single call. */
export interface CallOptions {
  /** Cancels the request (and any retry wait). */
  signal?: AbortSignal;
}

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
