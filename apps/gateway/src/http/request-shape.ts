import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../errors";
import { sendJsonError } from "./json-error";

/** Deeper than any input of the schema: what a legitimate request body can ever need. */
export const MAX_BODY_DEPTH = 64;

/**
 * True when a parsed JSON value nests deeper than `max` levels. Iterative on purpose: the value
 * may be 50,000 levels deep (100 kB of `[`), which would overflow a recursive walk.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== "object") continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Refuses request bodies nested deeper than {@link MAX_BODY_DEPTH}: such variables could only
 * fail coercion, but every step that walks or serializes them (cache key, logs) would risk a
 * stack overflow, i.e. a 500 for a client's mistake.
 */
export function rejectDeepBodies(req: Request, res: Response, next: NextFunction): void {
  if (!nestsDeeperThan(req.body, MAX_BODY_DEPTH)) {
    next();
    return;
  }
  sendJsonError(res, 400, ErrorCode.BAD_USER_INPUT, `Request body nests deeper than ${MAX_BODY_DEPTH} levels`);
}
