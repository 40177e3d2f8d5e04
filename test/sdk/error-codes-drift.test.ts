/**
 * The SDK keeps its own list of the gateway's request-level error codes (it may import nothing of
 * the gateway: it runs in browsers). This test is what keeps the copy honest: a code added to or
 * removed from the gateway's `ErrorCode` fails here until the SDK (and its error classes) follow.
 * Business refusals (`UserErrorCode`) need no such test: the SDK's type is generated from the schema.
 */
import { ErrorCode } from "@support-hub/gateway/errors";
import { CLIENT_ERROR_CODES, SERVER_ERROR_CODES, type SupportHubErrorCode } from "@support-hub/sdk";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("SDK error codes", () => {
  it("are exactly the gateway's ErrorCode values", () => {
    expect([...SERVER_ERROR_CODES].sort()).toEqual(Object.values(ErrorCode).sort());
    expectTypeOf<(typeof SERVER_ERROR_CODES)[number]>().toEqualTypeOf<ErrorCode>();
  });

  it("keep the client-side codes apart from the gateway's", () => {
    expect(CLIENT_ERROR_CODES.filter((code) => (Object.values(ErrorCode) as string[]).includes(code))).toEqual([]);
    expectTypeOf<SupportHubErrorCode>().toEqualTypeOf<ErrorCode | (typeof CLIENT_ERROR_CODES)[number]>();
  });
});
