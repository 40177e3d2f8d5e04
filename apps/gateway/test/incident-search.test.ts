import { DEMO_IDS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

const LIST = `query ($first: Int, $after: String, $filter: SupportIncidentFilter, $orderBy: SupportIncidentOrder) {
  incidents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id sequenceNumber title severity planKind createdAt updatedAt }
  }
}`;

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
  // Titles with LIKE's wildcard characters: a search for them must match them literally.
  const base = {
    organizationId: DEMO_IDS.organizations.fabrikam,
    productVersionId: DEMO_IDS.productVersions.microsoft365Current,
    planKind: "MICROSOFT_365" as const,
    supportContractId: null,
    consumed: false,
    severity: "C" as const,
    description: "Generated for the search test.",
    contactName: "Pat Contact",
    contactEmail: "pat@example.com",
    createdBy: DEMO_IDS.users.fabrikamGlobalAdmin,
  };
  await gateway.database.db
    .insertInto("incidents")
    .values([
      { ...base, title: "CPU at 100% on the mail relay" },
      { ...base, title: "CPU at 1000 on the mail relay" },
      { ...base, title: "Mailbox user_name rejected" },
      { ...base, title: "Mailbox username rejected" },
    ])
    .execute();
});
afterAll(() => gateway?.stop());

async function list(filter: Record<string, unknown>, as: DemoUserKey = "fabrikamGlobalAdmin", extra: Record<string, unknown> = {}) {
  const response = await gateway.gql(LIST, { first: 100, filter, ...extra }, { as });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data?.incidents;
}
const numbers = (connection: any) => connection.nodes.map((node: any) => node.sequenceNumber).sort((a: number, b: number) => a - b);

describe("SupportIncidentFilter", () => {
  it("filters by severity, plan kind and support contract (totalCount agrees)", async () => {
    const severe = await list({ severity: ["A", "B"] }, "operator");
    expect(severe.nodes.every((node: any) => ["A", "B"].includes(node.severity))).toBe(true);
    expect(severe.totalCount).toBe(severe.nodes.length);
    expect(numbers(severe)).toContain(7);

    const m365 = await list({ planKind: ["MICROSOFT_365"] });
    expect(m365.nodes.every((node: any) => node.planKind === "MICROSOFT_365")).toBe(true);
    expect(numbers(m365)).toContain(9);

    const cloud = await list({ supportContractId: toGlobalId("SupportContract", DEMO_IDS.contracts.fabrikamCloud) });
    expect(numbers(cloud)).toEqual([5, 6, 7]);
    // Another tenant's contract matches nothing for Contoso (its incidents are not readable).
    expect(
      (await list({ supportContractId: toGlobalId("SupportContract", DEMO_IDS.contracts.fabrikamCloud) }, "contosoGlobalAdmin")).nodes,
    ).toEqual([]);
    const wrongType = await gateway.gql(
      LIST,
      { filter: { supportContractId: toGlobalId("User", DEMO_IDS.users.fabrikamGlobalAdmin) } },
      { as: "fabrikamGlobalAdmin" },
    );
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters by a created-at range: createdAfter inclusive, createdBefore exclusive", async () => {
    const all = (await list({}, "operator")).nodes as Array<{ sequenceNumber: number; createdAt: string }>;
    const seven = all.find((node) => node.sequenceNumber === 7);
    if (!seven) throw new Error("incident 7 missing");
    const at = seven.createdAt;
    expect(numbers(await list({ createdAfter: at, createdBefore: new Date(Date.parse(at) + 1).toISOString() }, "operator"))).toEqual(
      all
        .filter((node) => node.createdAt === at)
        .map((node) => node.sequenceNumber)
        .sort((a, b) => a - b),
    );
    expect(numbers(await list({ createdBefore: at }, "operator"))).not.toContain(7);
    expect(numbers(await list({ createdAfter: at }, "operator"))).toContain(7);
  });

  it("searches title and description case-insensitively, and the number", async () => {
    const dns = await list({ query: "  private ENDPOINT dns " });
    expect(numbers(dns)).toEqual([7]);
    expect(numbers(await list({ query: "SR-0007" }))).toEqual([7]);
    expect(numbers(await list({ query: "7" }))).toContain(7);
    expect((await list({ query: "generated for the SEARCH test" })).totalCount).toBe(4);
    expect((await list({ query: "   " })).totalCount).toBe((await list({})).totalCount);
  });

  it("treats % and _ as plain characters", async () => {
    expect((await list({ query: "100%" })).nodes.map((node: any) => node.title)).toEqual(["CPU at 100% on the mail relay"]);
    expect((await list({ query: "user_name" })).nodes.map((node: any) => node.title)).toEqual(["Mailbox user_name rejected"]);
    expect((await list({ query: "\\" })).nodes).toEqual([]);
  });

  it("refuses a query over the limit with BAD_USER_INPUT", async () => {
    const response = await gateway.gql(LIST, { filter: { query: "x".repeat(201) } }, { as: "fabrikamGlobalAdmin" });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("SupportIncidentOrder", () => {
  it.each(["CREATED_AT", "UPDATED_AT", "SEVERITY"])("%s pages cover every incident once, in order", async (field) => {
    for (const direction of ["ASC", "DESC"]) {
      const orderBy = { field, direction };
      const whole = await list({}, "operator", { orderBy });
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await list({}, "operator", { orderBy, after, first: 4 });
        // Each page asks for 4 via `first` in `extra` (it overrides the default 100).
        paged.push(...page.nodes.map((node: any) => node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(paged).toEqual(whole.nodes.map((node: any) => node.id));
      const key = field === "SEVERITY" ? "severity" : field === "UPDATED_AT" ? "updatedAt" : "createdAt";
      const values = whole.nodes.map((node: any) => node[key]);
      const sorted = [...values].sort();
      expect(values).toEqual(direction === "ASC" ? sorted : sorted.reverse());
    }
  });
});
