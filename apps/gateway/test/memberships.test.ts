import { DEMO_IDS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

const ORG = {
  contoso: toGlobalId("Organization", DEMO_IDS.organizations.contoso),
  fabrikam: toGlobalId("Organization", DEMO_IDS.organizations.fabrikam),
  northwind: toGlobalId("Organization", DEMO_IDS.organizations.northwind),
  tailspin: toGlobalId("Organization", DEMO_IDS.organizations.tailspin),
  adatum: toGlobalId("Organization", DEMO_IDS.organizations.adatum),
};
const CONTOSO_GOLD = toGlobalId("MembershipOffer", DEMO_IDS.offers.contosoGoldCloudPlatform);

const OFFERS = `query($id: ID!, $includeInactive: Boolean, $asOf: LocalDate) { organization(id: $id) {
  membershipOffers(includeInactive: $includeInactive, asOf: $asOf) { id level competency isCloudCompetency startsOn endsOn isActive(asOf: $asOf) revokedAt }
} }`;
const ENTITLEMENTS = `query($id: ID!, $asOf: LocalDate) { organization(id: $id) { entitlements(asOf: $asOf) {
  asOf onPremisesIncidentCount tpdHours cloudCompetencies cloudIncidents { kind count isUnlimited } activeOffers { level competency }
} } }`;
const GRANT = `mutation($input: GrantMembershipOfferInput!) { grantMembershipOffer(input: $input) {
  offer { id level competency isCloudCompetency startsOn endsOn isActive revokedAt }
  userErrors { code field message }
} }`;
const REVOKE = `mutation($input: RevokeMembershipOfferInput!) { revokeMembershipOffer(input: $input) {
  offer { id isActive revokedAt }
  userErrors { code field message }
} }`;

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

async function entitlements(id: string, as: DemoUserKey, asOf?: string) {
  const response = await gateway.gql(ENTITLEMENTS, { id, asOf }, { as });
  expect(response.errors).toBeUndefined();
  return response.data?.organization.entitlements;
}

describe("membershipOffers", () => {
  it("Contoso: Gold Cloud Platform and Silver Data Analytics, both active today", async () => {
    const response = await gateway.gql(OFFERS, { id: ORG.contoso }, { as: "contosoHelpdesk" });
    expect(response.errors).toBeUndefined();
    expect(response.data?.organization.membershipOffers).toEqual([
      {
        id: CONTOSO_GOLD,
        level: "GOLD",
        competency: "Cloud Platform",
        isCloudCompetency: true,
        startsOn: "2026-06-25",
        endsOn: "2027-06-25",
        isActive: true,
        revokedAt: null,
      },
      {
        id: toGlobalId("MembershipOffer", DEMO_IDS.offers.contosoSilverDataAnalytics),
        level: "SILVER",
        competency: "Data Analytics",
        isCloudCompetency: false,
        startsOn: "2026-09-25",
        endsOn: "2027-09-25",
        isActive: true,
        revokedAt: null,
      },
    ]);
  });

  it("as of a date before the Silver offer starts, only Gold is listed unless includeInactive", async () => {
    const active = await gateway.gql(OFFERS, { id: ORG.contoso, asOf: "2026-08-01" }, { as: "contosoGlobalAdmin" });
    expect(active.data?.organization.membershipOffers.map((o: { level: string }) => o.level)).toEqual(["GOLD"]);
    const all = await gateway.gql(OFFERS, { id: ORG.contoso, asOf: "2026-08-01", includeInactive: true }, { as: "contosoGlobalAdmin" });
    expect(all.data?.organization.membershipOffers.map((o: { level: string; isActive: boolean }) => [o.level, o.isActive])).toEqual([
      ["GOLD", true],
      ["SILVER", false],
    ]);
  });

  it("CSP-only user: NOT_AUTHORIZED; foreign organization: null; operator reads any", async () => {
    const csp = await gateway.gql(OFFERS, { id: ORG.adatum }, { as: "adatumCspAgent" });
    expect(csp.errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
    expect(csp.errors?.[0]?.message).toBe("You are not authorized for this action");
    const foreign = await gateway.gql(OFFERS, { id: ORG.contoso }, { as: "northwindGlobalAdmin" });
    expect(foreign.data).toEqual({ organization: null });
    const operator = await gateway.gql(OFFERS, { id: ORG.northwind }, { as: "operator" });
    expect(operator.data?.organization.membershipOffers.map((o: { level: string }) => o.level)).toEqual(["ACTION_PACK"]);
  });

  it("node(id) finds an offer for its members only", async () => {
    const query = `query($id: ID!) { node(id: $id) { id ... on MembershipOffer { level } } }`;
    expect((await gateway.gql(query, { id: CONTOSO_GOLD }, { as: "contosoHelpdesk" })).data?.node).toEqual({
      id: CONTOSO_GOLD,
      level: "GOLD",
    });
    expect((await gateway.gql(query, { id: CONTOSO_GOLD }, { as: "fabrikamGlobalAdmin" })).data?.node).toBeNull();
    expect((await gateway.gql(query, { id: CONTOSO_GOLD }, { as: "outsideMsa" })).data?.node).toBeNull();
  });
});

describe("entitlements", () => {
  it("Contoso (Gold Cloud Platform + Silver Data Analytics): 20 on-premises, unlimited cloud, 50 TPD hours", async () => {
    expect(await entitlements(ORG.contoso, "contosoAdminAgent")).toEqual({
      asOf: "2026-11-25",
      onPremisesIncidentCount: 20,
      tpdHours: 50,
      cloudCompetencies: ["Cloud Platform"],
      cloudIncidents: { kind: "UNLIMITED", count: null, isUnlimited: true },
      activeOffers: [
        { level: "GOLD", competency: "Cloud Platform" },
        { level: "SILVER", competency: "Data Analytics" },
      ],
    });
  });

  it("Contoso after the Gold offer ended: the Silver non-cloud row (15, a 5-pack, 20 hours)", async () => {
    expect(await entitlements(ORG.contoso, "contosoGlobalAdmin", "2027-07-01")).toMatchObject({
      onPremisesIncidentCount: 15,
      tpdHours: 20,
      cloudCompetencies: [],
      cloudIncidents: { kind: "LIMITED", count: 5, isUnlimited: false },
    });
  });

  it("Fabrikam (Silver Data Platform): 15 on-premises, a 5-pack, 20 hours", async () => {
    expect(await entitlements(ORG.fabrikam, "fabrikamHelpdesk")).toMatchObject({
      onPremisesIncidentCount: 15,
      tpdHours: 20,
      cloudCompetencies: [],
      cloudIncidents: { kind: "LIMITED", count: 5, isUnlimited: false },
    });
  });

  it("Northwind (Action Pack): 10 on-premises, no cloud, 5 hours", async () => {
    expect(await entitlements(ORG.northwind, "northwindGlobalAdmin")).toMatchObject({
      onPremisesIncidentCount: 10,
      tpdHours: 5,
      cloudIncidents: { kind: "NONE", count: 0, isUnlimited: false },
    });
  });

  it("Tailspin (no offers): nothing", async () => {
    expect(await entitlements(ORG.tailspin, "tailspinGlobalAdmin")).toMatchObject({
      onPremisesIncidentCount: 0,
      tpdHours: 0,
      cloudIncidents: { kind: "NONE", count: 0 },
      activeOffers: [],
    });
  });

  it("cross-tenant: null organization; CSP-only: NOT_AUTHORIZED", async () => {
    const foreign = await gateway.gql(ENTITLEMENTS, { id: ORG.fabrikam }, { as: "contosoGlobalAdmin" });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data).toEqual({ organization: null });
    const csp = await gateway.gql(ENTITLEMENTS, { id: ORG.adatum }, { as: "adatumCspAgent" });
    expect(csp.errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
  });
});

describe("grantMembershipOffer / revokeMembershipOffer", () => {
  const gold = {
    organizationId: ORG.tailspin,
    level: "GOLD",
    competency: "  cloud platform ",
    startsOn: "2026-11-01",
    endsOn: "2027-11-01",
  };

  it.each([
    ["contosoGlobalAdmin" as const, "FORBIDDEN"],
    ["tailspinGlobalAdmin" as const, "FORBIDDEN"],
    ["adatumCspAgent" as const, "FORBIDDEN"],
    ["outsideMsa" as const, "FORBIDDEN"],
  ])("%s may not grant or revoke (%s)", async (as, code) => {
    const grant = await gateway.gql(GRANT, { input: gold }, { as });
    expect(grant.status).toBe(403);
    expect(grant.errors?.[0]?.extensions?.code).toBe(code);
    const revoke = await gateway.gql(REVOKE, { input: { offerId: CONTOSO_GOLD } }, { as });
    expect(revoke.errors?.[0]?.extensions?.code).toBe(code);
    // Nothing changed.
    expect((await entitlements(ORG.tailspin, "tailspinGlobalAdmin")).tpdHours).toBe(0);
    expect((await entitlements(ORG.contoso, "contosoGlobalAdmin")).onPremisesIncidentCount).toBe(20);
  });

  it.each([
    ["Action Pack with a competency", { level: "ACTION_PACK", competency: "Data Platform" }, "INVALID_INPUT", ["input", "competency"]],
    ["Silver without competency", { level: "SILVER", competency: null }, "FIELD_REQUIRED", ["input", "competency"]],
    ["Gold with a blank competency", { level: "GOLD", competency: "   " }, "FIELD_REQUIRED", ["input", "competency"]],
    ["a competency too long", { competency: "x".repeat(101) }, "FIELD_TOO_LONG", ["input", "competency"]],
    ["ends before it starts", { startsOn: "2027-01-01", endsOn: "2026-12-31" }, "INVALID_INPUT", ["input", "endsOn"]],
    ["ends the day it starts", { startsOn: "2027-01-01", endsOn: "2027-01-01" }, "INVALID_INPUT", ["input", "endsOn"]],
  ])("operator: %s -> userError %s, nothing granted", async (_label, change, code, field) => {
    const response = await gateway.gql(GRANT, { input: { ...gold, ...change } }, { as: "operator" });
    expect(response.errors).toBeUndefined();
    expect(response.data?.grantMembershipOffer.offer).toBeNull();
    expect(response.data?.grantMembershipOffer.userErrors).toEqual([expect.objectContaining({ code, field })]);
    const offers = await gateway.gql(OFFERS, { id: ORG.tailspin, includeInactive: true }, { as: "operator" });
    expect(offers.data?.organization.membershipOffers).toEqual([]);
  });

  it("operator: unknown organization NOT_FOUND, malformed id BAD_USER_INPUT, unknown offer NOT_FOUND", async () => {
    const missing = toGlobalId("Organization", "10000000-0000-4000-8000-0000000000ff");
    expect(
      (await gateway.gql(GRANT, { input: { ...gold, organizationId: missing } }, { as: "operator" })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await gateway.gql(GRANT, { input: { ...gold, organizationId: "zzz" } }, { as: "operator" })).errors?.[0]?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
    const missingOffer = toGlobalId("MembershipOffer", "30000000-0000-4000-8000-0000000000ff");
    expect((await gateway.gql(REVOKE, { input: { offerId: missingOffer } }, { as: "operator" })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
  });

  it("operator grants Tailspin a Gold Cloud Platform offer, then revokes it: revoked offers no longer count", async () => {
    const granted = await gateway.gql(GRANT, { input: gold }, { as: "operator" });
    expect(granted.errors).toBeUndefined();
    const offer = granted.data?.grantMembershipOffer.offer;
    expect(granted.data?.grantMembershipOffer.userErrors).toEqual([]);
    expect(offer).toMatchObject({
      level: "GOLD",
      competency: "Cloud Platform",
      isCloudCompetency: true,
      startsOn: "2026-11-01",
      endsOn: "2027-11-01",
      isActive: true,
      revokedAt: null,
    });

    expect(await entitlements(ORG.tailspin, "tailspinGlobalAdmin")).toMatchObject({
      onPremisesIncidentCount: 20,
      tpdHours: 50,
      cloudIncidents: { kind: "UNLIMITED" },
    });
    const page = await gateway.gql(
      `query($id: ID!) { organization(id: $id) { technicalBenefits { state canActivate } } }`,
      { id: ORG.tailspin },
      {
        as: "tailspinGlobalAdmin",
      },
    );
    expect(page.data?.organization.technicalBenefits).toEqual({ state: "NOT_ACTIVATED", canActivate: true });

    const revoked = await gateway.gql(REVOKE, { input: { offerId: offer.id } }, { as: "operator" });
    expect(revoked.data?.revokeMembershipOffer.userErrors).toEqual([]);
    expect(revoked.data?.revokeMembershipOffer.offer).toMatchObject({ id: offer.id, isActive: false });
    const revokedAt = revoked.data?.revokeMembershipOffer.offer.revokedAt;
    expect(revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    expect(await entitlements(ORG.tailspin, "tailspinGlobalAdmin")).toMatchObject({
      onPremisesIncidentCount: 0,
      tpdHours: 0,
      activeOffers: [],
    });
    const after = await gateway.gql(
      `query($id: ID!) { organization(id: $id) { technicalBenefits { state } } }`,
      { id: ORG.tailspin },
      {
        as: "tailspinGlobalAdmin",
      },
    );
    expect(after.data?.organization.technicalBenefits.state).toBe("NO_BENEFITS");
    const activation = await gateway.gql(
      `mutation { activateTechnicalBenefits { userErrors { code } } }`,
      {},
      { as: "tailspinGlobalAdmin" },
    );
    expect(activation.data?.activateTechnicalBenefits.userErrors).toEqual([{ code: "NO_ACTIVE_OFFERS" }]);

    const listed = await gateway.gql(OFFERS, { id: ORG.tailspin }, { as: "tailspinGlobalAdmin" });
    expect(listed.data?.organization.membershipOffers).toEqual([]);
    const all = await gateway.gql(OFFERS, { id: ORG.tailspin, includeInactive: true }, { as: "tailspinGlobalAdmin" });
    expect(all.data?.organization.membershipOffers).toEqual([expect.objectContaining({ id: offer.id, isActive: false, revokedAt })]);

    // Revoking again is idempotent: the first revocation time stays.
    const again = await gateway.gql(REVOKE, { input: { offerId: offer.id } }, { as: "operator" });
    expect(again.data?.revokeMembershipOffer).toEqual({ offer: { id: offer.id, isActive: false, revokedAt }, userErrors: [] });
  });

  it("revoking Contoso's Gold offer drops it from the entitlements (Silver Data Analytics remains)", async () => {
    const revoked = await gateway.gql(REVOKE, { input: { offerId: CONTOSO_GOLD } }, { as: "operator" });
    expect(revoked.data?.revokeMembershipOffer.userErrors).toEqual([]);
    expect(await entitlements(ORG.contoso, "contosoGlobalAdmin")).toMatchObject({
      onPremisesIncidentCount: 15,
      tpdHours: 20,
      cloudIncidents: { kind: "LIMITED", count: 5 },
      activeOffers: [{ level: "SILVER", competency: "Data Analytics" }],
    });
  });

  it("grants and revokes are audited", async () => {
    const response = await gateway.gql(`{ auditLog(first: 100) { edges { node { action outcome targetId } } } }`, {}, { as: "operator" });
    expect(response.errors).toBeUndefined();
    const entries = response.data?.auditLog.edges.map((edge: { node: { action: string; outcome: string } }) => edge.node);
    const count = (action: string, outcome: string) =>
      entries.filter((e: { action: string; outcome: string }) => e.action === action && e.outcome === outcome).length;
    expect(count("grantMembershipOffer", "SUCCEEDED")).toBe(1);
    // 6 business refusals + the unknown and the malformed organization id (NOT_FOUND / BAD_USER_INPUT
    // errors are audited as REFUSED too: every signed-in mutation leaves an entry).
    expect(count("grantMembershipOffer", "REFUSED")).toBe(8);
    expect(count("grantMembershipOffer", "DENIED")).toBe(4);
    expect(count("revokeMembershipOffer", "SUCCEEDED")).toBe(3);
    expect(entries).toContainEqual({ action: "revokeMembershipOffer", outcome: "SUCCEEDED", targetId: CONTOSO_GOLD });
  });
});
