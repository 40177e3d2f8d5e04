import type { Express } from "express";

/**
 * Express's `trust proxy`: which hops may say who the client is (`X-Forwarded-For`), so that
 * `req.ip`, and with it the per-address link throttle, sees the client and not the balancer.
 * Untrusted by default: anyone could otherwise claim any address in that header.
 */
export function applyTrustProxy(app: Express, value: boolean | number | string): void {
  try {
    app.set("trust proxy", value);
  } catch (error) {
    throw new Error(`TRUST_PROXY "${String(value)}" is not valid: ${(error as Error).message}`);
  }
}
