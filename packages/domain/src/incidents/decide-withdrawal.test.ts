import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IncidentStatus } from "../vocabulary";
import { decideWithdrawal } from "./decide-withdrawal";

const incident = (status: IncidentStatus, planConsumes = true) => ({ status, createdBy: "alice", planConsumes });

describe("decideWithdrawal", () => {
  it.each([
    ["requester, OPEN, consuming plan", incident("OPEN"), "alice", false, { outcome: "WITHDRAW", newStatus: "WITHDRAWN", refund: true }],
    [
      "requester, OPEN, free plan: nothing to refund",
      incident("OPEN", false),
      "alice",
      false,
      { outcome: "WITHDRAW", newStatus: "WITHDRAWN", refund: false },
    ],
    ["org admin for someone else, OPEN", incident("OPEN"), "bob", true, { outcome: "WITHDRAW", newStatus: "WITHDRAWN", refund: true }],
    ["someone else, OPEN", incident("OPEN"), "bob", false, { outcome: "REFUSED", reason: "NOT_REQUESTER" }],
    ["requester, IN_PROGRESS", incident("IN_PROGRESS"), "alice", false, { outcome: "REFUSED", reason: "WORK_ALREADY_STARTED" }],
    ["org admin, IN_PROGRESS", incident("IN_PROGRESS"), "bob", true, { outcome: "REFUSED", reason: "WORK_ALREADY_STARTED" }],
    [
      "someone else, IN_PROGRESS: not requester first",
      incident("IN_PROGRESS"),
      "bob",
      false,
      { outcome: "REFUSED", reason: "NOT_REQUESTER" },
    ],
    ["requester, RESOLVED", incident("RESOLVED"), "alice", false, { outcome: "REFUSED", reason: "ALREADY_RESOLVED" }],
    ["requester, WITHDRAWN", incident("WITHDRAWN"), "alice", false, { outcome: "REFUSED", reason: "ALREADY_WITHDRAWN" }],
  ] as const)("%s", (_label, current, actorId, actorIsOrgAdmin, expected) => {
    expect(decideWithdrawal({ incident: current, actorId, actorIsOrgAdmin })).toMatchObject(expected);
  });

  it("actorIsOrgAdmin defaults to false", () => {
    expect(decideWithdrawal({ incident: incident("OPEN"), actorId: "bob" })).toMatchObject({ reason: "NOT_REQUESTER" });
  });

  const anyInput = fc.record({
    status: fc.constantFrom(...Object.values(IncidentStatus)),
    createdBy: fc.constantFrom("alice", "bob"),
    planConsumes: fc.boolean(),
    actorId: fc.constantFrom("alice", "bob", "carol"),
    actorIsOrgAdmin: fc.boolean(),
  });

  it("refunds exactly when an OPEN incident on a consuming plan is withdrawn by its requester or an admin", () => {
    fc.assert(
      fc.property(anyInput, ({ actorId, actorIsOrgAdmin, ...current }) => {
        const decision = decideWithdrawal({ incident: current, actorId, actorIsOrgAdmin });
        const refunded = decision.outcome === "WITHDRAW" && decision.refund;
        const allowedActor = actorId === current.createdBy || actorIsOrgAdmin;
        expect(refunded).toBe(current.status === "OPEN" && current.planConsumes && allowedActor);
      }),
    );
  });

  it("never withdraws a RESOLVED, WITHDRAWN or IN_PROGRESS incident, so nothing is refunded twice", () => {
    fc.assert(
      fc.property(anyInput, ({ actorId, actorIsOrgAdmin, ...current }) => {
        const decision = decideWithdrawal({ incident: current, actorId, actorIsOrgAdmin });
        if (current.status !== "OPEN") expect(decision.outcome).toBe("REFUSED");
        if (decision.outcome === "WITHDRAW") {
          // Applying the decision and asking again must refuse: the refund cannot repeat.
          const again = decideWithdrawal({ incident: { ...current, status: decision.newStatus }, actorId, actorIsOrgAdmin });
          expect(again).toMatchObject({ outcome: "REFUSED", reason: "ALREADY_WITHDRAWN" });
        }
      }),
    );
  });
});
