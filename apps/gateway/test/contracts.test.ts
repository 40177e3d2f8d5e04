import { DEMO_ACTIVATIONS, DEMO_IDS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, TEST_TODAY, type TestGateway } from "./support/test-gateway";

const ORG = {
  contoso: toGlobalId("Organization", DEMO_IDS.organizations.contoso),
  fabrikam: toGlobalId("Organization", DEMO_IDS.organizations.fabrikam),
  northwind: toGlobalId("Organization", DEMO_IDS.organizations.northwind),
  adatum: toGlobalId("Organization", DEMO_IDS.organizations.adatum),
};
const CONTRACT = {
  fabrikamOnPremises: toGlobalId("SupportContract", DEMO_IDS.contracts.fabrikamOnPremises),
  fabrikamCloud: toGlobalId("SupportContract", DEMO_IDS.contracts.fabrikamCloud),
  northwindOnPremises: toGlobalId("SupportContract", DEMO_IDS.contracts.northwindOnPremises),
};
const FAB = DEMO_ACTIVATIONS.fabrikam;
const NWD = DEMO_ACTIVATIONS.northwind;
const INVALID_PAIR_MESSAGE = "The Access ID and Contract ID do not match an activated benefit. Check both values and try again";

const CONTRACTS = `query($id: ID!, $asOf: LocalDate) { organization(id: $id) { supportContracts {
  id kind startsOn endsOn state(asOf: $asOf) isUnlimited totalIncidentCount remainingIncidentCount usedIncidentCount linkedAccountCount
} } }`;
const LINK = `mutation($input: LinkSupportContractInput!) { linkSupportContract(input: $input) {
  contracts { id kind state remainingIncidentCount isUnlimited linkedAt }
  diagnostic { wasAlreadyLinked firstLinkedAt canOpenIncidents message contracts { id kind state remainingIncidentCount isUnlimited endsOn } }
  userErrors { code field message }
} }`;
const LINKED = `{ viewer { email organization { id } linkedContracts { id kind state remainingIncidentCount linkedAt linkedAccountCount } } }`;

const link = (gateway: TestGateway, as: DemoUserKey, accessId: string, contractId: string) =>
  gateway.gql(LINK, { input: { accessId, contractNumber: contractId } }, { as });

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

describe("supportContracts", () => {
  it("Fabrikam: on-premises 15 (12 left) and a cloud 5-pack with 2 left; linked by Frank and Fiona", async () => {
    const response = await gateway.gql(CONTRACTS, { id: ORG.fabrikam }, { as: "fabrikamHelpdesk" });
    expect(response.errors).toBeUndefined();
    expect(response.data?.organization.supportContracts).toEqual([
      {
        id: CONTRACT.fabrikamOnPremises,
        kind: "ON_PREMISES",
        startsOn: "2026-07-25",
        endsOn: "2027-06-25",
        state: "ACTIVE",
        isUnlimited: false,
        totalIncidentCount: 15,
        remainingIncidentCount: 12,
        usedIncidentCount: 3,
        linkedAccountCount: 2,
      },
      {
        id: CONTRACT.fabrikamCloud,
        kind: "CLOUD",
        startsOn: "2026-07-25",
        endsOn: "2027-06-25",
        state: "ACTIVE",
        isUnlimited: false,
        totalIncidentCount: 5,
        remainingIncidentCount: 2,
        usedIncidentCount: 3,
        linkedAccountCount: 2,
      },
    ]);
  });

  it("Northwind: the on-premises contract is EXHAUSTED; as of its end date it is EXPIRED", async () => {
    const today = await gateway.gql(CONTRACTS, { id: ORG.northwind }, { as: "northwindGlobalAdmin" });
    expect(today.data?.organization.supportContracts).toEqual([
      expect.objectContaining({ kind: "ON_PREMISES", state: "EXHAUSTED", remainingIncidentCount: 0, usedIncidentCount: 10 }),
    ]);
    const later = await gateway.gql(CONTRACTS, { id: ORG.northwind, asOf: "2027-06-25" }, { as: "northwindGlobalAdmin" });
    expect(later.data?.organization.supportContracts[0].state).toBe("EXPIRED");
  });

  it("Contoso (not activated): none; a foreign organization: null; CSP-only: NOT_AUTHORIZED", async () => {
    const own = await gateway.gql(CONTRACTS, { id: ORG.contoso }, { as: "contosoGlobalAdmin" });
    expect(own.data?.organization.supportContracts).toEqual([]);
    const foreign = await gateway.gql(CONTRACTS, { id: ORG.fabrikam }, { as: "contosoGlobalAdmin" });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data).toEqual({ organization: null });
    const csp = await gateway.gql(CONTRACTS, { id: ORG.adatum }, { as: "adatumCspAgent" });
    expect(csp.errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
    const operator = await gateway.gql(CONTRACTS, { id: ORG.northwind }, { as: "operator" });
    expect(operator.data?.organization.supportContracts).toHaveLength(1);
  });
});

describe("SupportContract.state(asOf:)", () => {
  it("one node ID gives the same values whatever the parent: the date is the state field's own argument", async () => {
    const query = `query($id: ID!, $org: ID!) {
      organization(id: $org) { supportContracts { id remainingIncidentCount today: state ended: state(asOf: "2027-06-25") } }
      node(id: $id) { ... on SupportContract { id remainingIncidentCount state lastDay: state(asOf: "2027-06-24") } }
    }`;
    const { data, errors } = await gateway.gql(query, { id: CONTRACT.fabrikamCloud, org: ORG.fabrikam }, { as: "fabrikamGlobalAdmin" });
    expect(errors).toBeUndefined();
    const listed = data?.organization.supportContracts.find((c: { id: string }) => c.id === CONTRACT.fabrikamCloud);
    // endsOn 2027-06-25 is exclusive: active through 2027-06-24, expired on 2027-06-25.
    expect(listed).toEqual({ id: CONTRACT.fabrikamCloud, remainingIncidentCount: 2, today: "ACTIVE", ended: "EXPIRED" });
    expect(data?.node).toEqual({ id: CONTRACT.fabrikamCloud, remainingIncidentCount: 2, state: "ACTIVE", lastDay: "ACTIVE" });
  });
});

describe("linkSupportContract", () => {
  it("anonymous: UNAUTHENTICATED", async () => {
    const response = await gateway.gql(LINK, { input: { accessId: FAB.accessId, contractNumber: FAB.contractId } }, { as: null });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("an outside MSA account cannot see Fabrikam's contracts before linking", async () => {
    const node = await gateway.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: CONTRACT.fabrikamCloud }, { as: "outsideMsa" });
    expect(node.data?.node).toBeNull();
    const viewer = await gateway.gql(LINKED, {}, { as: "outsideMsa" });
    expect(viewer.data?.viewer).toMatchObject({ email: "someone@outlook.com", organization: null, linkedContracts: [] });
  });

  it("the outside MSA account links Fabrikam's pair (new -> linked) and sees the contracts via viewer", async () => {
    const response = await link(gateway, "outsideMsa", FAB.accessId, FAB.contractId);
    expect(response.errors).toBeUndefined();
    const payload = response.data?.linkSupportContract;
    expect(payload.userErrors).toEqual([]);
    expect(payload.diagnostic).toBeNull();
    expect(payload.contracts.map((c: Record<string, unknown>) => [c.id, c.kind, c.state, c.remainingIncidentCount])).toEqual([
      [CONTRACT.fabrikamOnPremises, "ON_PREMISES", "ACTIVE", 12],
      [CONTRACT.fabrikamCloud, "CLOUD", "ACTIVE", 2],
    ]);
    for (const contract of payload.contracts) expect(contract.linkedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const viewer = await gateway.gql(LINKED, {}, { as: "outsideMsa" });
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data?.viewer.organization).toBeNull();
    expect(viewer.data?.viewer.linkedContracts).toEqual([
      expect.objectContaining({
        id: CONTRACT.fabrikamOnPremises,
        kind: "ON_PREMISES",
        remainingIncidentCount: 12,
        linkedAccountCount: null,
      }),
      expect.objectContaining({ id: CONTRACT.fabrikamCloud, kind: "CLOUD", remainingIncidentCount: 2, linkedAccountCount: null }),
    ]);
    // The linked account may now fetch the contract by ID; Fabrikam sees one more linked account.
    const node = await gateway.gql(
      `query($id: ID!) { node(id: $id) { id ... on SupportContract { kind remainingIncidentCount } } }`,
      { id: CONTRACT.fabrikamCloud },
      { as: "outsideMsa" },
    );
    expect(node.data?.node).toEqual({ id: CONTRACT.fabrikamCloud, kind: "CLOUD", remainingIncidentCount: 2 });
    const counts = await gateway.gql(CONTRACTS, { id: ORG.fabrikam }, { as: "fabrikamGlobalAdmin" });
    expect(counts.data?.organization.supportContracts.map((c: { linkedAccountCount: number }) => c.linkedAccountCount)).toEqual([3, 3]);
  });

  it("linking again is a success with a diagnostic, never the 'already associated' error", async () => {
    // Any case and stray spaces are accepted.
    const response = await link(gateway, "outsideMsa", ` ${FAB.accessId.toLowerCase()} `, FAB.contractId.toLowerCase());
    expect(response.errors).toBeUndefined();
    const payload = response.data?.linkSupportContract;
    expect(payload.userErrors).toEqual([]);
    expect(payload.contracts).toHaveLength(2);
    const diagnostic = payload.diagnostic;
    expect(diagnostic).toMatchObject({ wasAlreadyLinked: true, canOpenIncidents: true });
    expect(diagnostic.firstLinkedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(diagnostic.message).toContain("already linked");
    expect(diagnostic.message).toContain("nothing more is needed");
    expect(diagnostic.message).toContain("2 incidents remaining");
    expect(diagnostic.message).not.toMatch(/already associated/i);
    expect(diagnostic.contracts).toEqual([
      {
        id: CONTRACT.fabrikamOnPremises,
        kind: "ON_PREMISES",
        state: "ACTIVE",
        remainingIncidentCount: 12,
        isUnlimited: false,
        endsOn: "2027-06-25",
      },
      { id: CONTRACT.fabrikamCloud, kind: "CLOUD", state: "ACTIVE", remainingIncidentCount: 2, isUnlimited: false, endsOn: "2027-06-25" },
    ]);
  });

  it("Frank (linked by the seed) gets the diagnostic with the date he linked", async () => {
    const response = await link(gateway, "fabrikamGlobalAdmin", FAB.accessId, FAB.contractId);
    expect(response.data?.linkSupportContract.userErrors).toEqual([]);
    expect(response.data?.linkSupportContract.diagnostic.firstLinkedAt).toMatch(/^2026-07-25T10:00:00/);
  });

  it("a wrong pair: INVALID_PAIR, the same message whichever half is wrong", async () => {
    const wrongContract = await link(gateway, "contosoGlobalAdmin", FAB.accessId, NWD.contractId);
    const wrongAccess = await link(gateway, "contosoGlobalAdmin", "AID-0000-0000-0000", FAB.contractId);
    for (const response of [wrongContract, wrongAccess]) {
      expect(response.errors).toBeUndefined();
      expect(response.data?.linkSupportContract).toEqual({
        contracts: null,
        diagnostic: null,
        userErrors: [{ code: "INVALID_PAIR", field: null, message: INVALID_PAIR_MESSAGE }],
      });
    }
    const viewer = await gateway.gql(LINKED, {}, { as: "contosoGlobalAdmin" });
    expect(viewer.data?.viewer.linkedContracts).toEqual([]);
  });

  it("blank IDs: FIELD_REQUIRED per field (not counted as a guess)", async () => {
    const response = await link(gateway, "contosoGlobalAdmin", "  ", "");
    expect(response.data?.linkSupportContract.userErrors).toEqual([
      expect.objectContaining({ code: "FIELD_REQUIRED", field: ["input", "accessId"] }),
      expect.objectContaining({ code: "FIELD_REQUIRED", field: ["input", "contractNumber"] }),
    ]);
  });

  it("Northwind's pair (no incidents left): NO_INCIDENTS_REMAINING, nothing linked", async () => {
    const response = await link(gateway, "outsideMsa", NWD.accessId, NWD.contractId);
    expect(response.data?.linkSupportContract.userErrors).toEqual([
      { code: "NO_INCIDENTS_REMAINING", field: null, message: "The support contracts for this Access ID have no incidents remaining" },
    ]);
    const viewer = await gateway.gql(LINKED, {}, { as: "outsideMsa" });
    expect(viewer.data?.viewer.linkedContracts.map((c: { id: string }) => c.id)).not.toContain(CONTRACT.northwindOnPremises);
  });

  it("a CSP-only account may link too (any account)", async () => {
    const response = await link(gateway, "adatumCspAgent", FAB.accessId, FAB.contractId);
    expect(response.data?.linkSupportContract.userErrors).toEqual([]);
    expect(response.data?.linkSupportContract.contracts).toHaveLength(2);
  });

  it("linkedContracts is yours only: null on other users", async () => {
    const response = await gateway.gql(
      `query($id: ID!) { organization(id: $id) { users { nodes { email linkedContracts { id } } } } }`,
      { id: ORG.fabrikam },
      { as: "fabrikamGlobalAdmin" },
    );
    const byEmail = Object.fromEntries(
      response.data?.organization.users.nodes.map((u: { email: string; linkedContracts: unknown }) => [u.email, u.linkedContracts]),
    );
    expect(byEmail["frank.admin@fabrikam.example"]).toHaveLength(2);
    expect(byEmail["fiona.agent@fabrikam.example"]).toBeNull();
  });

  it("every link attempt is audited", async () => {
    const response = await gateway.gql(
      `query($filter: AuditLogFilter) { auditLog(first: 100, filter: $filter) { edges { node { outcome actor { email } detail } } } }`,
      { filter: { action: "linkSupportContract" } },
      { as: "operator" },
    );
    expect(response.errors).toBeUndefined();
    const entries = response.data?.auditLog.edges.map((edge: { node: { outcome: string } }) => edge.node);
    expect(entries.filter((e: { outcome: string }) => e.outcome === "SUCCEEDED")).toHaveLength(4);
    expect(entries).toContainEqual(
      expect.objectContaining({ outcome: "REFUSED", actor: { email: "alice.admin@contoso.example" }, detail: { codes: ["INVALID_PAIR"] } }),
    );
  });
});

describe("throttling wrong guesses", () => {
  let fresh: TestGateway;
  beforeAll(async () => {
    fresh = await startTestGateway();
  });
  afterAll(() => fresh?.stop());

  const wrong = (as: DemoUserKey, n: number) => link(fresh, as, `AID-WRNG-0000-000${n % 10}`, FAB.contractId);

  it("after 5 wrong guesses an account is refused with RATE_LIMITED (429), even for the right pair", async () => {
    for (let i = 0; i < 5; i += 1) {
      const response = await wrong("tailspinGlobalAdmin", i);
      expect(response.data?.linkSupportContract.userErrors[0].code).toBe("INVALID_PAIR");
    }
    for (const attempt of [() => wrong("tailspinGlobalAdmin", 6), () => link(fresh, "tailspinGlobalAdmin", FAB.accessId, FAB.contractId)]) {
      const response = await attempt();
      expect(response.status).toBe(429);
      expect(response.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      const retryAfter = response.errors?.[0]?.extensions?.retryAfterSeconds;
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(response.headers.get("retry-after")).toBe(String(retryAfter));
      expect(response.data?.linkSupportContract ?? null).toBeNull();
    }
    // Nothing was linked by the refused right pair.
    const viewer = await fresh.gql(LINKED, {}, { as: "tailspinGlobalAdmin" });
    expect(viewer.data?.viewer.linkedContracts).toEqual([]);
  });

  it("another account from the same address still links; right pairs do not count", async () => {
    const right = await link(fresh, "northwindGlobalAdmin", FAB.accessId, FAB.contractId);
    expect(right.data?.linkSupportContract.userErrors).toEqual([]);
    const wrongOnce = await wrong("northwindGlobalAdmin", 1);
    expect(wrongOnce.data?.linkSupportContract.userErrors[0].code).toBe("INVALID_PAIR");
  });

  it("after 20 wrong guesses from one address, every account there is throttled", async () => {
    // So far: 5 (Tom) + 1 (Nina) wrong guesses from 127.0.0.1.
    const guessers: Array<[DemoUserKey, number]> = [
      ["northwindGlobalAdmin", 4],
      ["fabrikamHelpdesk", 5],
      ["contosoHelpdesk", 5],
    ];
    for (const [as, count] of guessers) {
      for (let i = 0; i < count; i += 1) {
        const response = await wrong(as, i);
        expect(response.data?.linkSupportContract.userErrors[0].code).toBe("INVALID_PAIR");
      }
    }
    const blocked = await link(fresh, "contosoAdminAgent", FAB.accessId, FAB.contractId);
    expect(blocked.status).toBe(429);
    expect(blocked.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("throttled attempts are audited as THROTTLED", async () => {
    const response = await fresh.gql(
      `query($filter: AuditLogFilter) { auditLog(first: 100, filter: $filter) { edges { node { actor { email } detail } } } }`,
      { filter: { action: "linkSupportContract", outcome: "THROTTLED" } },
      { as: "operator" },
    );
    expect(response.errors).toBeUndefined();
    const entries = response.data?.auditLog.edges.map((edge: { node: unknown }) => edge.node);
    expect(entries).toHaveLength(3);
    expect(entries).toContainEqual({
      actor: { email: "aaron.agent@contoso.example" },
      detail: expect.objectContaining({ scope: "address" }),
    });
    expect(entries).toContainEqual(expect.objectContaining({ detail: expect.objectContaining({ scope: "account" }) }));
  });
});

describe("expired contracts", () => {
  it("after Fabrikam's contracts ended: CONTRACT_EXPIRED, and the contracts show EXPIRED", async () => {
    const later = await startTestGateway({ seedToday: TEST_TODAY, today: "2027-07-01" });
    try {
      const response = await link(later, "outsideMsa", FAB.accessId, FAB.contractId);
      expect(response.data?.linkSupportContract.userErrors).toEqual([
        { code: "CONTRACT_EXPIRED", field: null, message: "The support contracts for this Access ID have expired" },
      ]);
      // Even an account linked earlier is told the contracts expired (not "already linked").
      const frank = await link(later, "fabrikamGlobalAdmin", FAB.accessId, FAB.contractId);
      expect(frank.data?.linkSupportContract.userErrors[0].code).toBe("CONTRACT_EXPIRED");
      const contracts = await later.gql(CONTRACTS, { id: ORG.fabrikam }, { as: "fabrikamGlobalAdmin" });
      expect(contracts.data?.organization.supportContracts.map((c: { state: string }) => c.state)).toEqual(["EXPIRED", "EXPIRED"]);
    } finally {
      await later.stop();
    }
  });
});
