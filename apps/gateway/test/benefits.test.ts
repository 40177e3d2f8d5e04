import { DEMO_ACTIVATIONS, DEMO_IDS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

const ORG = {
  contoso: toGlobalId("Organization", DEMO_IDS.organizations.contoso),
  fabrikam: toGlobalId("Organization", DEMO_IDS.organizations.fabrikam),
  tailspin: toGlobalId("Organization", DEMO_IDS.organizations.tailspin),
  adatum: toGlobalId("Organization", DEMO_IDS.organizations.adatum),
};
const ID_FORMAT = (prefix: string) => new RegExp(`^${prefix}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$`);
const NOT_AUTHORIZED_MESSAGE = "You are not authorized for this action";

const BENEFITS = `query($id: ID!) { organization(id: $id) { technicalBenefits {
  state message canActivate activationRefusal accessId contractNumber activatedAt
  activatedBy { email } usersWhoCanActivate { email displayName }
  activeOffers { level competency }
  entitlements { onPremisesIncidentCount tpdHours cloudIncidents { kind count } }
} } }`;
const ACTIVATE = `mutation($input: ActivateTechnicalBenefitsInput) { activateTechnicalBenefits(input: $input) {
  wasAlreadyActive
  technicalBenefits { state accessId contractNumber canActivate activatedBy { email } }
  contracts { id kind startsOn endsOn state isUnlimited totalIncidentCount remainingIncidentCount usedIncidentCount }
  userErrors { code field message }
} }`;
const CONTRACTS = `query($id: ID!) { organization(id: $id) { supportContracts { id kind state } } }`;

async function benefitsOf(gateway: TestGateway, as: DemoUserKey, id = ORG.contoso) {
  const response = await gateway.gql(BENEFITS, { id }, { as });
  expect(response.errors).toBeUndefined();
  return response.data?.organization.technicalBenefits;
}

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

describe("technicalBenefits (query)", () => {
  it.each([["contosoAdminAgent" as const], ["contosoHelpdesk" as const]])(
    "Contoso %s: NOT_ACTIVATED, cannot activate (MISSING_ROLE), names the two admins",
    async (as) => {
      const page = await benefitsOf(gateway, as);
      expect(page).toMatchObject({
        state: "NOT_ACTIVATED",
        canActivate: false,
        activationRefusal: "MISSING_ROLE",
        message: "Only a Global Admin or an MPN Partner Admin of your organization can activate the technical benefits",
        accessId: null,
        contractNumber: null,
        activatedAt: null,
        activatedBy: null,
      });
      expect(page.usersWhoCanActivate).toEqual([
        { email: "alice.admin@contoso.example", displayName: "Alice Admin" },
        { email: "paul.partneradmin@contoso.example", displayName: "Paul Partner-Admin" },
      ]);
    },
  );

  it.each([["contosoGlobalAdmin" as const], ["contosoPartnerAdmin" as const]])("Contoso %s can activate", async (as) => {
    const page = await benefitsOf(gateway, as);
    expect(page).toMatchObject({ state: "NOT_ACTIVATED", canActivate: true, activationRefusal: null });
    expect(page.activeOffers).toEqual([
      { level: "GOLD", competency: "Cloud Platform" },
      { level: "SILVER", competency: "Data Analytics" },
    ]);
    expect(page.entitlements).toEqual({ onPremisesIncidentCount: 20, tpdHours: 50, cloudIncidents: { kind: "UNLIMITED", count: null } });
  });

  it("Tailspin (no offers): the empty state, not an error", async () => {
    const page = await benefitsOf(gateway, "tailspinGlobalAdmin", ORG.tailspin);
    expect(page).toMatchObject({
      state: "NO_BENEFITS",
      message: "Looks like you don't have any benefits yet",
      canActivate: false,
      activationRefusal: "NO_ACTIVE_OFFERS",
      activeOffers: [],
      usersWhoCanActivate: [],
    });
  });

  it("Fabrikam (activated): every program-associated member reads both IDs", async () => {
    const page = await benefitsOf(gateway, "fabrikamHelpdesk", ORG.fabrikam);
    expect(page).toMatchObject({
      state: "ACTIVE",
      accessId: DEMO_ACTIVATIONS.fabrikam.accessId,
      contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId,
      canActivate: false,
      activationRefusal: null,
      activatedBy: { email: "frank.admin@fabrikam.example" },
    });
    expect(page.activatedAt).toMatch(/^2026-07-25T/);
  });

  it("Adatum CSP-only user: NOT_AUTHORIZED with the exact message", async () => {
    const response = await gateway.gql(BENEFITS, { id: ORG.adatum }, { as: "adatumCspAgent" });
    expect(response.errors?.[0]?.message).toBe(NOT_AUTHORIZED_MESSAGE);
    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
    const viaViewer = await gateway.gql("{ viewer { organization { technicalBenefits { state } } } }", {}, { as: "adatumCspAgent" });
    expect(viaViewer.errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
  });

  it("cross-tenant: a Fabrikam admin reading Contoso's benefits or contracts gets a null organization", async () => {
    for (const query of [BENEFITS, CONTRACTS]) {
      const response = await gateway.gql(query, { id: ORG.contoso }, { as: "fabrikamGlobalAdmin" });
      expect(response.errors).toBeUndefined();
      expect(response.data?.organization).toBeNull();
    }
  });

  it("the platform operator reads any organization's page but cannot activate it", async () => {
    const page = await benefitsOf(gateway, "operator");
    expect(page).toMatchObject({ state: "NOT_ACTIVATED", canActivate: false, activationRefusal: "MISSING_ROLE" });
  });
});

describe("activateTechnicalBenefits", () => {
  it.each([["contosoAdminAgent" as const], ["contosoHelpdesk" as const]])(
    "%s is refused as data: the userError MISSING_ROLE and the users who can activate",
    async (as) => {
      const response = await gateway.gql(
        `mutation { activateTechnicalBenefits { outcome wasAlreadyActive contracts { id } usersWhoCanActivate { email displayName }
          technicalBenefits { state canActivate activationRefusal } userErrors { code field message } } }`,
        {},
        { as },
      );
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data?.activateTechnicalBenefits).toEqual({
        outcome: "REFUSED",
        wasAlreadyActive: false,
        contracts: null,
        usersWhoCanActivate: [
          { email: "alice.admin@contoso.example", displayName: "Alice Admin" },
          { email: "paul.partneradmin@contoso.example", displayName: "Paul Partner-Admin" },
        ],
        technicalBenefits: { state: "NOT_ACTIVATED", canActivate: false, activationRefusal: "MISSING_ROLE" },
        userErrors: [
          {
            code: "MISSING_ROLE",
            field: null,
            message: "Only a Global Admin or an MPN Partner Admin of your organization can activate the technical benefits",
          },
        ],
      });
    },
  );

  it.each([
    ["operator" as const, "FORBIDDEN", 403],
    ["adatumCspAgent" as const, "NOT_AUTHORIZED", 403],
    ["outsideMsa" as const, "NOT_AUTHORIZED", 403],
  ])("%s is refused at request level (%s)", async (as, code, status) => {
    const response = await gateway.gql(ACTIVATE, {}, { as });
    expect(response.status).toBe(status);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.data?.activateTechnicalBenefits ?? null).toBeNull();
    if (code === "NOT_AUTHORIZED") expect(response.errors?.[0]?.message).toBe(NOT_AUTHORIZED_MESSAGE);
  });

  it("anonymous: UNAUTHENTICATED", async () => {
    const response = await gateway.gql(ACTIVATE, {}, { as: null });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refused roles created nothing", async () => {
    const response = await gateway.gql(CONTRACTS, { id: ORG.contoso }, { as: "contosoGlobalAdmin" });
    expect(response.data?.organization.supportContracts).toEqual([]);
    expect((await benefitsOf(gateway, "contosoGlobalAdmin")).state).toBe("NOT_ACTIVATED");
  });

  it("Tailspin (no offers): NO_ACTIVE_OFFERS as a userError, with the empty state", async () => {
    const response = await gateway.gql(ACTIVATE, {}, { as: "tailspinGlobalAdmin" });
    expect(response.errors).toBeUndefined();
    expect(response.data?.activateTechnicalBenefits).toEqual({
      wasAlreadyActive: false,
      technicalBenefits: { state: "NO_BENEFITS", accessId: null, contractNumber: null, canActivate: false, activatedBy: null },
      contracts: null,
      userErrors: [{ code: "NO_ACTIVE_OFFERS", field: null, message: "Looks like you don't have any benefits yet" }],
    });
  });

  it("a foreign organization id answers NOT_FOUND; a malformed one BAD_USER_INPUT", async () => {
    const foreign = await gateway.gql(ACTIVATE, { input: { organizationId: ORG.fabrikam } }, { as: "contosoGlobalAdmin" });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const malformed = await gateway.gql(ACTIVATE, { input: { organizationId: "nope" } }, { as: "contosoGlobalAdmin" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("Contoso GLOBAL_ADMIN activates: Access ID, Contract ID, 20 on-premises + unlimited cloud; twice is idempotent", async () => {
    const first = await gateway.gql(ACTIVATE, { input: { organizationId: ORG.contoso } }, { as: "contosoGlobalAdmin" });
    expect(first.errors).toBeUndefined();
    const payload = first.data?.activateTechnicalBenefits;
    expect(payload.userErrors).toEqual([]);
    expect(payload.wasAlreadyActive).toBe(false);
    expect(payload.technicalBenefits).toMatchObject({
      state: "ACTIVE",
      canActivate: false,
      activatedBy: { email: "alice.admin@contoso.example" },
    });
    expect(payload.technicalBenefits.accessId).toMatch(ID_FORMAT("AID"));
    expect(payload.technicalBenefits.contractNumber).toMatch(ID_FORMAT("CID"));
    // Contracts: from today, one year, capped by the Gold offer's end (2027-06-25).
    expect(payload.contracts.map(({ id: _id, ...rest }: Record<string, unknown>) => rest)).toEqual([
      {
        kind: "ON_PREMISES",
        startsOn: "2026-11-25",
        endsOn: "2027-06-25",
        state: "ACTIVE",
        isUnlimited: false,
        totalIncidentCount: 20,
        remainingIncidentCount: 20,
        usedIncidentCount: 0,
      },
      {
        kind: "CLOUD",
        startsOn: "2026-11-25",
        endsOn: "2027-06-25",
        state: "ACTIVE",
        isUnlimited: true,
        totalIncidentCount: null,
        remainingIncidentCount: null,
        usedIncidentCount: 0,
      },
    ]);

    for (const as of ["contosoGlobalAdmin", "contosoPartnerAdmin"] as const) {
      const again = await gateway.gql(ACTIVATE, {}, { as });
      const repeat = again.data?.activateTechnicalBenefits;
      expect(repeat.userErrors).toEqual([]);
      expect(repeat.wasAlreadyActive).toBe(true);
      expect(repeat.technicalBenefits.accessId).toBe(payload.technicalBenefits.accessId);
      expect(repeat.technicalBenefits.contractNumber).toBe(payload.technicalBenefits.contractNumber);
      expect(repeat.technicalBenefits.activatedBy.email).toBe("alice.admin@contoso.example");
      expect(repeat.contracts.map((c: { id: string }) => c.id)).toEqual(payload.contracts.map((c: { id: string }) => c.id));
    }
    const contracts = await gateway.gql(CONTRACTS, { id: ORG.contoso }, { as: "contosoHelpdesk" });
    expect(contracts.data?.organization.supportContracts).toHaveLength(2);

    // After activation every program-associated member reads both IDs.
    const helpdesk = await benefitsOf(gateway, "contosoHelpdesk");
    expect(helpdesk).toMatchObject({
      state: "ACTIVE",
      accessId: payload.technicalBenefits.accessId,
      contractNumber: payload.technicalBenefits.contractNumber,
      canActivate: false,
      activationRefusal: null,
      usersWhoCanActivate: [],
    });
  });

  it("the IDs are unguessable: another activation draws different ones", async () => {
    const other = await startTestGateway();
    try {
      const a = await gateway.gql(ACTIVATE, {}, { as: "contosoGlobalAdmin" });
      const b = await other.gql(ACTIVATE, {}, { as: "contosoPartnerAdmin" });
      expect(b.data?.activateTechnicalBenefits.wasAlreadyActive).toBe(false);
      expect(b.data?.activateTechnicalBenefits.technicalBenefits.accessId).not.toBe(
        a.data?.activateTechnicalBenefits.technicalBenefits.accessId,
      );
    } finally {
      await other.stop();
    }
  });

  it("MPN_PARTNER_ADMIN activates; two concurrent activations give one set of IDs and contracts", async () => {
    const fresh = await startTestGateway();
    try {
      const [one, two] = await Promise.all([
        fresh.gql(ACTIVATE, {}, { as: "contosoPartnerAdmin" }),
        fresh.gql(ACTIVATE, {}, { as: "contosoPartnerAdmin" }),
      ]);
      const payloads = [one, two].map((r) => r.data?.activateTechnicalBenefits);
      expect(payloads.map((p) => p.userErrors)).toEqual([[], []]);
      expect(payloads.map((p) => p.wasAlreadyActive).sort()).toEqual([false, true]);
      expect(payloads[0].technicalBenefits.accessId).toBe(payloads[1].technicalBenefits.accessId);
      expect(payloads[0].technicalBenefits.activatedBy.email).toBe("paul.partneradmin@contoso.example");
      const contracts = await fresh.gql(CONTRACTS, { id: ORG.contoso }, { as: "contosoGlobalAdmin" });
      expect(contracts.data?.organization.supportContracts.map((c: { kind: string }) => c.kind)).toEqual(["ON_PREMISES", "CLOUD"]);
    } finally {
      await fresh.stop();
    }
  });

  it("every activation call is audited (success, idempotent repeat, refusals)", async () => {
    const response = await gateway.gql(
      `query($filter: AuditLogFilter) { auditLog(first: 50, filter: $filter) { edges { node { action outcome actor { email } organization { name } } } } }`,
      { filter: { action: "activateTechnicalBenefits" } },
      { as: "operator" },
    );
    expect(response.errors).toBeUndefined();
    const entries = response.data?.auditLog.edges.map((edge: { node: unknown }) => edge.node);
    expect(entries).toEqual(
      expect.arrayContaining([
        {
          action: "activateTechnicalBenefits",
          outcome: "SUCCEEDED",
          actor: { email: "alice.admin@contoso.example" },
          organization: { name: "Contoso Ltd." },
        },
        {
          action: "activateTechnicalBenefits",
          outcome: "REFUSED",
          actor: { email: "tom.admin@tailspin.example" },
          organization: { name: "Tailspin Toys" },
        },
        {
          action: "activateTechnicalBenefits",
          outcome: "REFUSED",
          actor: { email: "hannah.helpdesk@contoso.example" },
          organization: { name: "Contoso Ltd." },
        },
      ]),
    );
    // One success for the first activation plus two idempotent repeats (and one in the ID test).
    expect(entries.filter((e: { outcome: string }) => e.outcome === "SUCCEEDED")).toHaveLength(4);
  });
});
