import { describe, expect, it } from "vitest";
import { type IncidentStatus, Role } from "../vocabulary";
import { decideResolution, decideStartWork } from "./decide-status-change";

const input = (status: IncidentStatus, actorId: string, actorRoles: Role[] = []) => ({
  incident: { status, createdBy: "alice" },
  actorId,
  actorRoles,
});
const OPERATOR = [Role.SUPPORT_OPERATOR];

describe("decideResolution", () => {
  it.each([
    ["requester resolves OPEN", input("OPEN", "alice"), { outcome: "CHANGE", newStatus: "RESOLVED", refund: false }],
    ["operator resolves IN_PROGRESS", input("IN_PROGRESS", "op", OPERATOR), { outcome: "CHANGE", newStatus: "RESOLVED", refund: false }],
    ["operator resolves OPEN", input("OPEN", "op", OPERATOR), { outcome: "CHANGE", newStatus: "RESOLVED", refund: false }],
    [
      "another user (even a global admin)",
      input("OPEN", "bob", [Role.GLOBAL_ADMIN]),
      { outcome: "REFUSED", reason: "NOT_ALLOWED_TO_CHANGE_STATUS" },
    ],
    ["already resolved", input("RESOLVED", "alice"), { outcome: "REFUSED", reason: "ALREADY_RESOLVED" }],
    ["already withdrawn", input("WITHDRAWN", "op", OPERATOR), { outcome: "REFUSED", reason: "ALREADY_WITHDRAWN" }],
  ] as const)("%s", (_label, request, expected) => {
    expect(decideResolution(request)).toMatchObject(expected);
  });
});

describe("decideStartWork", () => {
  it.each([
    ["operator starts OPEN", input("OPEN", "op", OPERATOR), { outcome: "CHANGE", newStatus: "IN_PROGRESS" }],
    ["requester cannot", input("OPEN", "alice"), { outcome: "REFUSED", reason: "NOT_ALLOWED_TO_CHANGE_STATUS" }],
    ["already in progress", input("IN_PROGRESS", "op", OPERATOR), { outcome: "REFUSED", reason: "ALREADY_IN_PROGRESS" }],
    ["resolved", input("RESOLVED", "op", OPERATOR), { outcome: "REFUSED", reason: "ALREADY_RESOLVED" }],
    ["withdrawn", input("WITHDRAWN", "op", OPERATOR), { outcome: "REFUSED", reason: "ALREADY_WITHDRAWN" }],
  ] as const)("%s", (_label, request, expected) => {
    expect(decideStartWork(request)).toMatchObject(expected);
  });
});
