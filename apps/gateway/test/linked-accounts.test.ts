import { DEMO_ACTIVATIONS, DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, type GraphQLResponse, startTestGateway, type TestGateway } from "./support/test-gateway";

const FAB = DEMO_ACTIVATIONS.fabrikam;
const ORG = {
  fabrikam: toGlobalId("Organization", DEMO_IDS.organizations.fabrikam),
  contoso: toGlobalId("Organization", DEMO_IDS.organizations.contoso),
};
const ON_PREMISES = toGlobalId("SupportContract", DEMO_IDS.contracts.fabrikamOnPremises);
const user = (key: DemoUserKey) => toGlobalId("User", DEMO_USERS[key].id);

const LINKED_ACCOUNTS = `query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on SupportContract {
  linkedAccountCount
  linkedAccounts(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { user { id email } accountKind isOutsideOrganization linkedAt } }
  }
} } }`;
const LINK = `mutation($input: LinkSupportContractInput!) { linkSupportContract(input: $input) { contracts { id } userErrors { code message } } }`;
const UNLINK = `mutation($input: UnlinkSupportContractAccountInput!) { unlinkSupportContractAccount(input: $input) {
  supportContract { id linkedAccountCount } userErrors { code field message } } }`;
const ROTATE = `mutation($input: RotateAccessIdInput) { rotateAccessId(input: $input) { accessId linkedAccountCount userErrors { code message } } }`;
const LINKED = `{ viewer { linkedContracts { id } } }`;
const BENEFITS = `query($id: ID!) { organization(id: $id) { technicalBenefits { accessId contractNumber } } }`;

const link = (gateway: TestGateway, as: DemoUserKey, accessId: string, contractId: string) =>
  gateway.gql(LINK, { input: { accessId, contractNumber: contractId } }, { as });

describe("SupportContract.linkedAccounts", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
    expect((await link(gateway, "outsideMsa", FAB.accessId, FAB.contractId)).data?.linkSupportContract.userErrors).toEqual([]);
  });
  afterAll(() => gateway?.stop());

  it("shows the organization's admins who linked, which kind, inside or outside, and when", async () => {
    const response = await gateway.gql(LINKED_ACCOUNTS, { id: ON_PREMISES }, { as: "fabrikamGlobalAdmin" });
    expect(response.errors).toBeUndefined();
    const connection = response.data?.node.linkedAccounts;
    expect(connection.totalCount).toBe(3);
    expect(response.data?.node.linkedAccountCount).toBe(3);
    const nodes = connection.edges.map((edge: { node: Record<string, unknown> }) => edge.node);
    const outside = nodes.find((node: { user: { email: string } }) => node.user.email === "someone@outlook.com");
    expect(outside).toMatchObject({ accountKind: "MSA", isOutsideOrganization: true, user: { id: user("outsideMsa") } });
    expect(nodes.filter((node: { isOutsideOrganization: boolean }) => !node.isOutsideOrganization)).toHaveLength(2);
    for (const node of nodes) expect(node.accountKind).toMatch(/^(AAD|MSA)$/);
    // Oldest link first: the outside account linked last.
    expect(nodes.at(-1)).toBe(outside);
  });

  it("pages with first/after without repeating or skipping an account", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const response: GraphQLResponse = await gateway.gql(
        LINKED_ACCOUNTS,
        { id: ON_PREMISES, first: 1, after },
        { as: "fabrikamGlobalAdmin" },
      );
      const connection: { edges: { node: { user: { email: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } =
        response.data?.node.linkedAccounts;
      seen.push(...connection.edges.map((edge: { node: { user: { email: string } } }) => edge.node.user.email));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });

  it("is null for members without the admin roles and for the outside account that linked it; the operator sees it", async () => {
    for (const as of ["fabrikamHelpdesk", "fabrikamAdminAgent", "outsideMsa"] as const) {
      const response = await gateway.gql(LINKED_ACCOUNTS, { id: ON_PREMISES }, { as });
      expect(response.errors, as).toBeUndefined();
      expect(response.data?.node.linkedAccounts, as).toBeNull();
    }
    const operator = await gateway.gql(LINKED_ACCOUNTS, { id: ON_PREMISES }, { as: "operator" });
    expect(operator.data?.node.linkedAccounts.totalCount).toBe(3);
    // Another organization's admin does not even see the contract.
    const contoso = await gateway.gql(LINKED_ACCOUNTS, { id: ON_PREMISES }, { as: "contosoGlobalAdmin" });
    expect(contoso.data?.node).toBeNull();
  });
});

describe("unlinkSupportContractAccount", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
    await link(gateway, "outsideMsa", FAB.accessId, FAB.contractId);
  });
  afterAll(() => gateway?.stop());

  it("removes one account's link to one contract, audited; unlinking again is ACCOUNT_NOT_LINKED", async () => {
    const input = { supportContractId: ON_PREMISES, userId: user("outsideMsa") };
    const response = await gateway.gql(UNLINK, { input }, { as: "fabrikamGlobalAdmin", headers: { "x-request-id": "unlink-1" } });
    expect(response.data?.unlinkSupportContractAccount).toEqual({
      supportContract: { id: ON_PREMISES, linkedAccountCount: 2 },
      userErrors: [],
    });
    const linked = await gateway.gql(LINKED, {}, { as: "outsideMsa" });
    const ids = linked.data?.viewer.linkedContracts.map((c: { id: string }) => c.id);
    expect(ids).not.toContain(ON_PREMISES);
    expect(ids).toHaveLength(1); // the cloud contract stays linked
    const audit = await gateway.database.db.selectFrom("auditLog").selectAll().where("requestId", "=", "unlink-1").execute();
    expect(audit).toEqual([
      expect.objectContaining({
        action: "unlinkSupportContractAccount",
        outcome: "SUCCEEDED",
        targetType: "supportContract",
        targetId: DEMO_IDS.contracts.fabrikamOnPremises,
        organizationId: DEMO_IDS.organizations.fabrikam,
        detail: { userId: DEMO_USERS.outsideMsa.id, email: DEMO_USERS.outsideMsa.email, isOutsideOrganization: true },
      }),
    ]);

    const again = await gateway.gql(UNLINK, { input }, { as: "fabrikamGlobalAdmin" });
    expect(again.data?.unlinkSupportContractAccount).toEqual({
      supportContract: null,
      userErrors: [
        { code: "ACCOUNT_NOT_LINKED", field: ["input", "userId"], message: "This account is not linked to this support contract" },
      ],
    });
  });

  it("another organization's admin gets NOT_FOUND and nothing changes; a helpdesk agent FORBIDDEN", async () => {
    const input = { supportContractId: ON_PREMISES, userId: user("fabrikamAdminAgent") };
    const foreign = await gateway.gql(UNLINK, { input }, { as: "contosoGlobalAdmin" });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const helpdesk = await gateway.gql(UNLINK, { input }, { as: "fabrikamHelpdesk" });
    expect(helpdesk.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const links = await gateway.database.db
      .selectFrom("contractLinks")
      .selectAll()
      .where("userId", "=", DEMO_USERS.fabrikamAdminAgent.id)
      .execute();
    expect(links.map((row) => row.supportContractId)).toContain(DEMO_IDS.contracts.fabrikamOnPremises);
  });

  it("a global ID of the wrong type is a BAD_USER_INPUT", async () => {
    const response = await gateway.gql(
      UNLINK,
      { input: { supportContractId: ORG.fabrikam, userId: user("outsideMsa") } },
      { as: "fabrikamGlobalAdmin" },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("rotateAccessId", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
    await link(gateway, "outsideMsa", FAB.accessId, FAB.contractId);
  });
  afterAll(() => gateway?.stop());

  it("issues a new Access ID: existing links keep working, the old pair links nobody new (INVALID_PAIR, counted as a wrong guess)", async () => {
    const response = await gateway.gql(ROTATE, {}, { as: "fabrikamGlobalAdmin", headers: { "x-request-id": "rotate-1" } });
    const rotated = response.data?.rotateAccessId;
    expect(rotated.userErrors).toEqual([]);
    expect(rotated.accessId).toMatch(/^AID-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(rotated.accessId).not.toBe(FAB.accessId);
    expect(rotated.linkedAccountCount).toBe(3);

    const benefits = await gateway.gql(BENEFITS, { id: ORG.fabrikam }, { as: "fabrikamHelpdesk" });
    expect(benefits.data?.organization.technicalBenefits).toEqual({ accessId: rotated.accessId, contractNumber: FAB.contractId });

    // The outside account linked before the rotation keeps its links.
    const kept = await gateway.gql(LINKED, {}, { as: "outsideMsa" });
    expect(kept.data?.viewer.linkedContracts).toHaveLength(2);

    // The old pair is a wrong pair, exactly, and it counts towards the throttle.
    const old = await link(gateway, "tailspinGlobalAdmin", FAB.accessId, FAB.contractId);
    const wrong = await link(gateway, "northwindGlobalAdmin", "AID-0000-0000-0000", FAB.contractId);
    expect(old.data?.linkSupportContract).toEqual(wrong.data?.linkSupportContract);
    expect(old.data?.linkSupportContract.userErrors[0].code).toBe("INVALID_PAIR");
    const bucket = await gateway.database.db
      .selectFrom("rateLimitBuckets")
      .select("count")
      .where("key", "=", `link-contract:account:${DEMO_USERS.tailspinGlobalAdmin.id}`)
      .executeTakeFirst();
    expect(bucket?.count).toBe(1);

    // The new pair links a new account.
    const fresh = await link(gateway, "tailspinGlobalAdmin", rotated.accessId, FAB.contractId);
    expect(fresh.data?.linkSupportContract.userErrors).toEqual([]);
    expect(fresh.data?.linkSupportContract.contracts).toHaveLength(2);

    // Audited without either ID.
    const audit = await gateway.database.db.selectFrom("auditLog").selectAll().where("requestId", "=", "rotate-1").execute();
    expect(audit).toEqual([
      expect.objectContaining({ action: "rotateAccessId", outcome: "SUCCEEDED", organizationId: DEMO_IDS.organizations.fabrikam }),
    ]);
    expect(JSON.stringify(audit[0]?.detail)).not.toContain("AID-");
  });

  it("an organization that has not activated gets NOT_ACTIVATED; the operator names the organization", async () => {
    const contoso = await gateway.gql(ROTATE, {}, { as: "contosoPartnerAdmin" });
    expect(contoso.data?.rotateAccessId).toEqual({
      accessId: null,
      linkedAccountCount: null,
      userErrors: [{ code: "NOT_ACTIVATED", message: "The technical benefits are not activated yet, so there is no Access ID to rotate" }],
    });
    // The operator's own organization has no benefits: it names the one it acts for.
    const operatorWithout = await gateway.gql(ROTATE, {}, { as: "operator" });
    expect(operatorWithout.data?.rotateAccessId.userErrors[0].code).toBe("NOT_ACTIVATED");
    const operator = await gateway.gql(ROTATE, { input: { organizationId: ORG.fabrikam } }, { as: "operator" });
    expect(operator.data?.rotateAccessId.userErrors).toEqual([]);
  });

  it("refuses other roles, CSP-only accounts and other organizations", async () => {
    expect((await gateway.gql(ROTATE, {}, { as: "fabrikamAdminAgent" })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gateway.gql(ROTATE, {}, { as: "adatumCspAgent" })).errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
    expect((await gateway.gql(ROTATE, {}, { as: "outsideMsa" })).errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
    const foreign = await gateway.gql(ROTATE, { input: { organizationId: ORG.fabrikam } }, { as: "contosoGlobalAdmin" });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
