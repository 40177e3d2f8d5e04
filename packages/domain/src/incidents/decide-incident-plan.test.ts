import { describe, expect, it } from "vitest";
import {
  activatedOrg,
  azure,
  cloudContract,
  cloudRequest,
  contract,
  coverageOf,
  cspOnlyActor,
  directAdminAgent,
  m365,
  onPremisesRequest,
  servedCustomer,
} from "../plans/fixtures.test-support";
import { CspRelationship, PlanKind, Role } from "../vocabulary";
import { decideIncidentPlan } from "./decide-incident-plan";

const reseller = { roles: [Role.ADMIN_AGENT], mpnAssociated: true, organizationCspRelationship: CspRelationship.INDIRECT_RESELLER };
const advisor = { roles: [Role.ADMIN_AGENT], mpnAssociated: true, organizationCspRelationship: CspRelationship.ADVISOR };
const directHelpdesk = { roles: [Role.HELPDESK_AGENT], mpnAssociated: true, organizationCspRelationship: CspRelationship.DIRECT };
const noCsp = { roles: [Role.ADMIN_AGENT], mpnAssociated: true, organizationCspRelationship: CspRelationship.NONE };
const notServed = { customerId: "other", servedByActorOrganization: false };

describe("decideIncidentPlan: allowed", () => {
  it.each([
    ["on-premises, own organization", onPremisesRequest(), { kind: "PRODUCT_SUPPORT", contractId: "on-1", consumes: true }],
    [
      "on-premises, for a served customer",
      onPremisesRequest({ forCustomer: servedCustomer }),
      { kind: "PRODUCT_SUPPORT", contractId: "on-1", consumes: true },
    ],
    [
      "on-premises, last incident",
      onPremisesRequest({ contracts: [contract({ incidentsRemaining: 1 })] }),
      { kind: "PRODUCT_SUPPORT", contractId: "on-1", consumes: true },
    ],
    ["cloud, own organization, unlimited", cloudRequest(), { kind: "SIGNATURE_CLOUD", contractId: "cl-1", consumes: true }],
    [
      "cloud for a customer by a DIRECT admin agent",
      cloudRequest({ forCustomer: servedCustomer, actor: directAdminAgent }),
      { kind: "SIGNATURE_CLOUD", contractId: "cl-1", consumes: true },
    ],
    [
      "Microsoft 365 on the organization's cloud contract, not linked: consumes",
      cloudRequest({
        product: m365,
        contracts: [cloudContract({ linked: false, linkedAt: null, incidentsTotal: 5, incidentsRemaining: 2 })],
      }),
      { kind: "MICROSOFT_365", contractId: "cl-1", consumes: true },
    ],
    [
      "Azure for a customer: CSP plan, consumes nothing",
      cloudRequest({ product: azure, forCustomer: servedCustomer, actor: directAdminAgent }),
      { kind: "CLOUD_SOLUTION_PROVIDER", contractId: null, consumes: false },
    ],
    [
      "several contracts: the one ending first",
      onPremisesRequest({
        contracts: [contract({ contractId: "late", endsOn: "2027-06-01" }), contract({ contractId: "soon", endsOn: "2027-01-01" })],
      }),
      { kind: "PRODUCT_SUPPORT", contractId: "soon", consumes: true },
    ],
    [
      "skips an exhausted contract for a valid one",
      onPremisesRequest({
        contracts: [contract({ contractId: "empty", incidentsRemaining: 0, endsOn: "2027-01-01" }), contract({ contractId: "ok" })],
      }),
      { kind: "PRODUCT_SUPPORT", contractId: "ok", consumes: true },
    ],
  ] as const)("%s", (_label, input, plan) => {
    expect(decideIncidentPlan(input)).toEqual({ outcome: "ALLOWED", plan });
  });
});

describe("decideIncidentPlan: refused", () => {
  it.each([
    ["N-1 out of mainstream", onPremisesRequest({ coverage: coverageOf("sql2019") }), "VERSION_NOT_COVERED"],
    ["N-2", onPremisesRequest({ coverage: coverageOf("sql2017") }), "VERSION_NOT_COVERED"],
    ["unknown version", onPremisesRequest({ coverage: coverageOf("sql2000") }), "UNKNOWN_VERSION"],
    ["not linked", onPremisesRequest({ contracts: [contract({ linked: false, linkedAt: null })] }), "NOT_LINKED"],
    ["expired", onPremisesRequest({ asOf: "2027-03-01" }), "CONTRACT_EXPIRED"],
    ["not started", onPremisesRequest({ asOf: "2026-02-28" }), "CONTRACT_NOT_STARTED"],
    ["0 remaining", onPremisesRequest({ contracts: [contract({ incidentsRemaining: 0 })] }), "NO_INCIDENTS_REMAINING"],
    [
      "only a cloud contract for on-premises (not activated)",
      onPremisesRequest({ contracts: [cloudContract()] }),
      "BENEFITS_NOT_ACTIVATED",
    ],
    [
      "Action Pack on a cloud product: not entitled, not WRONG_PRODUCT_KIND",
      cloudRequest({ contracts: [contract()], organization: { ...activatedOrg, hasCloudEntitlement: false } }),
      "NOT_ENTITLED",
    ],
    [
      "Action Pack asking for signature cloud explicitly: not entitled",
      cloudRequest({
        contracts: [contract()],
        organization: { ...activatedOrg, hasCloudEntitlement: false },
        requested: { planKind: PlanKind.SIGNATURE_CLOUD },
      }),
      "NOT_ENTITLED",
    ],
    ["no contract at all, entitled", onPremisesRequest({ contracts: [] }), "BENEFITS_NOT_ACTIVATED"],
    [
      "Microsoft 365, no cloud benefit",
      cloudRequest({ product: m365, contracts: [contract()], organization: { ...activatedOrg, hasCloudEntitlement: false } }),
      "NOT_ENTITLED",
    ],
    ["Microsoft 365, CSP-only account", cloudRequest({ product: m365, contracts: [], actor: cspOnlyActor }), "NOT_AUTHORIZED"],
    [
      "Microsoft 365, outside account with nothing linked",
      cloudRequest({ product: m365, contracts: [], organization: null }),
      "NOT_LINKED",
    ],
    [
      "no organization and no plan of any kind listed",
      onPremisesRequest({ contracts: [cloudContract({ linked: true })], organization: null }),
      "NOT_LINKED",
    ],
    [
      "cloud for a customer by an indirect reseller",
      cloudRequest({ forCustomer: servedCustomer, actor: reseller }),
      "CSP_INDIRECT_RESELLER",
    ],
    ["cloud for a customer by an advisor", cloudRequest({ forCustomer: servedCustomer, actor: advisor }), "CSP_ADVISOR"],
    ["cloud for a customer without CSP relationship", cloudRequest({ forCustomer: servedCustomer, actor: noCsp }), "NOT_CSP_PARTNER"],
    [
      "cloud for a customer by a DIRECT non-admin-agent",
      cloudRequest({ forCustomer: servedCustomer, actor: directHelpdesk }),
      "MISSING_ADMIN_AGENT_ROLE",
    ],
    ["cloud for a customer not served", cloudRequest({ forCustomer: notServed, actor: directAdminAgent }), "CUSTOMER_NOT_SERVED"],
    ["on-premises for a customer not served", onPremisesRequest({ forCustomer: notServed }), "CUSTOMER_NOT_SERVED"],
    [
      "Azure CSP plan refused to a reseller too",
      cloudRequest({ product: azure, contracts: [], forCustomer: servedCustomer, actor: reseller }),
      "CSP_INDIRECT_RESELLER",
    ],
    [
      "one exhausted, one not linked: the fixable reason",
      onPremisesRequest({
        contracts: [contract({ contractId: "a", incidentsRemaining: 0 }), contract({ contractId: "b", linked: false })],
      }),
      "NOT_LINKED",
    ],
    [
      "one expired, one exhausted: exhausted",
      onPremisesRequest({
        contracts: [
          contract({ contractId: "a", endsOn: "2026-01-01", startsOn: "2025-01-01" }),
          contract({ contractId: "b", incidentsRemaining: 0 }),
        ],
      }),
      "NO_INCIDENTS_REMAINING",
    ],
  ] as const)("%s -> %s", (_label, input, reason) => {
    const decision = decideIncidentPlan(input);
    expect(decision).toMatchObject({ outcome: "REFUSED", reason });
    if (decision.outcome === "REFUSED") expect(decision.message.length).toBeGreaterThan(0);
  });

  it("a refusal carries the listing: unavailable plans with reasons and the paid suggestions", () => {
    const decision = decideIncidentPlan(
      cloudRequest({ contracts: [contract()], organization: { ...activatedOrg, hasCloudEntitlement: false } }),
    );
    if (decision.outcome !== "REFUSED") throw new Error("expected a refusal");
    expect(decision.listing.available).toEqual([]);
    expect(decision.listing.unavailable.map((e) => e.reason).sort()).toEqual(["NOT_ENTITLED", "WRONG_PRODUCT_KIND"]);
    expect(decision.listing.paidPlanSuggestions.map((p) => p.kind)).toEqual([
      "PREMIER_SUPPORT_FOR_PARTNERS",
      "ADVANCED_SUPPORT_FOR_PARTNERS",
    ]);
  });

  it("WRONG_PRODUCT_KIND has the exact message", () => {
    expect(decideIncidentPlan(onPremisesRequest({ contracts: [cloudContract()], requested: { contractId: "cl-1" } }))).toMatchObject({
      message: "Support plan cannot be used for the specified product",
    });
  });
});

describe("decideIncidentPlan: explicit choice", () => {
  const two = [contract({ contractId: "soon", endsOn: "2027-01-01" }), contract({ contractId: "late", endsOn: "2027-06-01" })];

  it.each([
    [
      "a contract that is not the default",
      onPremisesRequest({ contracts: two, requested: { contractId: "late" } }),
      { outcome: "ALLOWED", plan: { kind: "PRODUCT_SUPPORT", contractId: "late", consumes: true } },
    ],
    [
      "Microsoft 365 by contract: the MICROSOFT_365 plan on it",
      cloudRequest({ product: m365, requested: { contractId: "cl-1" } }),
      { outcome: "ALLOWED", plan: { kind: "MICROSOFT_365", contractId: "cl-1", consumes: true } },
    ],
    [
      "an exhausted contract",
      onPremisesRequest({
        contracts: [...two, contract({ contractId: "empty", incidentsRemaining: 0 })],
        requested: { contractId: "empty" },
      }),
      { outcome: "REFUSED", reason: "NO_INCIDENTS_REMAINING" },
    ],
    [
      "a cloud contract for an on-premises product",
      onPremisesRequest({ contracts: [...two, cloudContract()], requested: { contractId: "cl-1" } }),
      { outcome: "REFUSED", reason: "WRONG_PRODUCT_KIND", message: "Support plan cannot be used for the specified product" },
    ],
    [
      "plan kind signature cloud for on-premises",
      onPremisesRequest({ requested: { planKind: PlanKind.SIGNATURE_CLOUD } }),
      { outcome: "REFUSED", reason: "WRONG_PRODUCT_KIND" },
    ],
    [
      "plan kind product support for cloud",
      cloudRequest({ requested: { planKind: PlanKind.PRODUCT_SUPPORT } }),
      { outcome: "REFUSED", reason: "WRONG_PRODUCT_KIND" },
    ],
    [
      "M365 plan for a non-M365 cloud product",
      cloudRequest({ requested: { planKind: PlanKind.MICROSOFT_365 } }),
      { outcome: "REFUSED", reason: "WRONG_PRODUCT_KIND" },
    ],
    [
      "CSP plan for Azure in the own organization",
      cloudRequest({ product: azure, actor: directAdminAgent, requested: { planKind: PlanKind.CLOUD_SOLUTION_PROVIDER } }),
      { outcome: "REFUSED", reason: "REQUESTED_PLAN_NOT_FOUND" },
    ],
    [
      "an unknown contract id",
      onPremisesRequest({ requested: { contractId: "nope" } }),
      { outcome: "REFUSED", reason: "REQUESTED_PLAN_NOT_FOUND" },
    ],
    [
      "contract id and a kind that does not match it",
      onPremisesRequest({ requested: { contractId: "on-1", planKind: PlanKind.SIGNATURE_CLOUD } }),
      { outcome: "REFUSED", reason: "WRONG_PRODUCT_KIND" },
    ],
    [
      "null choice means default",
      onPremisesRequest({ contracts: two, requested: { contractId: null, planKind: null } }),
      { outcome: "ALLOWED", plan: { contractId: "soon" } },
    ],
  ] as const)("%s", (_label, input, expected) => {
    expect(decideIncidentPlan(input)).toMatchObject(expected);
  });
});
