/**
 * What the admin console reads instead of copying it: the viewer's permissions (from the domain's
 * role rules), the input limits (the domain's, in code points) and the dev sign-in's account list.
 */
import { DEMO_USER_NOTES, DEMO_USERS } from "@support-hub/db";
import { INCIDENT_FIELD_LIMITS, Role } from "@support-hub/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, type TestGateway } from "./support/test-gateway";

const PERMISSIONS =
  "{ viewer { permissions { canActForOrganization canReadAllOrganizations canLinkContracts canManageCatalog canManageRoles canManageLinkedAccounts canReadAuditLog assignableRoles } } }";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

describe("User.permissions", () => {
  it("a Global Admin acts for its organization and may grant every role but the operator's", async () => {
    const response = await gateway.gql(PERMISSIONS, {}, { as: "contosoGlobalAdmin" });
    expect(response.errors).toBeUndefined();
    expect(response.data?.viewer.permissions).toEqual({
      canActForOrganization: true,
      canReadAllOrganizations: false,
      canLinkContracts: true,
      canManageCatalog: false,
      canManageRoles: true,
      canManageLinkedAccounts: true,
      canReadAuditLog: true,
      assignableRoles: Object.values(Role).filter((role) => role !== Role.SUPPORT_OPERATOR),
    });
  });

  it("the operator manages the catalog and acts for no organization; a helpdesk agent manages no roles", async () => {
    const operator = await gateway.gql(PERMISSIONS, {}, { as: "operator" });
    expect(operator.data?.viewer.permissions).toMatchObject({
      canActForOrganization: false,
      canManageCatalog: true,
      canLinkContracts: false,
    });
    const helpdesk = await gateway.gql(PERMISSIONS, {}, { as: "contosoHelpdesk" });
    expect(helpdesk.data?.viewer.permissions).toMatchObject({ canManageRoles: false, assignableRoles: [], canManageCatalog: false });
  });

  it("says who manages linked accounts and reads the audit log, as the resolvers decide", async () => {
    const flags = async (as: keyof typeof DEMO_USERS) => {
      const response = await gateway.gql(PERMISSIONS, {}, { as });
      expect(response.errors).toBeUndefined();
      const { canManageLinkedAccounts, canReadAuditLog } = response.data?.viewer.permissions ?? {};
      return { canManageLinkedAccounts, canReadAuditLog };
    };
    // An MPN Partner Admin manages links but is no Global Admin, so the audit log stays closed.
    expect(await flags("contosoPartnerAdmin")).toEqual({ canManageLinkedAccounts: true, canReadAuditLog: false });
    expect(await flags("contosoHelpdesk")).toEqual({ canManageLinkedAccounts: false, canReadAuditLog: false });
    // The operator reads every organization's log; it rotates and unlinks only by naming an organization.
    expect(await flags("operator")).toEqual({ canManageLinkedAccounts: false, canReadAuditLog: true });
    expect(await flags("fabrikamAdminAgent")).toEqual({ canManageLinkedAccounts: false, canReadAuditLog: false });
  });

  it("is null on another user than the viewer", async () => {
    const response = await gateway.gql(
      "query ($id: ID!) { organization(id: $id) { users { nodes { email permissions { canManageRoles } } } } }",
      { id: (await gateway.gql("{ viewer { organization { id } } }", {}, { as: "contosoGlobalAdmin" })).data?.viewer.organization.id },
      { as: "contosoGlobalAdmin" },
    );
    expect(response.errors).toBeUndefined();
    const users = response.data?.organization.users.nodes as { email: string; permissions: unknown }[];
    expect(users.length).toBeGreaterThan(1);
    for (const user of users) {
      expect(user.permissions === null).toBe(user.email !== DEMO_USERS.contosoGlobalAdmin.email);
    }
  });
});

describe("Query.inputLimits", () => {
  it("serves the domain's incident limits, without sign-in", async () => {
    const response = await gateway.gql(
      "{ inputLimits { incidentTitle incidentDescription contactName contactEmail contactPhone } }",
      {},
      { as: null },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.inputLimits).toEqual({
      incidentTitle: INCIDENT_FIELD_LIMITS.title,
      incidentDescription: INCIDENT_FIELD_LIMITS.description,
      contactName: INCIDENT_FIELD_LIMITS.contactName,
      contactEmail: INCIDENT_FIELD_LIMITS.contactEmail,
      contactPhone: INCIDENT_FIELD_LIMITS.contactPhone,
    });
  });
});

describe("GET /dev/users", () => {
  it("lists every demo user from the database, with organization, live roles and note", async () => {
    const response = await fetch(`${gateway.url}/dev/users`);
    expect(response.status).toBe(200);
    const { users } = (await response.json()) as {
      users: { email: string; organization: string | null; roles: string[]; note: string | null }[];
    };
    expect(users.map((user) => user.email)).toEqual(
      Object.keys(DEMO_USER_NOTES).map((key) => DEMO_USERS[key as keyof typeof DEMO_USERS].email),
    );
    const alice = users.find((user) => user.email === DEMO_USERS.contosoGlobalAdmin.email);
    expect(alice).toMatchObject({ organization: "Contoso Ltd.", roles: ["GLOBAL_ADMIN"], note: DEMO_USER_NOTES.contosoGlobalAdmin });
    expect(users.find((user) => user.email === DEMO_USERS.outsideMsa.email)).toMatchObject({ organization: null, roles: [] });
  });

  it("does not exist without the built-in dev secret", async () => {
    const production = await startTestGateway({ env: { JWT_SECRET: "a-real-secret-that-is-long-enough-for-hs256-000000" } });
    try {
      expect((await fetch(`${production.url}/dev/users`)).status).toBe(404);
    } finally {
      await production.stop();
    }
  });
});
