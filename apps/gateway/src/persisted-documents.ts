import { readFileSync } from "node:fs";
import type { RequestHandler } from "express";
import { ErrorCode } from "./errors";

/** The SDK's manifest (hash -> document), as emitted by GraphQL Code Generator. */
export type PersistedDocuments = ReadonlyMap<string, string>;

export function loadPersistedDocuments(file: string): PersistedDocuments {
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  return new Map(Object.entries(manifest));
}

/**
 * Safelist mode: only documents of the manifest run. A client sends the document's hash
 * (`documentId`, or `extensions.persistedQuery.sha256Hash`) and the gateway runs the manifest's
 * text for it; a raw query runs only if it is, to the character, a manifest document.
 */
/** What a request body may carry that this guard reads (anything else passes through untouched). */
interface PersistedRequestBody {
  documentId?: unknown;
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

export function persistedDocumentsOnly(documents: PersistedDocuments): RequestHandler {
  const known = new Set(documents.values());
  return (req, res, next) => {
    if (req.method !== "POST") return next();
    const body = req.body as PersistedRequestBody | undefined;
    if (body && typeof body === "object" && !Array.isArray(body)) {
      const hash = body.documentId ?? body.extensions?.persistedQuery?.sha256Hash;
      const document = typeof hash === "string" ? documents.get(hash) : undefined;
      if (document) body.query = document;
      if (body.extensions?.persistedQuery) delete body.extensions.persistedQuery;
      delete body.documentId;
      if (typeof body.query === "string" && (document !== undefined || known.has(body.query))) return next();
    }
    res.status(400).json({
      errors: [
        {
          message: "This gateway accepts only the persisted documents of the Support Hub SDK",
          extensions: { code: ErrorCode.BAD_USER_INPUT, reason: "PERSISTED_DOCUMENT_REQUIRED" },
        },
      ],
    });
  };
}
