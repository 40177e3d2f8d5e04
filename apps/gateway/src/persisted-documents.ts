import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { RequestHandler } from "express";
import { ErrorCode } from "./errors";

/** The SDK's manifest (hash -> document), as emitted by GraphQL Code Generator. */
export type PersistedDocuments = ReadonlyMap<string, string>;

export function loadPersistedDocuments(file: string): PersistedDocuments {
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  return new Map(Object.entries(manifest));
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Safelist mode: only documents of the manifest run. A client may send the full document (it must
 * hash to a manifest entry) or only its hash (`documentId` or `extensions.persistedQuery`).
 */
export function persistedDocumentsOnly(documents: PersistedDocuments): RequestHandler {
  const known = new Set(documents.values());
  return (req, res, next) => {
    if (req.method !== "POST") return next();
    const body = req.body as Record<string, any> | undefined;
    if (body && typeof body === "object" && !Array.isArray(body)) {
      const hash = body.documentId ?? body.extensions?.persistedQuery?.sha256Hash;
      if (typeof body.query !== "string" && typeof hash === "string") {
        const document = documents.get(hash);
        if (document) body.query = document;
      }
      if (body.extensions?.persistedQuery) delete body.extensions.persistedQuery;
      delete body.documentId;
      if (typeof body.query === "string" && (known.has(body.query) || documents.has(sha256(body.query)))) return next();
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
