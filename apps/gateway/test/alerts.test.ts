import { DEMO_ACTIVATIONS, DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { addDays } from "@support-hub/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { startTestGateway, type TestGateway } from "./support/test-gateway";

const ORG = {
  fabrikam: toGlobalId("Organization", DEMO_IDS.organizations.fabrikam),
  northwind: toGlobalId("Organization", DEMO_IDS.organizations.northwind),
};
const ALERTS = `query($id: ID!, $asOf: LocalDate) { organization(id: $id) { alerts(asOf: $asOf) {
  kind message actionHint occursOn daysFromAsOf
  actors { email } supportContract { id kind } membershipOffer { id level } user { email }
} } }`;
const LINK = `mutation($input: LinkSupportContractInput!) { linkSupportContract(input: $input) { userErrors { code } } }`;

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

describe("Organization.alerts", () => {
  it("Northwind has no on-premises incidents left: one alert, saying what to do and who can", async () => {
    const response = await gateway.gql(ALERTS, { id: ORG.northwind }, { as: "northwindGlobalAdmin" });
    expect(response.errors).toBeUndefined();
    expect(response.data?.organization.alerts).toEqual([
      expect.objectContaining({
        kind: "CONTRACT_LOW_INCIDENTS",
        message: "The on-premises support contract has no incidents left out of 10",
        actors: [{ email: DEMO_USERS.northwindGlobalAdmin.email }],
        supportContract: { id: toGlobalId("SupportContract", DEMO_IDS.contracts.northwindOnPremises), kind: "ON_PREMISES" },
        membershipOffer: null,
        user: null,
      }),
    ]);
  });

  it("24 days before the end of Fabrikam's year: both contracts and the offer are ending", async () => {
    const response = await gateway.gql(ALERTS, { id: ORG.fabrikam, asOf: "2027-06-01" }, { as: "fabrikamHelpdesk" });
    const alerts = response.data?.organization.alerts;
    expect(alerts.map((alert: { kind: string; daysFromAsOf: number }) => [alert.kind, alert.daysFromAsOf])).toEqual([
      ["CONTRACT_ENDING", 24],
      ["CONTRACT_ENDING", 24],
      ["OFFER_ENDING", 24],
    ]);
    expect(alerts[2].membershipOffer).toEqual({
      id: toGlobalId("MembershipOffer", DEMO_IDS.offers.fabrikamSilverDataPlatform),
      level: "SILVER",
    });
    expect(alerts[0].actors.map((actor: { email: string }) => actor.email)).toContain(DEMO_USERS.fabrikamGlobalAdmin.email);
    // 31 days before: nothing is ending yet.
    const earlier = await gateway.gql(ALERTS, { id: ORG.fabrikam, asOf: "2027-05-25" }, { as: "fabrikamHelpdesk" });
    expect(earlier.data?.organization.alerts).toEqual([]);
  });

  it("an outside account that links shows up, named only to those who manage linked accounts, for 30 days", async () => {
    const linked = await gateway.gql(
      LINK,
      { input: { accessId: DEMO_ACTIVATIONS.fabrikam.accessId, contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId } },
      { as: "outsideMsa" },
    );
    expect(linked.data?.linkSupportContract.userErrors).toEqual([]);
    // Links are stamped with the real clock, while the test gateway's "today" is fixed: ask as of the link's day.
    const linkedOn = new Date().toISOString().slice(0, 10);
    const admin = await gateway.gql(ALERTS, { id: ORG.fabrikam, asOf: linkedOn }, { as: "fabrikamGlobalAdmin" });
    const [alert] = admin.data?.organization.alerts ?? [];
    expect(alert).toMatchObject({
      kind: "OUTSIDE_ACCOUNT_LINKED",
      daysFromAsOf: 0,
      user: { email: "someone@outlook.com" },
      message: expect.stringContaining("Someone Outside, an account outside the organization, linked"),
      actionHint: expect.stringContaining("rotate the Access ID"),
    });
    expect(admin.data?.organization.alerts).toHaveLength(1); // one alert for both contracts
    const helpdesk = await gateway.gql(ALERTS, { id: ORG.fabrikam, asOf: linkedOn }, { as: "fabrikamHelpdesk" });
    expect(helpdesk.data?.organization.alerts[0]).toMatchObject({ kind: "OUTSIDE_ACCOUNT_LINKED", user: null });
    const day30 = await gateway.gql(ALERTS, { id: ORG.fabrikam, asOf: addDays(linkedOn, 30) }, { as: "fabrikamGlobalAdmin" });
    expect(day30.data?.organization.alerts.map((a: { kind: string }) => a.kind)).toContain("OUTSIDE_ACCOUNT_LINKED");
    const later = await gateway.gql(ALERTS, { id: ORG.fabrikam, asOf: addDays(linkedOn, 31) }, { as: "fabrikamGlobalAdmin" });
    expect(later.data?.organization.alerts.map((a: { kind: string }) => a.kind)).not.toContain("OUTSIDE_ACCOUNT_LINKED");
  });

  it("renewal available once the year's contracts ended and a new offer is active", async () => {
    const granted = await gateway.gql(
      `mutation($input: GrantMembershipOfferInput!) { grantMembershipOffer(input: $input) { userErrors { code } } }`,
      { input: { organizationId: ORG.northwind, level: "ACTION_PACK", startsOn: "2027-06-01", endsOn: "2028-06-01" } },
      { as: "operator" },
    );
    expect(granted.data?.grantMembershipOffer.userErrors).toEqual([]);
    const response = await gateway.gql(ALERTS, { id: ORG.northwind, asOf: "2027-07-01" }, { as: "northwindGlobalAdmin" });
    expect(response.data?.organization.alerts).toEqual([
      expect.objectContaining({ kind: "RENEWAL_AVAILABLE", occursOn: "2027-06-25", daysFromAsOf: -6 }),
    ]);
  });

  it("CSP-only accounts get NOT_AUTHORIZED", async () => {
    const response = await gateway.gql(ALERTS, { id: toGlobalId("Organization", DEMO_IDS.organizations.adatum) }, { as: "adatumCspAgent" });
    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
  });
});
