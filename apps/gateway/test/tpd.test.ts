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

const BALANCE = `query($id: ID!, $asOf: LocalDate) { organization(id: $id) { tpdBalance(asOf: $asOf) {
  periodStartsOn periodEndsOn totalHours usedHours remainingHours
  engagements { id kind hours description periodStartsOn createdBy { email } }
} } }`;
const REQUEST = `mutation($input: RequestTpdEngagementInput!) { requestTpdEngagement(input: $input) {
  isReplay
  engagement { id kind hours description periodStartsOn createdBy { email } }
  balance { totalHours usedHours remainingHours }
  userErrors { code field message }
} }`;

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

async function balance(id: string, as: DemoUserKey, asOf?: string) {
  const response = await gateway.gql(BALANCE, { id, asOf }, { as });
  expect(response.errors).toBeUndefined();
  return response.data?.organization.tpdBalance;
}

const request = (as: DemoUserKey, input: Record<string, unknown>) =>
  gateway.gql(REQUEST, { input: { kind: "PRESALES", hours: 4, description: "Azure migration workshop", ...input } }, { as });

describe("tpdBalance", () => {
  it.each([
    ["Contoso (Gold)", ORG.contoso, "contosoHelpdesk" as const, 50, 8, 1],
    ["Fabrikam (Silver)", ORG.fabrikam, "fabrikamHelpdesk" as const, 20, 6, 2],
    ["Northwind (Action Pack)", ORG.northwind, "northwindGlobalAdmin" as const, 5, 0, 0],
    ["Tailspin (no offers)", ORG.tailspin, "tailspinGlobalAdmin" as const, 0, 0, 0],
  ])("%s: calendar year, total/used/remaining", async (_label, id, as, total, used, engagements) => {
    const value = await balance(id, as);
    expect(value).toMatchObject({
      periodStartsOn: "2026-01-01",
      periodEndsOn: "2027-01-01",
      totalHours: total,
      usedHours: used,
      remainingHours: total - used,
    });
    expect(value.engagements).toHaveLength(engagements);
  });

  it("next year's period starts empty at the entitlement of that date", async () => {
    expect(await balance(ORG.contoso, "contosoGlobalAdmin", "2027-03-01")).toMatchObject({
      periodStartsOn: "2027-01-01",
      totalHours: 50,
      usedHours: 0,
      remainingHours: 50,
      engagements: [],
    });
  });

  it("CSP-only: NOT_AUTHORIZED; cross-tenant: null organization", async () => {
    const csp = await gateway.gql(BALANCE, { id: ORG.adatum }, { as: "adatumCspAgent" });
    expect(csp.errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
    const foreign = await gateway.gql(BALANCE, { id: ORG.contoso }, { as: "fabrikamGlobalAdmin" });
    expect(foreign.data).toEqual({ organization: null });
  });
});

describe("requestTpdEngagement", () => {
  it("a Contoso helpdesk agent requests 10 presales hours: taken from the balance", async () => {
    const response = await request("contosoHelpdesk", { hours: 10, description: "  Landing zone review  " });
    expect(response.errors).toBeUndefined();
    const payload = response.data?.requestTpdEngagement;
    expect(payload.userErrors).toEqual([]);
    expect(payload.isReplay).toBe(false);
    expect(payload.engagement).toMatchObject({
      kind: "PRESALES",
      hours: 10,
      description: "Landing zone review",
      periodStartsOn: "2026-01-01",
      createdBy: { email: "hannah.helpdesk@contoso.example" },
    });
    expect(payload.balance).toEqual({ totalHours: 50, usedHours: 18, remainingHours: 32 });
    const after = await balance(ORG.contoso, "contosoGlobalAdmin");
    expect(after.usedHours).toBe(18);
    expect(after.engagements[0].id).toBe(payload.engagement.id);

    // Members fetch it by node ID; another tenant does not.
    const node = `query($id: ID!) { node(id: $id) { id ... on TpdEngagement { hours } } }`;
    expect((await gateway.gql(node, { id: payload.engagement.id }, { as: "contosoAdminAgent" })).data?.node).toEqual({
      id: payload.engagement.id,
      hours: 10,
    });
    expect((await gateway.gql(node, { id: payload.engagement.id }, { as: "fabrikamGlobalAdmin" })).data?.node).toBeNull();
  });

  it("an idempotent repeat returns the first engagement and consumes once", async () => {
    const first = await request("contosoAdminAgent", { kind: "DEPLOYMENT", hours: 5, idempotencyKey: "deploy-42" });
    expect(first.data?.requestTpdEngagement).toMatchObject({ isReplay: false, userErrors: [], balance: { usedHours: 23 } });
    // Same key, same request (the description's spaces trimmed): the first result, nothing more taken.
    const again = await request("contosoAdminAgent", {
      kind: "DEPLOYMENT",
      hours: 5,
      description: "  Azure migration workshop ",
      idempotencyKey: "deploy-42",
    });
    expect(again.data?.requestTpdEngagement).toMatchObject({ isReplay: true, userErrors: [], balance: { usedHours: 23 } });
    expect(again.data?.requestTpdEngagement.engagement).toEqual(first.data?.requestTpdEngagement.engagement);
    // Same key, another request (kind, hours or description): refused, never replayed, nothing taken.
    for (const changed of [{ kind: "PRESALES" }, { hours: 9 }, { description: "Another workshop" }]) {
      const reused = await request("contosoAdminAgent", { kind: "DEPLOYMENT", hours: 5, idempotencyKey: "deploy-42", ...changed });
      expect(reused.data?.requestTpdEngagement).toMatchObject({
        engagement: null,
        isReplay: null,
        userErrors: [{ code: "IDEMPOTENCY_KEY_REUSED", field: ["input", "idempotencyKey"] }],
      });
    }
    expect((await balance(ORG.contoso, "contosoGlobalAdmin")).usedHours).toBe(23);
    // The key is per user: another member's same key is another request.
    const other = await request("contosoHelpdesk", { hours: 1, idempotencyKey: "deploy-42" });
    expect(other.data?.requestTpdEngagement).toMatchObject({ isReplay: false, balance: { usedHours: 24 } });
  });

  it("concurrent duplicates with one key consume once", async () => {
    const results = await Promise.all([1, 2, 3].map(() => request("contosoGlobalAdmin", { hours: 2, idempotencyKey: "burst-1" })));
    const payloads = results.map((r) => r.data?.requestTpdEngagement);
    expect(payloads.map((p) => p.userErrors)).toEqual([[], [], []]);
    expect(new Set(payloads.map((p) => p.engagement.id)).size).toBe(1);
    expect(payloads.filter((p) => !p.isReplay)).toHaveLength(1);
    expect((await balance(ORG.contoso, "contosoGlobalAdmin")).usedHours).toBe(26);
  });

  it("Northwind: more than the 5 hours left -> INSUFFICIENT_HOURS, nothing taken; exactly 5 -> allowed", async () => {
    const over = await request("northwindGlobalAdmin", { hours: 6 });
    expect(over.data?.requestTpdEngagement).toEqual({
      isReplay: null,
      engagement: null,
      balance: null,
      userErrors: [
        { code: "INSUFFICIENT_HOURS", field: null, message: "Only 5 presales and deployment hours remain; 6 hours were requested" },
      ],
    });
    expect((await balance(ORG.northwind, "northwindGlobalAdmin")).usedHours).toBe(0);
    const exact = await request("northwindGlobalAdmin", { hours: 5, kind: "DEPLOYMENT" });
    expect(exact.data?.requestTpdEngagement.balance).toEqual({ totalHours: 5, usedHours: 5, remainingHours: 0 });
    const none = await request("northwindGlobalAdmin", { hours: 1 });
    expect(none.data?.requestTpdEngagement.userErrors[0].code).toBe("INSUFFICIENT_HOURS");
  });

  it.each([
    ["0 hours", { hours: 0 }, "INVALID_HOURS", ["input", "hours"]],
    ["51 hours", { hours: 51 }, "INVALID_HOURS", ["input", "hours"]],
    ["a blank description", { description: "   " }, "FIELD_REQUIRED", ["input", "description"]],
    ["a description too long", { description: "x".repeat(2001) }, "FIELD_TOO_LONG", ["input", "description"]],
    ["an idempotency key too long", { idempotencyKey: "k".repeat(201) }, "FIELD_TOO_LONG", ["input", "idempotencyKey"]],
    ["an idempotency key of 201 emoji", { idempotencyKey: "😀".repeat(201) }, "FIELD_TOO_LONG", ["input", "idempotencyKey"]],
    ["a blank idempotency key", { idempotencyKey: "  " }, "INVALID_INPUT", ["input", "idempotencyKey"]],
  ])("%s -> %s", async (_label, input, code, field) => {
    const response = await request("fabrikamHelpdesk", input);
    expect(response.data?.requestTpdEngagement.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect((await balance(ORG.fabrikam, "fabrikamHelpdesk")).usedHours).toBe(6);
  });

  it("Tailspin (no offers): NO_TPD_ENTITLEMENT", async () => {
    const response = await request("tailspinGlobalAdmin", {});
    expect(response.data?.requestTpdEngagement.userErrors).toEqual([expect.objectContaining({ code: "NO_TPD_ENTITLEMENT", field: null })]);
  });

  it.each([
    ["adatumCspAgent" as const, "NOT_AUTHORIZED"],
    ["outsideMsa" as const, "NOT_AUTHORIZED"],
    ["operator" as const, "NOT_AUTHORIZED"],
  ])("%s is refused (%s)", async (as, code) => {
    const response = await request(as, {});
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.errors?.[0]?.message).toBe("You are not authorized for this action");
    expect(response.data?.requestTpdEngagement ?? null).toBeNull();
  });

  it("another organization's id: NOT_FOUND, nothing taken", async () => {
    const response = await request("fabrikamGlobalAdmin", { organizationId: ORG.contoso });
    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await balance(ORG.contoso, "contosoGlobalAdmin")).usedHours).toBe(26);
  });

  it("requests are audited (success, replay, refusal)", async () => {
    const response = await gateway.gql(
      `query($filter: AuditLogFilter) { auditLog(first: 100, filter: $filter) { edges { node { outcome detail organization { name } } } } }`,
      { filter: { action: "requestTpdEngagement" } },
      { as: "operator" },
    );
    expect(response.errors).toBeUndefined();
    const entries = response.data?.auditLog.edges.map((edge: { node: unknown }) => edge.node);
    expect(entries).toContainEqual({
      outcome: "SUCCEEDED",
      detail: { kind: "PRESALES", hours: 10 },
      organization: { name: "Contoso Ltd." },
    });
    expect(entries).toContainEqual(expect.objectContaining({ outcome: "SUCCEEDED", detail: { replayed: true } }));
    expect(entries).toContainEqual(
      expect.objectContaining({
        outcome: "REFUSED",
        detail: { codes: ["INSUFFICIENT_HOURS"] },
        organization: { name: "Northwind Traders" },
      }),
    );
    // Denials: the CSP-only account and the operator (who passes the program check to read, not to act).
    expect(
      entries
        .filter((e: { outcome: string }) => e.outcome === "DENIED")
        .map((e: { organization: { name: string } | null }) => e.organization?.name ?? null)
        .sort(),
    ).toEqual(["Adatum Corporation", "Partner Program Operations", null]);
  });
});
