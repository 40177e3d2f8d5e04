import { describe, expect, it } from "vitest";
import { IncidentStatus, Role, Severity } from "../vocabulary";
import { decideIncidentNote, decideIncidentUpdate, decideNoteReplay, type EditableIncident, isIncidentOpen } from "./decide-incident-edit";
import { INCIDENT_FIELD_LIMITS } from "./validate-incident-draft";

const ORG = "org-1";
const incident: EditableIncident = {
  status: IncidentStatus.OPEN,
  createdBy: "requester",
  organizationId: ORG,
  severity: Severity.C,
  description: "Backups fail",
  contact: { name: "Pat", email: "pat@example.com", phone: null },
};
const requester = { id: "requester", organizationId: ORG, roles: [] };
const colleague = { id: "colleague", organizationId: ORG, roles: [Role.HELPDESK_AGENT] };
const orgAdmin = { id: "admin", organizationId: ORG, roles: [Role.GLOBAL_ADMIN] };
const foreignAdmin = { id: "other", organizationId: "org-2", roles: [Role.GLOBAL_ADMIN] };
const operator = { id: "op", organizationId: null, roles: [Role.SUPPORT_OPERATOR] };

describe("isIncidentOpen", () => {
  it("is true for OPEN and IN_PROGRESS only", () => {
    expect(Object.values(IncidentStatus).filter(isIncidentOpen)).toEqual([IncidentStatus.OPEN, IncidentStatus.IN_PROGRESS]);
  });
});

describe("decideIncidentNote", () => {
  it("adds a trimmed note while open", () => {
    expect(decideIncidentNote({ incident: { status: IncidentStatus.IN_PROGRESS }, body: "  Called back  " })).toEqual({
      outcome: "ADD",
      body: "Called back",
    });
  });

  it.each([IncidentStatus.RESOLVED, IncidentStatus.WITHDRAWN])("refuses on a %s incident", (status) => {
    expect(decideIncidentNote({ incident: { status }, body: "late" })).toMatchObject({ outcome: "REFUSED", reason: "INCIDENT_CLOSED" });
  });

  it("requires a body within the limit (code points)", () => {
    expect(decideIncidentNote({ incident, body: "   " })).toMatchObject({
      outcome: "INVALID",
      errors: [{ field: "body", code: "FIELD_REQUIRED" }],
    });
    const limit = INCIDENT_FIELD_LIMITS.note;
    expect(decideIncidentNote({ incident, body: "😀".repeat(limit) }).outcome).toBe("ADD");
    expect(decideIncidentNote({ incident, body: "x".repeat(limit + 1) })).toMatchObject({
      outcome: "INVALID",
      errors: [{ field: "body", code: "FIELD_TOO_LONG" }],
    });
  });
});

describe("decideNoteReplay", () => {
  it("replays the same body, refuses a different one", () => {
    expect(decideNoteReplay("Called back", " Called back ")).toEqual({ outcome: "REPLAY" });
    expect(decideNoteReplay("Called back", "Something else")).toMatchObject({ reason: "IDEMPOTENCY_KEY_REUSED" });
  });
});

describe("decideIncidentUpdate", () => {
  it.each([
    ["the requester", requester],
    ["a Global Admin of the organization", orgAdmin],
    ["the operator", operator],
  ])("lets %s update", (_who, actor) => {
    expect(decideIncidentUpdate({ incident, actor, request: { severity: "A" } })).toEqual({
      outcome: "UPDATE",
      set: { severity: "A" },
      changes: [{ field: "SEVERITY", from: "C", to: "A" }],
    });
  });

  it.each([
    ["another member of the organization", colleague],
    ["a Global Admin of another organization", foreignAdmin],
  ])("refuses %s", (_who, actor) => {
    expect(decideIncidentUpdate({ incident, actor, request: { severity: "A" } })).toMatchObject({
      outcome: "REFUSED",
      reason: "NOT_ALLOWED_TO_UPDATE_INCIDENT",
    });
  });

  it("refuses a closed incident, even for the requester", () => {
    for (const status of [IncidentStatus.RESOLVED, IncidentStatus.WITHDRAWN]) {
      expect(decideIncidentUpdate({ incident: { ...incident, status }, actor: requester, request: { severity: "A" } })).toMatchObject({
        reason: "INCIDENT_CLOSED",
      });
    }
  });

  it("needs at least one field", () => {
    expect(decideIncidentUpdate({ incident, actor: requester, request: {} })).toMatchObject({ reason: "NOTHING_TO_UPDATE" });
  });

  it("reports every invalid field at once", () => {
    const result = decideIncidentUpdate({
      incident,
      actor: requester,
      request: { severity: "Z", description: " ", contact: { name: "", email: "nope" } },
    });
    expect(result.outcome).toBe("INVALID");
    if (result.outcome !== "INVALID") return;
    expect(result.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      "contact.email:INVALID_EMAIL",
      "contact.name:FIELD_REQUIRED",
      "description:FIELD_REQUIRED",
      "severity:INVALID_INPUT",
    ]);
  });

  it("records only real changes, with readable before and after values", () => {
    const result = decideIncidentUpdate({
      incident,
      actor: requester,
      request: { severity: "C", description: " Backups fail ", contact: { name: "Sam", email: "sam@example.com", phone: "+1 555" } },
    });
    expect(result).toEqual({
      outcome: "UPDATE",
      set: { contact: { name: "Sam", email: "sam@example.com", phone: "+1 555" } },
      changes: [{ field: "CONTACT", from: "Pat <pat@example.com>", to: "Sam <sam@example.com> +1 555" }],
    });
  });
});
