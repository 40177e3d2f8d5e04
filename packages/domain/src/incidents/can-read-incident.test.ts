import { describe, expect, it } from "vitest";
import { Role } from "../vocabulary";
import { canReadIncident } from "./can-read-incident";

const incident = { organizationId: "org-a", createdBy: "user-1" };

describe("canReadIncident", () => {
  it("the operator reads every incident", () => {
    expect(canReadIncident({ id: "op", organizationId: null, roles: [Role.SUPPORT_OPERATOR] }, incident)).toBe(true);
  });
  it("every user of the incident's organization reads it, whatever their roles", () => {
    expect(canReadIncident({ id: "user-2", organizationId: "org-a", roles: [] }, incident)).toBe(true);
  });
  it("its requester reads it from another organization or none", () => {
    expect(canReadIncident({ id: "user-1", organizationId: "org-b", roles: [] }, incident)).toBe(true);
    expect(canReadIncident({ id: "user-1", organizationId: null, roles: [] }, incident)).toBe(true);
  });
  it("nobody else: another organization's admin, a user of no organization, an anonymous caller", () => {
    expect(canReadIncident({ id: "user-3", organizationId: "org-b", roles: [Role.GLOBAL_ADMIN] }, incident)).toBe(false);
    expect(canReadIncident({ id: "user-3", organizationId: null, roles: [] }, incident)).toBe(false);
    expect(canReadIncident({ id: "user-3", organizationId: null, roles: [] }, { organizationId: "org-a", createdBy: null })).toBe(false);
    expect(canReadIncident(null, incident)).toBe(false);
  });
});
