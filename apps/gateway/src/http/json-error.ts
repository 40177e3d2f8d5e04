import type { Response } from "express";
import type { ErrorCode } from "../errors";

/**
 * Answers outside GraphQL execution (body parsing, routing, request shape) in the GraphQL error
 * shape, with the request id (also in the `x-request-id` header) so a client can quote it.
 */
export function sendJsonError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
}
