import { describe, expect, it } from "vitest";
import { type ListSupportPlansInput, listSupportPlans } from "../plans/list-support-plans";
import {
  AS_OF,
  activatedOrg,
  azure,
  contract,
  coverageOf,
  directAdminAgent,
  onPremises,
  ownOrgActor,
  servedCustomer,
} from "../plans/fixtures.test-support";
import { CspRelationship, ProductFamily, Role } from "../vocabulary";
import { type EligibilityInput, explainEligibility } from "./explain-eligibility";

const ADMINS = [{ id: "a", displayName: "Alice Admin", email: "alice@contoso.example" }];

function walk(plan: Partial<ListSupportPlansInput>, state: Partial<EligibilityInput> = {}) {
  const planInput: ListSupportPlansInput = {
    product: onPremises,
    coverage: coverageOf("sql2022"),
    asOf: AS_OF,
    contracts: [contract()],
    actor: ownOrgActor,
    organization: activatedOrg,
    ...plan,
  };
  return explainEligibility({
    hasOrganization: true,
    activeOfferCount: 1,
    entitlements: { onPremisesIncidents: 20, cloudIncidents: { kind: "UNLIMITED" } },
    activated: true,
    activators: ADMINS,
    planInput,
    listing: listSupportPlans(planInput),
    ...state,
  });
}
const summary = (answer: ReturnType<typeof walk>) =>
  answer.steps.map((s) => `${s.rule}:${s.result}${s.nextAction ? `>${s.nextAction}` : ""}`);

describe("explainEligibility", () => {
  it("all steps pass for a linked, covered on-premises request; the CSP step is skipped for the own organization", () => {
    const answer = walk({});
    expect(answer.eligible).toBe(true);
    expect(summary(answer)).toEqual([
      "OFFER:PASS",
      "ENTITLEMENT:PASS",
      "ACTIVATION:PASS",
      "CONTRACT:PASS",
      "LINK:PASS",
      "VERSION_COVERAGE:PASS",
      "CSP_ROLE:SKIPPED",
    ]);
  });

  it("not activated: ACTIVATE naming who can, later steps skipped", () => {
    const answer = walk({ contracts: [] }, { activated: false });
    expect(answer.eligible).toBe(false);
    expect(summary(answer).slice(2)).toEqual([
      "ACTIVATION:FAIL>ACTIVATE",
      "CONTRACT:SKIPPED",
      "LINK:SKIPPED",
      "VERSION_COVERAGE:SKIPPED",
      "CSP_ROLE:SKIPPED",
    ]);
    expect(answer.steps[2]?.actors).toEqual(ADMINS);
  });

  it("not linked: LINK", () => {
    expect(summary(walk({ contracts: [contract({ linked: false, linkedAt: null })] }))[4]).toBe("LINK:FAIL>LINK");
  });

  it("no incidents left: the contract step fails with the rule's message and points to paid support", () => {
    const answer = walk({ contracts: [contract({ incidentsRemaining: 0 })] });
    expect(answer.steps[3]).toMatchObject({
      result: "FAIL",
      nextAction: "BUY_PAID_SUPPORT",
      reason: "The support contract has no incidents remaining",
    });
  });

  it("contract ended with a renewal due, or exhausted with an upgrade available: ACTIVATE naming who can, not paid support", () => {
    const ended = walk({ contracts: [contract({ endsOn: "2026-03-01", startsOn: "2025-03-01" })] }, { activationAgain: "RENEWAL" });
    expect(ended.steps[3]).toMatchObject({ result: "FAIL", nextAction: "ACTIVATE", actors: ADMINS });
    expect(ended.steps[3]?.reason).toContain("activating again issues the next year's support contracts");
    const exhausted = walk({ contracts: [contract({ incidentsRemaining: 0 })] }, { activationAgain: "UPGRADE" });
    expect(exhausted.steps[3]).toMatchObject({ result: "FAIL", nextAction: "ACTIVATE", actors: ADMINS });
    expect(exhausted.steps[3]?.reason).toContain("activating again raises them");
    // A usable contract passes whatever activating again would add.
    expect(walk({}, { activationAgain: "UPGRADE" }).steps[3]?.result).toBe("PASS");
  });

  it("N-2 version: the coverage step fails with the coverage rule's message", () => {
    const answer = walk({ coverage: coverageOf("sql2017") });
    expect(answer.steps[5]).toMatchObject({ result: "FAIL", nextAction: "BUY_PAID_SUPPORT" });
    expect(answer.steps[5]?.reason).toMatch(/more than one version behind/);
  });

  it("no offer / no entitlement: buy paid support", () => {
    expect(summary(walk({}, { activeOfferCount: 0 }))[0]).toBe("OFFER:FAIL>BUY_PAID_SUPPORT");
    const cloud = walk(
      {
        product: { family: ProductFamily.CLOUD, isMicrosoft365: false, cspEligible: false },
        coverage: coverageOf(null, ProductFamily.CLOUD),
      },
      { entitlements: { onPremisesIncidents: 10, cloudIncidents: { kind: "NONE" } } },
    );
    expect(summary(cloud)[1]).toBe("ENTITLEMENT:FAIL>BUY_PAID_SUPPORT");
  });

  it("cloud for a customer without the Admin Agent role: ASK_ADMIN_AGENT", () => {
    const answer = walk({
      product: azure,
      coverage: coverageOf(null, ProductFamily.CLOUD),
      contracts: [],
      forCustomer: servedCustomer,
      actor: { roles: [Role.HELPDESK_AGENT], mpnAssociated: true, organizationCspRelationship: CspRelationship.DIRECT },
    });
    expect(answer.eligible).toBe(false);
    expect(summary(answer).at(-1)).toBe("CSP_ROLE:FAIL>ASK_ADMIN_AGENT");
  });

  it("the Cloud Solution Provider plan skips the contract-side steps and passes", () => {
    const answer = walk(
      {
        product: azure,
        coverage: coverageOf(null, ProductFamily.CLOUD),
        contracts: [],
        forCustomer: servedCustomer,
        actor: directAdminAgent,
      },
      { activeOfferCount: 0, activated: false },
    );
    expect(answer.eligible).toBe(true);
    expect(summary(answer)).toEqual([
      "OFFER:SKIPPED",
      "ENTITLEMENT:SKIPPED",
      "ACTIVATION:SKIPPED",
      "CONTRACT:SKIPPED",
      "LINK:SKIPPED",
      "VERSION_COVERAGE:PASS",
      "CSP_ROLE:PASS",
    ]);
  });
});
