import cors from "cors";
import type { RequestHandler } from "express";

/**
 * Request headers a browser client may send cross-origin: the bearer token, JSON, idempotency
 * keys (the IETF draft's `Idempotency-Key`), request ids for tracing, `Cache-Control: no-cache`
 * (recompute a cached answer) and Apollo's CSRF-prevention header.
 */
const ALLOWED_HEADERS = ["Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id", "Cache-Control", "Apollo-Require-Preflight"];

/** Response headers a cross-origin script may read. */
const EXPOSED_HEADERS = ["X-Request-Id", "X-Response-Cache", "Retry-After"];

/**
 * CORS for browser clients on the listed origins (the `cors` package: preflight, `Vary: Origin`).
 * Other origins get no CORS headers at all, so the browser withholds the response; no cookies are
 * involved (credentials stay off), since authentication is the Authorization header.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}
