import { DEMO_ACTIVATIONS, DEMO_IDS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

// TEST_TODAY is 2026-11-25. Wingtip activated 2025-10-25: its year was valid through 2026-10-24.
// Relecloud activated 2026-08-25 with Silver Data Platform (to 2027-06-25); Silver Security
// (cloud) was granted from 2026-10-25.
const ORG = {
  wingtip: toGlobalId("Organization", DEMO_IDS.organizations.wingtip),
  relecloud: toGlobalId("Organization", DEMO_IDS.organizations.relecloud),
};
const BENEFITS = `query($id: ID!) { organization(id: $id) { technicalBenefits {
  state message canActivate activationRefusal accessId contractNumber isRenewalDue isUpgradeAvailable activationAvailableOn
  benefitYear { yearNumber startsOn endsOn isEnded activatedBy { email } }
  usersWhoCanActivate { email }
} } }`;
const ACTIVATE = `mutation { activateTechnicalBenefits {
  outcome wasAlreadyActive userErrors { code message }
  technicalBenefits { accessId contractNumber isRenewalDue isUpgradeAvailable benefitYear { yearNumber startsOn endsOn } }
  contracts { kind startsOn endsOn state isUnlimited totalIncidentCount remainingIncidentCount usedIncidentCount }
} }`;
const LINK = `mutation($input: LinkSupportContractInput!) { linkSupportContract(input: $input) {
  contracts { kind } userErrors { code message } diagnostic { message }
} }`;

async function benefits(gateway: TestGateway, as: DemoUserKey, id: string) {
  const response = await gateway.gql(BENEFITS, { id }, { as });
  expect(response.errors).toBeUndefined();
  return response.data?.organization.technicalBenefits;
}
async function activate(gateway: TestGateway, as: DemoUserKey) {
  const response = await gateway.gql(ACTIVATE, {}, { as });
  expect(response.errors).toBeUndefined();
  return response.data?.activateTechnicalBenefits;
}

describe("renewal (Wingtip Toys: the year has ended, the Action Pack runs on)", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  }, 180_000);
  afterAll(() => gateway?.stop());

  it("the benefits page says a renewal is due, since when, and who can do it", async () => {
    expect(await benefits(gateway, "wingtipGlobalAdmin", ORG.wingtip)).toEqual({
      state: "ACTIVE",
      message:
        "Your benefit year was valid through 2026-10-24. Activate again to issue the next year's support contracts under a new Contract ID; the Access ID stays the same",
      canActivate: true,
      activationRefusal: null,
      accessId: DEMO_ACTIVATIONS.wingtip.accessId,
      contractNumber: DEMO_ACTIVATIONS.wingtip.contractId,
      isRenewalDue: true,
      isUpgradeAvailable: false,
      activationAvailableOn: "2026-10-25",
      benefitYear: {
        yearNumber: 1,
        startsOn: "2025-10-25",
        endsOn: "2026-10-25",
        isEnded: true,
        activatedBy: { email: "wendy.admin@wingtiptoys.example" },
      },
      usersWhoCanActivate: [{ email: "wendy.admin@wingtiptoys.example" }],
    });
  });

  it("the last day of the year nothing is due; the next day renewal is", async () => {
    const lastDay = await startTestGateway({ today: "2026-10-24", seedToday: "2026-11-25" });
    try {
      const page = await benefits(lastDay, "wingtipGlobalAdmin", ORG.wingtip);
      expect(page).toMatchObject({ isRenewalDue: false, canActivate: false, activationAvailableOn: "2026-10-25" });
      expect((await activate(lastDay, "wingtipGlobalAdmin")).outcome).toBe("ALREADY_ACTIVE");
    } finally {
      await lastDay.stop();
    }
  });

  it("activating renews: a new Contract ID, the same Access ID, next year's contracts from today", async () => {
    const renewed = await activate(gateway, "wingtipGlobalAdmin");
    expect(renewed).toMatchObject({
      outcome: "RENEWED",
      wasAlreadyActive: false,
      userErrors: [],
      technicalBenefits: {
        accessId: DEMO_ACTIVATIONS.wingtip.accessId,
        isRenewalDue: false,
        benefitYear: { yearNumber: 2, startsOn: "2026-11-25", endsOn: "2027-09-25" },
      },
      // Action Pack: 10 on-premises, capped by the offer's end (2027-09-25).
      contracts: [
        {
          kind: "ON_PREMISES",
          startsOn: "2026-11-25",
          endsOn: "2027-09-25",
          state: "ACTIVE",
          totalIncidentCount: 10,
          remainingIncidentCount: 10,
          usedIncidentCount: 0,
        },
      ],
    });
    expect(renewed.technicalBenefits.contractNumber).not.toBe(DEMO_ACTIVATIONS.wingtip.contractId);
    expect(renewed.technicalBenefits.contractNumber).toMatch(/^CID-/);
    // Idempotent: nothing more is due.
    expect(await activate(gateway, "wingtipGlobalAdmin")).toMatchObject({ outcome: "ALREADY_ACTIVE", wasAlreadyActive: true });
  });

  it("linking the old pair says it has ended and that a newer one exists, without revealing it", async () => {
    const newContractId = (await benefits(gateway, "wingtipGlobalAdmin", ORG.wingtip)).contractNumber;
    const old = await gateway.gql(
      LINK,
      { input: { accessId: DEMO_ACTIVATIONS.wingtip.accessId, contractNumber: DEMO_ACTIVATIONS.wingtip.contractId } },
      { as: "outsideMsa" },
    );
    expect(old.errors).toBeUndefined();
    const payload = old.data?.linkSupportContract;
    expect(payload.contracts).toBeNull();
    expect(payload.userErrors).toEqual([
      {
        code: "CONTRACT_SUPERSEDED",
        message:
          "The support contracts of this Contract ID were valid through 2026-10-24 and have ended. Your organization has a newer Contract ID: ask its Global Admin or MPN Partner Admin for it, then link the new pair",
      },
    ]);
    expect(JSON.stringify(old)).not.toContain(newContractId);
    // The new pair links once, as the first time.
    const fresh = await gateway.gql(
      LINK,
      { input: { accessId: DEMO_ACTIVATIONS.wingtip.accessId, contractNumber: newContractId } },
      { as: "outsideMsa" },
    );
    expect(fresh.data?.linkSupportContract).toMatchObject({ contracts: [{ kind: "ON_PREMISES" }], userErrors: [] });
  });

  it("the renewal is audited with its outcome and year", async () => {
    const rows = await gateway.database.db
      .selectFrom("auditLog")
      .select(["outcome", "detail"])
      .where("action", "=", "activateTechnicalBenefits")
      .where("organizationId", "=", DEMO_IDS.organizations.wingtip)
      .execute();
    expect(rows.map((row) => [row.outcome, (row.detail as { outcome?: string }).outcome])).toEqual(
      expect.arrayContaining([
        ["SUCCEEDED", "RENEWED"],
        ["SUCCEEDED", "ALREADY_ACTIVE"],
      ]),
    );
    expect(rows.find((row) => (row.detail as { outcome?: string }).outcome === "RENEWED")?.detail).toMatchObject({
      yearNumber: 2,
      contracts: 1,
    });
  });

  it("two admins renewing at once get one new year and one set of contracts", async () => {
    const fresh = await startTestGateway();
    try {
      const results = await Promise.all([activate(fresh, "wingtipGlobalAdmin"), activate(fresh, "wingtipGlobalAdmin")]);
      expect(results.map((r) => r.outcome).sort()).toEqual(["ALREADY_ACTIVE", "RENEWED"]);
      expect(results[0].technicalBenefits.contractNumber).toBe(results[1].technicalBenefits.contractNumber);
      const years = await fresh.database.db
        .selectFrom("benefitYears")
        .select("yearNumber")
        .where("organizationId", "=", DEMO_IDS.organizations.wingtip)
        .execute();
      expect(years.map((y) => y.yearNumber).sort()).toEqual([1, 2]);
      const contracts = await fresh.database.db
        .selectFrom("supportContracts")
        .select("id")
        .where("organizationId", "=", DEMO_IDS.organizations.wingtip)
        .execute();
      expect(contracts).toHaveLength(2);
    } finally {
      await fresh.stop();
    }
  });
});

describe("upgrade (Relecloud: Silver Security granted after activation)", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
    // Two cloud incidents used before the upgrade: they must stay used.
    await gateway.database.db
      .updateTable("supportContracts")
      .set({ incidentsRemaining: 3, incidentsUsed: 2 })
      .where("id", "=", DEMO_IDS.contracts.relecloudCloud)
      .execute();
  }, 180_000);
  afterAll(() => gateway?.stop());

  it("the benefits page says an upgrade is available from the grant's start", async () => {
    const page = await benefits(gateway, "relecloudGlobalAdmin", ORG.relecloud);
    expect(page).toMatchObject({
      state: "ACTIVE",
      canActivate: true,
      isRenewalDue: false,
      isUpgradeAvailable: true,
      activationAvailableOn: "2026-10-25",
      contractNumber: DEMO_ACTIVATIONS.relecloud.contractId,
      benefitYear: { yearNumber: 1, startsOn: "2026-08-25", endsOn: "2027-06-25", isEnded: false },
    });
    expect(page.message).toBe(
      "Since 2026-10-25 your offers give more than this benefit year's support contracts hold. Activate again to raise them: same Contract ID, nothing used is lost",
    );
  });

  it("activating upgrades the running year: cloud becomes unlimited, used incidents stay, same Contract ID, extended to one year", async () => {
    const upgraded = await activate(gateway, "relecloudGlobalAdmin");
    expect(upgraded).toMatchObject({
      outcome: "UPGRADED",
      userErrors: [],
      technicalBenefits: {
        contractNumber: DEMO_ACTIVATIONS.relecloud.contractId,
        isUpgradeAvailable: false,
        benefitYear: { yearNumber: 1, startsOn: "2026-08-25", endsOn: "2027-08-25" },
      },
      contracts: [
        { kind: "ON_PREMISES", endsOn: "2027-08-25", totalIncidentCount: 15, remainingIncidentCount: 15, usedIncidentCount: 0 },
        {
          kind: "CLOUD",
          endsOn: "2027-08-25",
          isUnlimited: true,
          totalIncidentCount: null,
          remainingIncidentCount: null,
          usedIncidentCount: 2,
        },
      ],
    });
    expect(await activate(gateway, "relecloudGlobalAdmin")).toMatchObject({ outcome: "ALREADY_ACTIVE" });
  });

  it("revoking the offer that gave the upgrade never takes back what was issued", async () => {
    const revoke = await gateway.gql(
      `mutation($input: RevokeMembershipOfferInput!) { revokeMembershipOffer(input: $input) { userErrors { code } } }`,
      { input: { offerId: toGlobalId("MembershipOffer", DEMO_IDS.offers.relecloudSilverSecurity) } },
      { as: "operator" },
    );
    expect(revoke.errors).toBeUndefined();
    const page = await benefits(gateway, "relecloudGlobalAdmin", ORG.relecloud);
    expect(page).toMatchObject({ isUpgradeAvailable: false, isRenewalDue: false, canActivate: false });
    const again = await activate(gateway, "relecloudGlobalAdmin");
    expect(again.outcome).toBe("ALREADY_ACTIVE");
    expect(again.contracts).toMatchObject([
      { kind: "ON_PREMISES", endsOn: "2027-08-25", totalIncidentCount: 15 },
      { kind: "CLOUD", endsOn: "2027-08-25", isUnlimited: true, usedIncidentCount: 2 },
    ]);
  });
});
