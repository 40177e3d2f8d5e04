import { describe, expect, it } from "vitest";
import { CspRelationship, Role } from "../vocabulary";
import {
  AS_OF,
  azure,
  cloudContract,
  cloudRequest,
  contract,
  coverageOf,
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
        actor: { roles: [Role.ADMIN_AGENT], organizationCspRelationship: CspRelationship.INDIRECT_RESELLER },
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
    if (reason === null) {
      expect(listing.available).toHaveLength(1);
      expect(listing.unavailable).toEqual([]);
      expect(listing.paidPlanSuggestions).toEqual([]);
    } else {
      expect(listing.available).toEqual([]);
      expect(listing.unavailable.map((entry) => entry.reason)).toEqual([reason]);
    }
  });

  it("WRONG_PRODUCT_KIND has the exact message", () => {
    expect(listSupportPlans(onPremisesRequest({ contracts: [cloudContract()] })).unavailable[0]?.message).toBe(
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
    ["Microsoft 365, own organization, no contracts", cloudRequest({ product: m365, contracts: [] }), ["MICROSOFT_365"], []],
    ["Microsoft 365 with a cloud contract too: M365 first", cloudRequest({ product: m365 }), ["MICROSOFT_365", "SIGNATURE_CLOUD"], []],
    [
      "Microsoft 365 for a customer by a DIRECT admin agent",
      cloudRequest({ product: m365, contracts: [], forCustomer: servedCustomer, actor: directAdminAgent }),
      ["MICROSOFT_365"],
      [],
    ],
    [
      "Microsoft 365 for a customer by an advisor",
      cloudRequest({
        product: m365,
        contracts: [],
        forCustomer: servedCustomer,
        actor: { roles: [Role.ADMIN_AGENT], organizationCspRelationship: CspRelationship.ADVISOR },
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
        actor: { roles: [Role.HELPDESK_AGENT], organizationCspRelationship: CspRelationship.DIRECT },
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
    expect(listing.unavailable.map((entry) => entry.reason)).toEqual(unavailable);
  });

  it("free plans consume nothing and need no contract", () => {
    expect(listSupportPlans(cloudRequest({ product: m365, contracts: [] })).available[0]).toEqual({
      kind: "MICROSOFT_365",
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
      kind: "MICROSOFT_365",
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
          actor: { roles: [], organizationCspRelationship: CspRelationship.ADVISOR },
        }),
      ).available,
    ).toHaveLength(1);
  });
});
