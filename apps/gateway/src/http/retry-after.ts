import type { NextFunction, Request, Response } from "express";
import onHeaders from "on-headers";

/** What a 429 or 503 says when its producer gave no better estimate, in seconds. */
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

/**
 * Every 429 and 503 leaves with a `Retry-After` header, whoever produced it (a throttled
 * GraphQL mutation, a database outage, `/readyz`): clients and balancers back off on it without
 * reading the body. A producer that knows better (the link throttle's window) sets its own value
 * first; this only fills the gap, right before the headers are written.
 */
export function retryAfterOnRefusals(_req: Request, res: Response, next: NextFunction): void {
  onHeaders(res, function fillRetryAfter(this: Response) {
    if ((this.statusCode === 429 || this.statusCode === 503) && !this.hasHeader("retry-after")) {
      this.setHeader("retry-after", String(DEFAULT_RETRY_AFTER_SECONDS));
    }
  });
  next();
}
