import { describe, expect, it } from "vitest";
import { CspRelationship, ProductFamily, Role } from "../vocabulary";
import { checkCustomerAccess } from "./customer-access";

const served = { customerId: "c1", servedByActorOrganization: true };
const notServed = { customerId: "c1", servedByActorOrganization: false };

describe("checkCustomerAccess", () => {
  it.each([
    ["own organization, cloud", CspRelationship.NONE, [], null, ProductFamily.CLOUD, null],
    ["DIRECT admin agent, served, cloud", CspRelationship.DIRECT, [Role.ADMIN_AGENT], served, ProductFamily.CLOUD, null],
    ["DIRECT admin agent, not served", CspRelationship.DIRECT, [Role.ADMIN_AGENT], notServed, ProductFamily.CLOUD, "CUSTOMER_NOT_SERVED"],
    ["not served, on-premises", CspRelationship.DIRECT, [Role.ADMIN_AGENT], notServed, ProductFamily.ON_PREMISES, "CUSTOMER_NOT_SERVED"],
    ["DIRECT helpdesk agent", CspRelationship.DIRECT, [Role.HELPDESK_AGENT], served, ProductFamily.CLOUD, "MISSING_ADMIN_AGENT_ROLE"],
    [
      "DIRECT global admin is not admin agent",
      CspRelationship.DIRECT,
      [Role.GLOBAL_ADMIN],
      served,
      ProductFamily.CLOUD,
      "MISSING_ADMIN_AGENT_ROLE",
    ],
    [
      "indirect reseller admin agent",
      CspRelationship.INDIRECT_RESELLER,
      [Role.ADMIN_AGENT],
      served,
      ProductFamily.CLOUD,
      "CSP_INDIRECT_RESELLER",
    ],
    ["advisor admin agent", CspRelationship.ADVISOR, [Role.ADMIN_AGENT], served, ProductFamily.CLOUD, "CSP_ADVISOR"],
    ["no CSP relationship", CspRelationship.NONE, [Role.ADMIN_AGENT], served, ProductFamily.CLOUD, "NOT_CSP_PARTNER"],
    [
      "on-premises for a served customer, any role",
      CspRelationship.ADVISOR,
      [Role.HELPDESK_AGENT],
      served,
      ProductFamily.ON_PREMISES,
      null,
    ],
  ] as const)("%s -> %s", (_label, relationship, roles, customer, family, expected) => {
    expect(checkCustomerAccess({ roles, mpnAssociated: true, organizationCspRelationship: relationship }, customer, family)).toBe(expected);
  });
});
