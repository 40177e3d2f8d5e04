import type { ErrorRequestHandler, Request, Response } from "express";
import { ErrorCode } from "../errors";
import type { Logger } from "../logger";
import { sendJsonError } from "./json-error";

/** Unknown paths answer JSON, like everything else the gateway says, instead of Express's HTML page. */
export function notFoundHandler(_req: Request, res: Response): void {
  sendJsonError(res, 404, ErrorCode.NOT_FOUND, "No such path: the API is at /graphql");
}

/**
 * The last handler: whatever reached Express's error path unhandled is logged with the request id
 * and answered as a masked JSON 500 (Express's default would be an HTML page). Client errors that
 * carry a 4xx status keep it.
 */
export function finalErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status >= 500) logger.error({ err: error, requestId: res.locals.requestId }, "unexpected error");
    if (status >= 500) sendJsonError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
    else sendJsonError(res, status, ErrorCode.BAD_USER_INPUT, "The request is not valid");
  };
}
