import { describe, expect, it } from "vitest";
import { decideTpdRequest, MAX_TPD_HOURS_PER_REQUEST } from "./decide-tpd-request";

const program = { mpnAssociated: true };
const balance = (totalHours: number, usedHours: number) => ({ totalHours, usedHours });

describe("decideTpdRequest", () => {
  it.each([
    ["within balance", 8, "PRESALES", balance(20, 0), program, { outcome: "ALLOWED", kind: "PRESALES", hours: 8, remainingAfter: 12 }],
    ["exactly the remaining hours", 5, "DEPLOYMENT", balance(20, 15), program, { outcome: "ALLOWED", hours: 5, remainingAfter: 0 }],
    ["1 hour", 1, "DEPLOYMENT", balance(5, 0), program, { outcome: "ALLOWED", remainingAfter: 4 }],
    ["the per-request maximum", MAX_TPD_HOURS_PER_REQUEST, "PRESALES", balance(50, 0), program, { outcome: "ALLOWED", remainingAfter: 0 }],
    ["one hour over the remaining", 6, "PRESALES", balance(20, 15), program, { outcome: "REFUSED", reason: "INSUFFICIENT_HOURS" }],
    ["balance already overdrawn", 1, "PRESALES", balance(5, 7), program, { outcome: "REFUSED", reason: "INSUFFICIENT_HOURS" }],
    ["no entitlement", 1, "PRESALES", balance(0, 0), program, { outcome: "REFUSED", reason: "NO_TPD_ENTITLEMENT" }],
    ["zero hours", 0, "PRESALES", balance(20, 0), program, { outcome: "REFUSED", reason: "INVALID_HOURS" }],
    ["negative hours", -2, "PRESALES", balance(20, 0), program, { outcome: "REFUSED", reason: "INVALID_HOURS" }],
    ["fractional hours", 1.5, "PRESALES", balance(20, 0), program, { outcome: "REFUSED", reason: "INVALID_HOURS" }],
    ["NaN hours", Number.NaN, "PRESALES", balance(20, 0), program, { outcome: "REFUSED", reason: "INVALID_HOURS" }],
    [
      "over the per-request maximum",
      MAX_TPD_HOURS_PER_REQUEST + 1,
      "PRESALES",
      balance(500, 0),
      program,
      { outcome: "REFUSED", reason: "INVALID_HOURS" },
    ],
    ["unknown kind", 1, "TRAINING", balance(20, 0), program, { outcome: "REFUSED", reason: "INVALID_INPUT" }],
    [
      "CSP-only user",
      1,
      "PRESALES",
      balance(20, 0),
      { mpnAssociated: false },
      { outcome: "REFUSED", reason: "NOT_AUTHORIZED", message: "You are not authorized for this action" },
    ],
    [
      "CSP-only user with invalid hours: authorization first",
      0,
      "PRESALES",
      balance(20, 0),
      { mpnAssociated: false },
      { outcome: "REFUSED", reason: "NOT_AUTHORIZED" },
    ],
  ] as const)("%s", (_label, hours, kind, current, actor, expected) => {
    expect(decideTpdRequest({ hours, kind, balance: current, actor })).toMatchObject(expected);
  });

  it("pluralizes the hours in its refusal (never '1 hours')", () => {
    expect(decideTpdRequest({ hours: 2, kind: "PRESALES", balance: balance(20, 19), actor: program })).toMatchObject({
      message: "Only 1 presales and deployment hour remains; 2 hours were requested",
    });
    expect(decideTpdRequest({ hours: 1, kind: "PRESALES", balance: balance(20, 20), actor: program })).toMatchObject({
      message: "Only 0 presales and deployment hours remain; 1 hour was requested",
    });
  });
});
