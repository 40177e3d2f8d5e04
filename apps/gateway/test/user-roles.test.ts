import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeType, toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

const ASSIGN = `mutation Assign($input: AssignUserRoleInput!) {
  assignUserRole(input: $input) { user { id email roles } userErrors { code field message } }
}`;
const REMOVE = `mutation Remove($input: RemoveUserRoleInput!) {
  removeUserRole(input: $input) { user { id email roles } userErrors { code field message } }
}`;
const ROLES = `query Roles($id: ID!) { node(id: $id) { ... on User { roles } } }`;
const AUDIT = `query Audit($id: ID!, $filter: AuditLogFilter) {
  organization(id: $id) {
    auditLog(first: 100, filter: $filter) {
      edges { node { action targetType targetId outcome detail actor { email } } }
    }
  }
}`;

const userId = (key: DemoUserKey) => toGlobalId(NodeType.User, DEMO_USERS[key].id);
const orgId = (key: keyof typeof DEMO_IDS.organizations) => toGlobalId(NodeType.Organization, DEMO_IDS.organizations[key]);
const RANDOM_USER = toGlobalId(NodeType.User, "2f1d9a64-5c3e-4e8b-9a7d-0123456789ab");

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

async function assign(as: DemoUserKey | null, user: string, role: string) {
  return gateway.gql(ASSIGN, { input: { userId: user, role } }, { as });
}
async function remove(as: DemoUserKey | null, user: string, role: string) {
  return gateway.gql(REMOVE, { input: { userId: user, role } }, { as });
}
/** Roles as the database has them now (read by the operator, who sees every tenant). */
async function rolesOf(key: DemoUserKey): Promise<string[]> {
  const { data, errors } = await gateway.gql(ROLES, { id: userId(key) }, { as: "operator" });
  expect(errors).toBeUndefined();
  return data?.node.roles;
}
async function auditEntries(as: DemoUserKey, org: keyof typeof DEMO_IDS.organizations, filter?: object) {
  const { data, errors } = await gateway.gql(AUDIT, { id: orgId(org), filter }, { as });
  expect(errors).toBeUndefined();
  return data?.organization.auditLog.edges.map((edge: any) => edge.node) as any[];
}
function expectRequestError(response: { status: number; data: any; errors: any }, code: string, status?: number) {
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  if (status) expect(response.status).toBe(status);
  const payload = response.data?.assignUserRole ?? response.data?.removeUserRole ?? null;
  expect(payload).toBeNull();
}

describe("assignUserRole", () => {
  it("a GLOBAL_ADMIN grants a role to a user of its organization, audited as SUCCEEDED", async () => {
    const { data, errors } = await assign("contosoGlobalAdmin", userId("contosoHelpdesk"), "REPORT_VIEWER");
    expect(errors).toBeUndefined();
    expect(data?.assignUserRole).toEqual({
      user: { id: userId("contosoHelpdesk"), email: DEMO_USERS.contosoHelpdesk.email, roles: ["HELPDESK_AGENT", "REPORT_VIEWER"] },
      userErrors: [],
    });
    expect(await rolesOf("contosoHelpdesk")).toEqual(["HELPDESK_AGENT", "REPORT_VIEWER"]);
    const [entry] = await auditEntries("contosoGlobalAdmin", "contoso", { action: "assignUserRole", outcome: "SUCCEEDED" });
    expect(entry).toEqual({
      action: "assignUserRole",
      targetType: "user",
      targetId: userId("contosoHelpdesk"),
      outcome: "SUCCEEDED",
      detail: { role: "REPORT_VIEWER", change: "ASSIGN", changed: true },
      actor: { email: DEMO_USERS.contosoGlobalAdmin.email },
    });
  });

  it("granting a role already held is an idempotent success that changes nothing", async () => {
    const { data, errors } = await assign("contosoGlobalAdmin", userId("contosoHelpdesk"), "REPORT_VIEWER");
    expect(errors).toBeUndefined();
    expect(data?.assignUserRole.userErrors).toEqual([]);
    expect(data?.assignUserRole.user.roles).toEqual(["HELPDESK_AGENT", "REPORT_VIEWER"]);
    const [entry] = await auditEntries("contosoGlobalAdmin", "contoso", { action: "assignUserRole" });
    expect(entry.detail).toEqual({ role: "REPORT_VIEWER", change: "ASSIGN", changed: false });
  });

  it("HELPDESK_AGENT is FORBIDDEN (403) and nothing changes", async () => {
    const response = await assign("contosoHelpdesk", userId("contosoAdminAgent"), "REPORT_VIEWER");
    expectRequestError(response, "FORBIDDEN", 403);
    expect(await rolesOf("contosoAdminAgent")).toEqual(["ADMIN_AGENT"]);
  });

  it.each(["contosoPartnerAdmin", "contosoAdminAgent", "adatumCspAgent", "outsideMsa"] as const)(
    "%s (no user-management role) is FORBIDDEN",
    async (as) => {
      expectRequestError(await assign(as, userId("contosoAdminAgent"), "REPORT_VIEWER"), "FORBIDDEN", 403);
    },
  );

  it("anonymous is UNAUTHENTICATED (401)", async () => {
    expectRequestError(await assign(null, userId("contosoAdminAgent"), "REPORT_VIEWER"), "UNAUTHENTICATED", 401);
  });

  it("a user of another organization is NOT_FOUND, exactly like a missing user, and keeps its roles", async () => {
    const foreign = await assign("contosoGlobalAdmin", userId("fabrikamHelpdesk"), "REPORT_VIEWER");
    const missing = await assign("contosoGlobalAdmin", RANDOM_USER, "REPORT_VIEWER");
    expectRequestError(foreign, "NOT_FOUND");
    expectRequestError(missing, "NOT_FOUND");
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(foreign.errors?.[0]?.extensions).toEqual(missing.errors?.[0]?.extensions);
    expect(await rolesOf("fabrikamHelpdesk")).toEqual(["HELPDESK_AGENT"]);
  });

  it("a malformed id, an id of another type or an unknown role is BAD_USER_INPUT", async () => {
    expectRequestError(await assign("contosoGlobalAdmin", "not-an-id", "REPORT_VIEWER"), "BAD_USER_INPUT");
    expectRequestError(await assign("contosoGlobalAdmin", orgId("contoso"), "REPORT_VIEWER"), "BAD_USER_INPUT");
    const badRole = await assign("contosoGlobalAdmin", userId("contosoHelpdesk"), "SUPREME_LEADER");
    expect(badRole.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badRole.status).toBe(400);
    expect(badRole.errors?.[0]?.message).toContain("SUPREME_LEADER");
  });

  it("nobody but the operator grants SUPPORT_OPERATOR: ROLE_NOT_ASSIGNABLE, audited as REFUSED", async () => {
    const { data, errors } = await assign("contosoGlobalAdmin", userId("contosoHelpdesk"), "SUPPORT_OPERATOR");
    expect(errors).toBeUndefined();
    expect(data?.assignUserRole).toEqual({
      user: null,
      userErrors: [
        {
          code: "ROLE_NOT_ASSIGNABLE",
          field: ["input", "role"],
          message: "Only the platform operator can grant or remove SUPPORT_OPERATOR",
        },
      ],
    });
    expect(await rolesOf("contosoHelpdesk")).not.toContain("SUPPORT_OPERATOR");
    const [entry] = await auditEntries("contosoGlobalAdmin", "contoso", { outcome: "REFUSED" });
    expect(entry).toMatchObject({
      action: "assignUserRole",
      outcome: "REFUSED",
      targetId: userId("contosoHelpdesk"),
      detail: { role: "SUPPORT_OPERATOR", change: "ASSIGN", codes: ["ROLE_NOT_ASSIGNABLE"] },
    });
  });

  it("a USER_MANAGEMENT_ADMIN (granted by the admin) manages ordinary roles of its organization only, never GLOBAL_ADMIN", async () => {
    // Before the grant, Paul (MPN_PARTNER_ADMIN) may not.
    expectRequestError(await assign("contosoPartnerAdmin", userId("contosoAdminAgent"), "SALES_AGENT"), "FORBIDDEN", 403);
    const grant = await assign("contosoGlobalAdmin", userId("contosoPartnerAdmin"), "USER_MANAGEMENT_ADMIN");
    expect(grant.data?.assignUserRole.user.roles).toEqual(["MPN_PARTNER_ADMIN", "USER_MANAGEMENT_ADMIN"]);
    // The very next request sees the new role.
    const allowed = await assign("contosoPartnerAdmin", userId("contosoAdminAgent"), "SALES_AGENT");
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.assignUserRole.user.roles).toEqual(["ADMIN_AGENT", "SALES_AGENT"]);

    const escalate = await assign("contosoPartnerAdmin", userId("contosoAdminAgent"), "GLOBAL_ADMIN");
    expect(escalate.data?.assignUserRole.userErrors).toEqual([
      { code: "ROLE_NOT_ASSIGNABLE", field: ["input", "role"], message: "Only a Global Admin can grant or remove GLOBAL_ADMIN" },
    ]);
    expect(await rolesOf("contosoAdminAgent")).toEqual(["ADMIN_AGENT", "SALES_AGENT"]);

    expectRequestError(await assign("contosoPartnerAdmin", userId("fabrikamHelpdesk"), "SALES_AGENT"), "NOT_FOUND");
  });

  it("the operator grants roles in any organization, SUPPORT_OPERATOR included", async () => {
    const { data, errors } = await assign("operator", userId("fabrikamHelpdesk"), "BILLING_ADMIN");
    expect(errors).toBeUndefined();
    expect(data?.assignUserRole.user.roles).toEqual(["BILLING_ADMIN", "HELPDESK_AGENT"]);

    const operator = await assign("operator", userId("tailspinGlobalAdmin"), "SUPPORT_OPERATOR");
    expect(operator.data?.assignUserRole.userErrors).toEqual([]);
    // Tom now reads every organization, from his next request on.
    const organizations = await gateway.gql("{ organizations { totalCount } }", {}, { as: "tailspinGlobalAdmin" });
    expect(organizations.errors).toBeUndefined();
    expect(organizations.data?.organizations.totalCount).toBe(Object.keys(DEMO_IDS.organizations).length);
  });

  it("an account outside any organization holds no roles (ROLE_NOT_ASSIGNABLE, even for the operator)", async () => {
    const { data } = await assign("operator", userId("outsideMsa"), "REPORT_VIEWER");
    expect(data?.assignUserRole.userErrors).toEqual([
      {
        code: "ROLE_NOT_ASSIGNABLE",
        field: ["input", "role"],
        message: "A personal account outside any organization cannot hold roles",
      },
    ]);
    const viewer = await gateway.gql("{ viewer { roles } }", {}, { as: "outsideMsa" });
    expect(viewer.data?.viewer.roles).toEqual([]);
  });

  it("two role changes in one request each return fresh roles", async () => {
    const { data, errors } = await gateway.gql(
      `mutation($id: ID!) {
        a: assignUserRole(input: { userId: $id, role: BILLING_ADMIN }) { user { roles } }
        b: removeUserRole(input: { userId: $id, role: BILLING_ADMIN }) { user { roles } }
      }`,
      { id: userId("contosoAdminAgent") },
      { as: "contosoGlobalAdmin" },
    );
    expect(errors).toBeUndefined();
    expect(data?.a.user.roles).toEqual(["ADMIN_AGENT", "BILLING_ADMIN", "SALES_AGENT"]);
    expect(data?.b.user.roles).toEqual(["ADMIN_AGENT", "SALES_AGENT"]);
  });
});

describe("nobody changes their own roles", () => {
  const OWN = {
    code: "CANNOT_CHANGE_OWN_ROLES",
    field: ["input", "role"],
    message: "You cannot grant or remove your own roles; ask another administrator",
  };

  it("a USER_MANAGEMENT_ADMIN cannot give itself MPN_PARTNER_ADMIN, nor drop its own role; both are audited as refused", async () => {
    expect((await assign("contosoGlobalAdmin", userId("contosoHelpdesk"), "USER_MANAGEMENT_ADMIN")).errors).toBeUndefined();
    const before = await rolesOf("contosoHelpdesk");
    const grant = await assign("contosoHelpdesk", userId("contosoHelpdesk"), "MPN_PARTNER_ADMIN");
    expect(grant.status).toBe(200);
    expect(grant.data?.assignUserRole).toEqual({ user: null, userErrors: [OWN] });
    const drop = await remove("contosoHelpdesk", userId("contosoHelpdesk"), "USER_MANAGEMENT_ADMIN");
    expect(drop.data?.removeUserRole).toEqual({ user: null, userErrors: [OWN] });
    expect(await rolesOf("contosoHelpdesk")).toEqual(before);
    const refused = await auditEntries("contosoGlobalAdmin", "contoso", { outcome: "REFUSED" });
    expect(refused.filter((entry) => entry.actor?.email === DEMO_USERS.contosoHelpdesk.email).map((entry) => entry.action)).toEqual([
      "removeUserRole",
      "assignUserRole",
    ]);
    // Another administrator can: the rule is about whose roles, not which.
    expect((await remove("contosoGlobalAdmin", userId("contosoHelpdesk"), "USER_MANAGEMENT_ADMIN")).errors).toBeUndefined();
  });

  it("neither a Global Admin nor the operator changes their own roles", async () => {
    const admin = await assign("contosoGlobalAdmin", userId("contosoGlobalAdmin"), "REPORT_VIEWER");
    expect(admin.data?.assignUserRole.userErrors).toEqual([OWN]);
    const operator = await remove("operator", userId("operator"), "SUPPORT_OPERATOR");
    expect(operator.data?.removeUserRole.userErrors).toEqual([OWN]);
    expect(await rolesOf("contosoGlobalAdmin")).toEqual(["GLOBAL_ADMIN"]);
    expect(await rolesOf("operator")).toContain("SUPPORT_OPERATOR");
  });
});

describe("removeUserRole", () => {
  it("a GLOBAL_ADMIN removes a role; removing it again is an idempotent success", async () => {
    const first = await remove("contosoGlobalAdmin", userId("contosoHelpdesk"), "REPORT_VIEWER");
    expect(first.errors).toBeUndefined();
    expect(first.data?.removeUserRole).toEqual({
      user: { id: userId("contosoHelpdesk"), email: DEMO_USERS.contosoHelpdesk.email, roles: ["HELPDESK_AGENT"] },
      userErrors: [],
    });
    const again = await remove("contosoGlobalAdmin", userId("contosoHelpdesk"), "REPORT_VIEWER");
    expect(again.data?.removeUserRole).toEqual(first.data?.removeUserRole);
    const [latest, earlier] = await auditEntries("contosoGlobalAdmin", "contoso", { action: "removeUserRole" });
    expect(latest?.detail).toEqual({ role: "REPORT_VIEWER", change: "REMOVE", changed: false });
    expect(earlier?.detail).toEqual({ role: "REPORT_VIEWER", change: "REMOVE", changed: true });
  });

  it("HELPDESK_AGENT is FORBIDDEN, anonymous UNAUTHENTICATED; nothing changes", async () => {
    expectRequestError(await remove("contosoHelpdesk", userId("contosoAdminAgent"), "SALES_AGENT"), "FORBIDDEN", 403);
    expectRequestError(await remove(null, userId("contosoAdminAgent"), "SALES_AGENT"), "UNAUTHENTICATED", 401);
    expect(await rolesOf("contosoAdminAgent")).toEqual(["ADMIN_AGENT", "SALES_AGENT"]);
  });

  it("a USER_MANAGEMENT_ADMIN removes an ordinary role but not GLOBAL_ADMIN", async () => {
    const allowed = await remove("contosoPartnerAdmin", userId("contosoAdminAgent"), "SALES_AGENT");
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.removeUserRole.user.roles).toEqual(["ADMIN_AGENT"]);
    const denied = await remove("contosoPartnerAdmin", userId("contosoGlobalAdmin"), "GLOBAL_ADMIN");
    expect(denied.data?.removeUserRole).toMatchObject({ user: null, userErrors: [{ code: "ROLE_NOT_ASSIGNABLE" }] });
    expect(await rolesOf("contosoGlobalAdmin")).toEqual(["GLOBAL_ADMIN"]);
  });

  it("only the operator removes SUPPORT_OPERATOR (checked before idempotency)", async () => {
    const { data } = await remove("contosoGlobalAdmin", userId("contosoHelpdesk"), "SUPPORT_OPERATOR");
    expect(data?.removeUserRole.userErrors[0]?.code).toBe("ROLE_NOT_ASSIGNABLE");
    const byOperator = await remove("operator", userId("tailspinGlobalAdmin"), "SUPPORT_OPERATOR");
    expect(byOperator.data?.removeUserRole.user.roles).toEqual(["GLOBAL_ADMIN"]);
    expectRequestError(await gateway.gql("{ organizations { nodes { name } } }", {}, { as: "tailspinGlobalAdmin" }), "FORBIDDEN", 403);
  });

  it("the last GLOBAL_ADMIN of an organization keeps the role (LAST_GLOBAL_ADMIN), even for the operator", async () => {
    const self = await remove("operator", userId("contosoGlobalAdmin"), "GLOBAL_ADMIN");
    expect(self.data?.removeUserRole).toEqual({
      user: null,
      userErrors: [
        {
          code: "LAST_GLOBAL_ADMIN",
          field: ["input", "role"],
          message: "The organization's last Global Admin cannot lose that role; make another user Global Admin first",
        },
      ],
    });
    const byOperator = await remove("operator", userId("northwindGlobalAdmin"), "GLOBAL_ADMIN");
    expect(byOperator.data?.removeUserRole.userErrors[0]?.code).toBe("LAST_GLOBAL_ADMIN");
    expect(await rolesOf("contosoGlobalAdmin")).toEqual(["GLOBAL_ADMIN"]);
    expect(await rolesOf("northwindGlobalAdmin")).toEqual(["GLOBAL_ADMIN"]);
  });

  it("a user of another organization is NOT_FOUND like a missing one; the operator may act across organizations", async () => {
    const foreign = await remove("fabrikamGlobalAdmin", userId("contosoAdminAgent"), "ADMIN_AGENT");
    const missing = await remove("fabrikamGlobalAdmin", RANDOM_USER, "ADMIN_AGENT");
    expectRequestError(foreign, "NOT_FOUND");
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(await rolesOf("contosoAdminAgent")).toEqual(["ADMIN_AGENT"]);

    const byOperator = await remove("operator", userId("fabrikamHelpdesk"), "BILLING_ADMIN");
    expect(byOperator.errors).toBeUndefined();
    expect(byOperator.data?.removeUserRole.user.roles).toEqual(["HELPDESK_AGENT"]);
  });
});

describe("a removed role takes effect on the next request", () => {
  it("an admin who lost GLOBAL_ADMIN is FORBIDDEN on its next request", async () => {
    // Frank makes Fiona a second Global Admin, and she takes his role away.
    expect((await assign("fabrikamGlobalAdmin", userId("fabrikamAdminAgent"), "GLOBAL_ADMIN")).errors).toBeUndefined();
    const removal = await remove("fabrikamAdminAgent", userId("fabrikamGlobalAdmin"), "GLOBAL_ADMIN");
    expect(removal.data?.removeUserRole).toEqual({
      user: { id: userId("fabrikamGlobalAdmin"), email: DEMO_USERS.fabrikamGlobalAdmin.email, roles: [] },
      userErrors: [],
    });
    const viewer = await gateway.gql("{ viewer { roles } }", {}, { as: "fabrikamGlobalAdmin" });
    expect(viewer.data?.viewer.roles).toEqual([]);
    expectRequestError(await assign("fabrikamGlobalAdmin", userId("fabrikamHelpdesk"), "REPORT_VIEWER"), "FORBIDDEN", 403);
    expectRequestError(await remove("fabrikamGlobalAdmin", userId("fabrikamAdminAgent"), "GLOBAL_ADMIN"), "FORBIDDEN", 403);
    // Fabrikam is active with nothing due: activating again only returns the IDs every member reads.
    const activate = await gateway.gql("mutation { activateTechnicalBenefits { outcome } }", {}, { as: "fabrikamGlobalAdmin" });
    expect(activate.data?.activateTechnicalBenefits).toEqual({ outcome: "ALREADY_ACTIVE" });
    // Fiona is now the last one.
    const last = await remove("operator", userId("fabrikamAdminAgent"), "GLOBAL_ADMIN");
    expect(last.data?.removeUserRole.userErrors[0]?.code).toBe("LAST_GLOBAL_ADMIN");
    // The denied attempts are in Fabrikam's audit log, for Fiona to see.
    const denied = await auditEntries("fabrikamAdminAgent", "fabrikam", { outcome: "DENIED" });
    expect(denied.map((entry) => [entry.action, entry.actor?.email])).toEqual([
      ["removeUserRole", DEMO_USERS.fabrikamGlobalAdmin.email],
      ["assignUserRole", DEMO_USERS.fabrikamGlobalAdmin.email],
    ]);
  });

  it("two admins removing each other at once never leave the organization without one", async () => {
    expect((await assign("fabrikamAdminAgent", userId("fabrikamHelpdesk"), "GLOBAL_ADMIN")).errors).toBeUndefined();
    const results = await Promise.all([
      remove("fabrikamAdminAgent", userId("fabrikamHelpdesk"), "GLOBAL_ADMIN"),
      remove("fabrikamHelpdesk", userId("fabrikamAdminAgent"), "GLOBAL_ADMIN"),
    ]);
    const succeeded = results.filter((r) => r.data?.removeUserRole?.userErrors.length === 0);
    expect(succeeded).toHaveLength(1);
    for (const r of results.filter((x) => !succeeded.includes(x))) {
      // Refused as the last admin, or (when the other change committed first) no longer a Global Admin at all.
      const code = r.data?.removeUserRole?.userErrors[0]?.code ?? r.errors?.[0]?.extensions?.code;
      expect(["LAST_GLOBAL_ADMIN", "ROLE_NOT_ASSIGNABLE", "FORBIDDEN"]).toContain(code);
    }
    const admins = [
      (await rolesOf("fabrikamAdminAgent")).includes("GLOBAL_ADMIN"),
      (await rolesOf("fabrikamHelpdesk")).includes("GLOBAL_ADMIN"),
    ];
    expect(admins.filter(Boolean)).toHaveLength(1);
  });
});
