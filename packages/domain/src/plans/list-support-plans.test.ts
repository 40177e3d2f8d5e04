import { describe, expect, it } from "vitest";
import { CspRelationship, Role } from "../vocabulary";
import {
  AS_OF,
  azure,
  cloudContract,
  cloudRequest,
  contract,
  coverageOf,
  cspOnlyActor,
  directAdminAgent,
  dynamics,
  m365,
  onPremises,
  onPremisesRequest,
  servedCustomer,
} from "./fixtures.test-support";
import { comparePlans, listSupportPlans, type SupportPlan } from "./list-support-plans";

describe("listSupportPlans: one contract, one reason", () => {
  it.each([
    ["valid linked on-premises contract", onPremisesRequest(), null],
    ["1 remaining is still available", onPremisesRequest({ contracts: [contract({ incidentsRemaining: 1 })] }), null],
    ["0 remaining", onPremisesRequest({ contracts: [contract({ incidentsRemaining: 0 })] }), "NO_INCIDENTS_REMAINING"],
    ["day before the end", onPremisesRequest({ asOf: "2027-02-28" }), null],
    ["end day", onPremisesRequest({ asOf: "2027-03-01" }), "CONTRACT_EXPIRED"],
    ["start day", onPremisesRequest({ asOf: "2026-03-01" }), null],
    ["day before the start", onPremisesRequest({ asOf: "2026-02-28" }), "CONTRACT_NOT_STARTED"],
    ["not linked", onPremisesRequest({ contracts: [contract({ linked: false, linkedAt: null })] }), "NOT_LINKED"],
    ["N-1 out of mainstream", onPremisesRequest({ coverage: coverageOf("sql2019") }), "VERSION_NOT_COVERED"],
    ["N-2", onPremisesRequest({ coverage: coverageOf("sql2017") }), "VERSION_NOT_COVERED"],
    ["cloud contract for on-premises product", onPremisesRequest({ contracts: [cloudContract()] }), "WRONG_PRODUCT_KIND"],
    ["on-premises contract for cloud product", cloudRequest({ contracts: [contract()] }), "WRONG_PRODUCT_KIND"],
    ["unlimited cloud contract", cloudRequest(), null],
    ["5-pack with 2 left", cloudRequest({ contracts: [cloudContract({ incidentsTotal: 5, incidentsRemaining: 2 })] }), null],
    [
      "cloud for a customer by a reseller",
      cloudRequest({
        forCustomer: servedCustomer,
        actor: { roles: [Role.ADMIN_AGENT], mpnAssociated: true, organizationCspRelationship: CspRelationship.INDIRECT_RESELLER },
      }),
      "CSP_INDIRECT_RESELLER",
    ],
    ["cloud for a customer by a DIRECT admin agent", cloudRequest({ forCustomer: servedCustomer, actor: directAdminAgent }), null],
    ["on-premises for a served customer, any role", onPremisesRequest({ forCustomer: servedCustomer }), null],
    [
      "on-premises for a customer not served",
      onPremisesRequest({ forCustomer: { customerId: "x", servedByActorOrganization: false } }),
      "CUSTOMER_NOT_SERVED",
    ],
    // Precedence: what linking cannot fix is reported before NOT_LINKED.
    [
      "expired and not linked -> expired",
      onPremisesRequest({ asOf: "2027-03-01", contracts: [contract({ linked: false })] }),
      "CONTRACT_EXPIRED",
    ],
    [
      "exhausted and not linked -> exhausted",
      onPremisesRequest({ contracts: [contract({ linked: false, incidentsRemaining: 0 })] }),
      "NO_INCIDENTS_REMAINING",
    ],
    [
      "not covered and not linked -> not covered",
      onPremisesRequest({ coverage: coverageOf("sql2017"), contracts: [contract({ linked: false })] }),
      "VERSION_NOT_COVERED",
    ],
    ["wrong kind and expired -> wrong kind", onPremisesRequest({ asOf: "2027-03-01", contracts: [cloudContract()] }), "WRONG_PRODUCT_KIND"],
  ] as const)("%s -> %s", (_label, input, reason) => {
    const listing = listSupportPlans(input);
    // The contract's own entry; a missing-benefit entry (no contract) is tested below.
    const ofContracts = listing.unavailable.filter((entry) => entry.plan.contractId !== null);
    if (reason === null) {
      expect(listing.available).toHaveLength(1);
      expect(listing.unavailable).toEqual([]);
      expect(listing.paidPlanSuggestions).toEqual([]);
    } else {
      expect(listing.available).toEqual([]);
      expect(ofContracts.map((entry) => entry.reason)).toEqual([reason]);
    }
  });

  it("WRONG_PRODUCT_KIND has the exact message", () => {
    expect(listSupportPlans(onPremisesRequest({ contracts: [cloudContract()] })).unavailable.find((e) => e.plan.contractId)?.message).toBe(
      "Support plan cannot be used for the specified product",
    );
  });

  it("available plans carry term and remaining", () => {
    expect(listSupportPlans(onPremisesRequest()).available).toEqual([
      {
        kind: "PRODUCT_SUPPORT",
        contractId: "on-1",
        startsOn: "2026-03-01",
        endsOn: "2027-03-01",
        remaining: 5,
        unlimited: false,
        consumes: true,
      },
    ]);
    expect(listSupportPlans(cloudRequest()).available[0]).toMatchObject({
      kind: "SIGNATURE_CLOUD",
      remaining: null,
      unlimited: true,
      consumes: true,
    });
  });
});

describe("listSupportPlans: plans without a contract", () => {
  it.each([
    [
      "Microsoft 365 for a customer by an advisor",
      cloudRequest({
        product: m365,
        forCustomer: servedCustomer,
        actor: { roles: [Role.ADMIN_AGENT], mpnAssociated: true, organizationCspRelationship: CspRelationship.ADVISOR },
      }),
      [],
      ["CSP_ADVISOR"],
    ],
    [
      "Azure for a customer by a DIRECT admin agent",
      cloudRequest({ product: azure, contracts: [], forCustomer: servedCustomer, actor: directAdminAgent }),
      ["CLOUD_SOLUTION_PROVIDER"],
      [],
    ],
    [
      "Azure for a customer by a DIRECT helpdesk agent",
      cloudRequest({
        product: azure,
        contracts: [],
        forCustomer: servedCustomer,
        actor: { roles: [Role.HELPDESK_AGENT], mpnAssociated: true, organizationCspRelationship: CspRelationship.DIRECT },
      }),
      [],
      ["MISSING_ADMIN_AGENT_ROLE"],
    ],
    [
      "Azure for a customer not served",
      cloudRequest({
        product: azure,
        contracts: [],
        forCustomer: { customerId: "z", servedByActorOrganization: false },
        actor: directAdminAgent,
      }),
      [],
      ["CUSTOMER_NOT_SERVED"],
    ],
    ["Azure for the own organization: no CSP plan", cloudRequest({ product: azure, contracts: [], actor: directAdminAgent }), [], []],
    [
      "Dynamics (not CSP-eligible) for a customer: no CSP plan",
      cloudRequest({ product: dynamics, contracts: [], forCustomer: servedCustomer, actor: directAdminAgent }),
      [],
      [],
    ],
    [
      "Azure for a customer with an unlimited contract: CSP first",
      cloudRequest({ product: azure, forCustomer: servedCustomer, actor: directAdminAgent }),
      ["CLOUD_SOLUTION_PROVIDER", "SIGNATURE_CLOUD"],
      [],
    ],
  ] as const)("%s", (_label, input, available, unavailable) => {
    const listing = listSupportPlans(input);
    expect(listing.available.map((plan) => plan.kind)).toEqual(available);
    // Without contracts the missing-benefit entry is there too (tested below); here the plans' own reasons.
    expect(
      listing.unavailable.filter((e) => e.plan.contractId !== null || e.plan.kind === "CLOUD_SOLUTION_PROVIDER").map((e) => e.reason),
    ).toEqual(unavailable);
  });

  it("the Cloud Solution Provider plan consumes nothing and needs no contract", () => {
    expect(
      listSupportPlans(cloudRequest({ product: azure, contracts: [], forCustomer: servedCustomer, actor: directAdminAgent })).available[0],
    ).toEqual({
      kind: "CLOUD_SOLUTION_PROVIDER",
      contractId: null,
      startsOn: null,
      endsOn: null,
      remaining: null,
      unlimited: true,
      consumes: false,
    });
  });
});

describe("listSupportPlans: paid plan suggestions", () => {
  it.each([
    ["on-premises, nothing available", onPremisesRequest({ contracts: [] }), ["PREMIER_SUPPORT_FOR_PARTNERS"]],
    ["cloud, nothing available", cloudRequest({ contracts: [] }), ["PREMIER_SUPPORT_FOR_PARTNERS", "ADVANCED_SUPPORT_FOR_PARTNERS"]],
    ["on-premises, only an expired contract", onPremisesRequest({ asOf: "2027-03-01" }), ["PREMIER_SUPPORT_FOR_PARTNERS"]],
    ["something available: no suggestion", onPremisesRequest(), []],
  ] as const)("%s -> %j", (_label, input, kinds) => {
    const suggestions = listSupportPlans(input).paidPlanSuggestions;
    expect(suggestions.map((plan) => plan.kind)).toEqual(kinds);
    for (const plan of suggestions) expect(plan.name.length * plan.description.length).toBeGreaterThan(0);
  });
});

describe("listSupportPlans: deterministic order", () => {
  const a = contract({ contractId: "a", endsOn: "2027-06-01", incidentsRemaining: 3 });
  const b = contract({ contractId: "b", endsOn: "2027-01-01", incidentsRemaining: 9 });
  const c = contract({ contractId: "c", endsOn: "2027-01-01", incidentsRemaining: 2 });
  const d = contract({ contractId: "d", endsOn: "2027-01-01", incidentsRemaining: 2 });

  it.each([
    ["ends first wins", [a, b], ["b", "a"]],
    ["same end: fewer remaining first", [b, c], ["c", "b"]],
    ["full tie: contract id", [d, c], ["c", "d"]],
    ["input order does not matter", [a, d, b, c], ["c", "d", "b", "a"]],
  ] as const)("%s", (_label, contracts, ids) => {
    expect(listSupportPlans(onPremisesRequest({ contracts })).available.map((plan) => plan.contractId)).toEqual(ids);
  });

  it("same end: unlimited before limited", () => {
    const limited = cloudContract({ contractId: "lim", incidentsRemaining: 1, incidentsTotal: 5 });
    const unlimited = cloudContract({ contractId: "unl" });
    expect(listSupportPlans(cloudRequest({ contracts: [limited, unlimited] })).available.map((plan) => plan.contractId)).toEqual([
      "unl",
      "lim",
    ]);
  });

  it("comparePlans puts consumes-nothing first", () => {
    const free: SupportPlan = {
      kind: "CLOUD_SOLUTION_PROVIDER",
      contractId: null,
      startsOn: null,
      endsOn: null,
      remaining: null,
      unlimited: true,
      consumes: false,
    };
    const paid: SupportPlan = {
      kind: "SIGNATURE_CLOUD",
      contractId: "x",
      startsOn: AS_OF,
      endsOn: "2026-11-26",
      remaining: 1,
      unlimited: false,
      consumes: true,
    };
    expect(comparePlans(free, paid)).toBeLessThan(0);
    expect(comparePlans(paid, free)).toBeGreaterThan(0);
  });

  it("the cloud rule does not apply to on-premises requests", () => {
    expect(
      listSupportPlans(
        onPremisesRequest({
          product: onPremises,
          forCustomer: servedCustomer,
          actor: { roles: [], mpnAssociated: true, organizationCspRelationship: CspRelationship.ADVISOR },
        }),
      ).available,
    ).toHaveLength(1);
  });
});

describe("listSupportPlans: Microsoft 365 waives the link only", () => {
  const fivePack = cloudContract({ incidentsTotal: 5, incidentsRemaining: 2, linked: false, linkedAt: null });

  it("a program-associated member uses the organization's unlinked cloud contract, which consumes", () => {
    const listing = listSupportPlans(cloudRequest({ product: m365, contracts: [fivePack] }));
    expect(listing.available).toEqual([
      {
        kind: "MICROSOFT_365",
        contractId: "cl-1",
        startsOn: "2026-03-01",
        endsOn: "2027-03-01",
        remaining: 2,
        unlimited: false,
        consumes: true,
      },
    ]);
    expect(listing.unavailable).toEqual([]);
  });

  it("an unlimited cloud contract stays unlimited and still counts use", () => {
    expect(listSupportPlans(cloudRequest({ product: m365 })).available).toMatchObject([
      { kind: "MICROSOFT_365", contractId: "cl-1", unlimited: true, consumes: true },
    ]);
  });

  it("the waiver does not revive an exhausted or expired contract", () => {
    expect(
      listSupportPlans(cloudRequest({ product: m365, contracts: [{ ...fivePack, incidentsRemaining: 0 }] })).unavailable,
    ).toMatchObject([{ plan: { kind: "MICROSOFT_365", contractId: "cl-1" }, reason: "NO_INCIDENTS_REMAINING" }]);
    expect(listSupportPlans(cloudRequest({ product: m365, asOf: "2027-03-01", contracts: [fivePack] })).unavailable).toMatchObject([
      { plan: { kind: "MICROSOFT_365" }, reason: "CONTRACT_EXPIRED" },
    ]);
  });

  it("another organization's cloud contract still needs the link", () => {
    const foreign = { ...fivePack, organizationId: "other" };
    const listing = listSupportPlans(cloudRequest({ product: m365, contracts: [foreign] }));
    expect(listing.available).toEqual([]);
    expect(listing.unavailable.map((e) => [e.plan.kind, e.reason])).toEqual([
      ["SIGNATURE_CLOUD", "NOT_LINKED"],
      ["MICROSOFT_365", "BENEFITS_NOT_ACTIVATED"],
    ]);
  });

  it("an account outside any organization links first, then uses the contract as signature cloud", () => {
    const none = listSupportPlans(cloudRequest({ product: m365, organization: null, contracts: [] }));
    expect(none.available).toEqual([]);
    expect(none.unavailable.map((e) => [e.plan.kind, e.reason])).toEqual([["SIGNATURE_CLOUD", "NOT_LINKED"]]);
    const linked = listSupportPlans(cloudRequest({ product: m365, organization: null, contracts: [{ ...fivePack, linked: true }] }));
    expect(linked.available).toMatchObject([{ kind: "SIGNATURE_CLOUD", contractId: "cl-1", consumes: true }]);
  });

  it.each([
    ["no offer (Tailspin)", { isActivated: false, hasOnPremisesEntitlement: false, hasCloudEntitlement: false }, "NOT_ENTITLED"],
    [
      "Action Pack, activated (Northwind)",
      { isActivated: true, hasOnPremisesEntitlement: true, hasCloudEntitlement: false },
      "NOT_ENTITLED",
    ],
    [
      "Gold cloud, not activated (Contoso)",
      { isActivated: false, hasOnPremisesEntitlement: true, hasCloudEntitlement: true },
      "BENEFITS_NOT_ACTIVATED",
    ],
  ] as const)("without a cloud contract, %s: no Microsoft 365 plan -> %s", (_label, benefits, reason) => {
    const listing = listSupportPlans(cloudRequest({ product: m365, contracts: [], organization: { organizationId: "org", ...benefits } }));
    expect(listing.available).toEqual([]);
    expect(listing.unavailable.map((e) => [e.plan.kind, e.plan.contractId, e.reason])).toEqual([["MICROSOFT_365", null, reason]]);
    expect(listing.paidPlanSuggestions.length).toBeGreaterThan(0);
  });

  it("a CSP-only account is NOT_AUTHORIZED, even with the organization's cloud contract", () => {
    const listing = listSupportPlans(cloudRequest({ product: m365, actor: cspOnlyActor, contracts: [fivePack] }));
    expect(listing.available).toEqual([]);
    expect(listing.unavailable.map((e) => [e.plan.kind, e.reason])).toEqual([
      ["SIGNATURE_CLOUD", "NOT_LINKED"],
      ["MICROSOFT_365", "NOT_AUTHORIZED"],
    ]);
    expect(listSupportPlans(cloudRequest({ product: m365, actor: cspOnlyActor, contracts: [] })).unavailable.map((e) => e.reason)).toEqual([
      "NOT_AUTHORIZED",
    ]);
  });
});

describe("listSupportPlans: a benefit the organization does not have", () => {
  const org = (benefits: { isActivated: boolean; hasOnPremisesEntitlement: boolean; hasCloudEntitlement: boolean }) => ({
    organizationId: "org",
    ...benefits,
  });
  const notActivated = org({ isActivated: false, hasOnPremisesEntitlement: true, hasCloudEntitlement: true });
  const actionPack = org({ isActivated: true, hasOnPremisesEntitlement: true, hasCloudEntitlement: false });
  const noOffer = org({ isActivated: false, hasOnPremisesEntitlement: false, hasCloudEntitlement: false });

  it.each([
    [
      "on-premises, not activated",
      onPremisesRequest({ contracts: [], organization: notActivated }),
      "PRODUCT_SUPPORT",
      "BENEFITS_NOT_ACTIVATED",
    ],
    ["cloud, not activated", cloudRequest({ contracts: [], organization: notActivated }), "SIGNATURE_CLOUD", "BENEFITS_NOT_ACTIVATED"],
    [
      "cloud, Action Pack with its on-premises contract",
      cloudRequest({ contracts: [contract()], organization: actionPack }),
      "SIGNATURE_CLOUD",
      "NOT_ENTITLED",
    ],
    ["on-premises, no offer", onPremisesRequest({ contracts: [], organization: noOffer }), "PRODUCT_SUPPORT", "NOT_ENTITLED"],
    [
      "cloud, upgraded since activation",
      cloudRequest({ contracts: [contract()], organization: { ...notActivated, isActivated: true } }),
      "SIGNATURE_CLOUD",
      "BENEFITS_NOT_ACTIVATED",
    ],
  ] as const)("%s -> %s %s", (_label, input, kind, reason) => {
    const listing = listSupportPlans(input);
    const missing = listing.unavailable.filter((e) => e.plan.contractId === null);
    expect(missing.map((e) => [e.plan.kind, e.reason])).toEqual([[kind, reason]]);
    expect(missing[0]?.message.length).toBeGreaterThan(20);
  });

  it("an activated organization with a contract of the kind gets no such entry", () => {
    expect(
      listSupportPlans(onPremisesRequest({ contracts: [contract({ incidentsRemaining: 0 })] })).unavailable.map((e) => e.reason),
    ).toEqual(["NO_INCIDENTS_REMAINING"]);
  });

  it("a customer the organization does not serve is told so, not 'not entitled'", () => {
    const listing = listSupportPlans(
      onPremisesRequest({ contracts: [], organization: noOffer, forCustomer: { customerId: "x", servedByActorOrganization: false } }),
    );
    expect(listing.unavailable.map((e) => e.reason)).toEqual(["CUSTOMER_NOT_SERVED"]);
  });
});
