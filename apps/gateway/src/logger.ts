import { pino, type Logger } from "pino";

/** Structured JSON logs (pino): one line per event, request id on every request-scoped line. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "support-hub-gateway" },
    redact: { paths: ["req.headers.authorization", "*.token", "*.accessId", "*.contractId"], censor: "[redacted]" },
  });
}
export type { Logger };
