import { DEMO_IDS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { startTestGateway, type TestGateway } from "./support/test-gateway";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

const V = DEMO_IDS.productVersions;
const P = DEMO_IDS.products;
const versionId = (id: string) => toGlobalId("ProductVersion", id);
const productId = (id: string) => toGlobalId("Product", id);

const COVERAGE = `query ($id: ID!, $asOf: LocalDate) {
  node(id: $id) { ... on ProductVersion { name coverage(asOf: $asOf) { asOf isCovered reason position message } } }
}`;

async function coverage(id: string, asOf?: string) {
  const { data, errors } = await gateway.gql(COVERAGE, { id: versionId(id), asOf }, { as: "tailspinGlobalAdmin" });
  expect(errors).toBeUndefined();
  return data?.node.coverage;
}

describe("products query", () => {
  it("lists the catalog with versions newest first, for any signed-in user", async () => {
    const { data, errors } = await gateway.gql(
      `{ products { id key name family isMicrosoft365 isCspEligible versions { name releasedOn mainstreamEndOn extendedEndOn product { key } } } }`,
      {},
      { as: "outsideMsa" },
    );
    expect(errors).toBeUndefined();
    const products = data?.products as any[];
    expect(products.map((p) => p.key)).toEqual([
      "azure",
      "dynamics-365",
      "exchange-server",
      "microsoft-365",
      "sharepoint-server",
      "sql-server",
      "windows-server",
    ]);
    const sql = products.find((p) => p.key === "sql-server");
    expect(sql).toMatchObject({ family: "ON_PREMISES", isMicrosoft365: false, isCspEligible: false, id: productId(P.sqlServer) });
    expect(sql.versions.map((v: any) => v.name)).toEqual(["2025", "2022", "2019", "2017"]);
    expect(sql.versions[2]).toEqual({
      name: "2019",
      releasedOn: "2019-11-04",
      mainstreamEndOn: "2025-02-28",
      extendedEndOn: "2030-01-08",
      product: { key: "sql-server" },
    });
    expect(products.find((p) => p.key === "azure")).toMatchObject({ family: "CLOUD", isCspEligible: true, isMicrosoft365: false });
    expect(products.find((p) => p.key === "microsoft-365")).toMatchObject({ isMicrosoft365: true });
  });

  it("filters by family", async () => {
    const { data } = await gateway.gql(`{ products(family: CLOUD) { key } }`, {}, { as: "contosoHelpdesk" });
    expect(data?.products.map((p: any) => p.key)).toEqual(["azure", "dynamics-365", "microsoft-365"]);
  });

  it("requires a signed-in user", async () => {
    const response = await gateway.gql(`{ products { key } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("fetches products and versions by node id; an unknown id is null", async () => {
    const { data } = await gateway.gql(
      `query ($a: ID!, $b: ID!, $c: ID!) { a: node(id: $a) { ... on Product { key } } b: node(id: $b) { ... on ProductVersion { name product { name } } } c: node(id: $c) { id } }`,
      { a: productId(P.windowsServer), b: versionId(V.sqlServer2022), c: versionId("70000000-0000-4000-8000-999999999999") },
      { as: "contosoHelpdesk" },
    );
    expect(data).toEqual({ a: { key: "windows-server" }, b: { name: "2022", product: { name: "SQL Server" } }, c: null });
  });
});

describe("coverage: N, N-1 in mainstream, N-2 never", () => {
  it.each([
    // Windows Server 2019 is N-1 (2022 is N until 2025 ships) and inside mainstream until 2024-01-09.
    [V.windowsServer2019, "2023-06-01", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    [V.windowsServer2019, "2024-01-09", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    [V.windowsServer2019, "2024-01-10", false, "PREVIOUS_VERSION_OUT_OF_MAINSTREAM", 1],
    [V.windowsServer2019, "2024-10-31", false, "PREVIOUS_VERSION_OUT_OF_MAINSTREAM", 1],
    // Before Windows Server 2022 was released, 2019 was N.
    [V.windowsServer2019, "2021-01-01", true, "CURRENT_VERSION", 0],
    [V.windowsServer2022, "2024-10-31", true, "CURRENT_VERSION", 0],
    [V.windowsServer2022, "2021-08-17", false, "NOT_RELEASED", null],
    // Today (2026-11-25, and 2026-11-30): Windows Server 2025 is N; 2022 is N-1 and left mainstream
    // on 2026-10-13 (the end day itself still covered); 2019 is N-2.
    [V.windowsServer2025, "2026-11-30", true, "CURRENT_VERSION", 0],
    [V.windowsServer2025, "2024-10-31", false, "NOT_RELEASED", null],
    [V.windowsServer2022, "2024-11-01", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    [V.windowsServer2022, "2026-10-13", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    [V.windowsServer2022, "2026-10-14", false, "PREVIOUS_VERSION_OUT_OF_MAINSTREAM", 1],
    [V.windowsServer2022, "2026-11-30", false, "PREVIOUS_VERSION_OUT_OF_MAINSTREAM", 1],
    [V.windowsServer2019, "2026-11-30", false, "OLDER_VERSION", 2],
    [V.windowsServer2016, "2026-11-25", false, "OLDER_VERSION", 3],
    // SQL Server on 2026-11-30: 2025 is N, 2022 is N-1 in mainstream (until 2028-01-11), 2019 is N-2.
    [V.sqlServer2025, "2026-11-30", true, "CURRENT_VERSION", 0],
    [V.sqlServer2025, "2025-11-17", false, "NOT_RELEASED", null],
    [V.sqlServer2022, "2026-11-30", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    [V.sqlServer2022, "2025-11-17", true, "CURRENT_VERSION", 0],
    [V.sqlServer2019, "2026-11-30", false, "OLDER_VERSION", 2],
    // SQL Server 2019: its mainstream end day is still covered, the day after is not.
    [V.sqlServer2019, "2025-02-28", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    [V.sqlServer2019, "2025-03-01", false, "PREVIOUS_VERSION_OUT_OF_MAINSTREAM", 1],
    // SQL Server 2017 is N-2 whenever 2022 exists, even inside its own mainstream support.
    [V.sqlServer2017, "2022-11-16", false, "OLDER_VERSION", 2],
    [V.sqlServer2017, "2026-11-25", false, "OLDER_VERSION", 3],
    [V.sqlServer2017, "2022-10-11", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    // Cloud products have no version rule.
    [V.azureCurrent, "2026-11-25", true, "CLOUD_PRODUCT", null],
  ] as const)("%s on %s: covered=%s (%s)", async (id, asOf, covered, reason, position) => {
    const result = await coverage(id, asOf);
    expect(result).toMatchObject({ asOf, isCovered: covered, reason, position });
    expect(result.message.length).toBeGreaterThan(0);
  });

  it("defaults to today (2026-11-25)", async () => {
    expect(await coverage(V.sqlServer2019)).toMatchObject({ asOf: "2026-11-25", isCovered: false });
  });

  it("rejects a malformed date", async () => {
    const response = await gateway.gql(COVERAGE, { id: versionId(V.sqlServer2019), asOf: "2025-02-30" }, { as: "operator" });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

const UPSERT = `mutation ($input: UpsertProductInput!) {
  upsertProduct(input: $input) { wasCreated product { id key name family isMicrosoft365 isCspEligible } userErrors { code field message } }
}`;
const ADD_VERSION = `mutation ($input: AddProductVersionInput!) {
  addProductVersion(input: $input) { productVersion { id name releasedOn mainstreamEndOn extendedEndOn product { key } coverage { isCovered reason } } userErrors { code field message } }
}`;

describe("upsertProduct", () => {
  it("creates, then replaces by key (operator)", async () => {
    const input = { key: "system-center", name: "System Center", family: "ON_PREMISES" };
    const created = await gateway.gql(UPSERT, { input }, { as: "operator" });
    expect(created.errors).toBeUndefined();
    expect(created.data?.upsertProduct).toMatchObject({
      wasCreated: true,
      product: { key: "system-center", name: "System Center", family: "ON_PREMISES", isMicrosoft365: false, isCspEligible: false },
      userErrors: [],
    });
    const replaced = await gateway.gql(UPSERT, { input: { ...input, name: "  Microsoft System Center " } }, { as: "operator" });
    expect(replaced.data?.upsertProduct).toMatchObject({
      wasCreated: false,
      product: { id: created.data?.upsertProduct.product.id, name: "Microsoft System Center" },
    });
    const { data } = await gateway.gql(`{ products(family: ON_PREMISES) { key name } }`, {}, { as: "contosoHelpdesk" });
    expect(data?.products).toContainEqual({ key: "system-center", name: "Microsoft System Center" });
  });

  it.each([["contosoGlobalAdmin"], ["fabrikamGlobalAdmin"], ["contosoPartnerAdmin"], ["outsideMsa"]] as const)(
    "is FORBIDDEN for %s",
    async (as) => {
      const response = await gateway.gql(UPSERT, { input: { key: "forbidden-product", name: "X", family: "CLOUD" } }, { as });
      expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const { data } = await gateway.gql(`{ products { key } }`, {}, { as: "operator" });
      expect(data?.products.map((p: any) => p.key)).not.toContain("forbidden-product");
    },
  );

  it("returns field userErrors for invalid input and saves nothing", async () => {
    const response = await gateway.gql(
      UPSERT,
      { input: { key: "Bad Key", name: " ", family: "ON_PREMISES", isMicrosoft365: true } },
      { as: "operator" },
    );
    expect(response.data?.upsertProduct).toEqual({
      wasCreated: null,
      product: null,
      userErrors: [
        { code: "INVALID_INPUT", field: ["input", "key"], message: expect.any(String) },
        { code: "FIELD_REQUIRED", field: ["input", "name"], message: expect.any(String) },
        { code: "INVALID_INPUT", field: ["input", "isMicrosoft365"], message: "Only a cloud product can be Microsoft 365" },
      ],
    });
  });

  it("refuses to change the family of a product that has versions", async () => {
    const response = await gateway.gql(UPSERT, { input: { key: "sql-server", name: "SQL Server", family: "CLOUD" } }, { as: "operator" });
    expect(response.data?.upsertProduct.userErrors).toEqual([
      { code: "INVALID_INPUT", field: ["input", "family"], message: expect.stringContaining("family") },
    ]);
    const { data } = await gateway.gql(`{ products(family: ON_PREMISES) { key } }`, {}, { as: "operator" });
    expect(data?.products.map((p: any) => p.key)).toContain("sql-server");
  });

  it("writes an audit entry for allowed and refused attempts", async () => {
    await gateway.gql(UPSERT, { input: { key: "audited-product", name: "Audited", family: "CLOUD" } }, { as: "operator" });
    await gateway.gql(UPSERT, { input: { key: "audited-product", name: "", family: "CLOUD" } }, { as: "operator" });
    const { data, errors } = await gateway.gql(
      `{ auditLog(first: 100, filter: { action: "upsertProduct" }) { edges { node { action outcome detail } } } }`,
      {},
      { as: "operator" },
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const outcomes = ((data?.auditLog.edges ?? []) as any[])
      .map((e) => e.node)
      .filter((n) => n.detail.key === "audited-product")
      .map((n) => n.outcome);
    expect(outcomes.sort()).toEqual(["REFUSED", "SUCCEEDED"]);
  });
});

describe("addProductVersion", () => {
  it("adds a version that becomes N (operator)", async () => {
    const response = await gateway.gql(
      ADD_VERSION,
      {
        input: {
          productId: productId(P.exchangeServer),
          name: "Subscription Edition",
          releasedOn: "2025-07-01",
          mainstreamEndOn: "2030-07-01",
          extendedEndOn: "2030-07-01",
        },
      },
      { as: "operator" },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.addProductVersion).toMatchObject({
      productVersion: {
        name: "Subscription Edition",
        releasedOn: "2025-07-01",
        product: { key: "exchange-server" },
        coverage: { isCovered: true, reason: "CURRENT_VERSION" },
      },
      userErrors: [],
    });
    // Exchange 2019 is now N-1, out of mainstream since 2024-01-09.
    expect(await coverage(V.exchangeServer2019)).toMatchObject({ isCovered: false, reason: "PREVIOUS_VERSION_OUT_OF_MAINSTREAM" });
    const { data } = await gateway.gql(
      `query ($id: ID!) { node(id: $id) { ... on Product { versions { name } } } }`,
      { id: productId(P.exchangeServer) },
      { as: "operator" },
    );
    expect(data?.node.versions.map((v: any) => v.name)).toEqual(["Subscription Edition", "2019", "2016"]);
  });

  it.each([
    [
      "duplicate version name",
      { name: "2022", releasedOn: "2024-01-01", mainstreamEndOn: "2029-01-01", extendedEndOn: "2034-01-01" },
      [["DUPLICATE_VERSION_NAME", ["input", "name"]]],
    ],
    [
      "mainstream end before release",
      { name: "2030", releasedOn: "2030-01-01", mainstreamEndOn: "2029-01-01", extendedEndOn: "2035-01-01" },
      [["INVALID_INPUT", ["input", "mainstreamEndOn"]]],
    ],
    [
      "extended end before mainstream end",
      { name: "2030", releasedOn: "2030-01-01", mainstreamEndOn: "2035-01-01", extendedEndOn: "2034-01-01" },
      [["INVALID_INPUT", ["input", "extendedEndOn"]]],
    ],
    [
      "missing lifecycle dates on-premises",
      { name: "2030", releasedOn: "2030-01-01" },
      [
        ["FIELD_REQUIRED", ["input", "mainstreamEndOn"]],
        ["FIELD_REQUIRED", ["input", "extendedEndOn"]],
      ],
    ],
  ] as const)("refuses %s with userErrors", async (_label, fields, expected) => {
    const response = await gateway.gql(ADD_VERSION, { input: { productId: productId(P.sqlServer), ...fields } }, { as: "operator" });
    expect(response.errors).toBeUndefined();
    expect(response.data?.addProductVersion.productVersion).toBeNull();
    expect(response.data?.addProductVersion.userErrors.map((e: any) => [e.code, e.field])).toEqual(expected);
    const { data } = await gateway.gql(
      `query ($id: ID!) { node(id: $id) { ... on Product { versions { name } } } }`,
      { id: productId(P.sqlServer) },
      { as: "operator" },
    );
    expect(data?.node.versions.map((v: any) => v.name)).toEqual(["2025", "2022", "2019", "2017"]);
  });

  it("is FORBIDDEN for a partner admin", async () => {
    const response = await gateway.gql(
      ADD_VERSION,
      {
        input: {
          productId: productId(P.sqlServer),
          name: "2030",
          releasedOn: "2030-01-01",
          mainstreamEndOn: "2035-01-01",
          extendedEndOn: "2040-01-01",
        },
      },
      { as: "fabrikamGlobalAdmin" },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(response.data?.addProductVersion ?? null).toBeNull();
  });

  it("answers NOT_FOUND for an unknown product and BAD_USER_INPUT for a malformed id", async () => {
    const version = { name: "X", releasedOn: "2030-01-01" };
    const unknown = await gateway.gql(
      ADD_VERSION,
      { input: { productId: productId("60000000-0000-4000-8000-999999999999"), ...version } },
      { as: "operator" },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const malformed = await gateway.gql(ADD_VERSION, { input: { productId: "nope", ...version } }, { as: "operator" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const wrongType = await gateway.gql(ADD_VERSION, { input: { productId: versionId(V.sqlServer2019), ...version } }, { as: "operator" });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("adds a cloud version without lifecycle dates", async () => {
    const response = await gateway.gql(
      ADD_VERSION,
      { input: { productId: productId(P.dynamics365), name: "Wave 2", releasedOn: "2026-10-01" } },
      { as: "operator" },
    );
    expect(response.data?.addProductVersion).toMatchObject({
      productVersion: {
        name: "Wave 2",
        mainstreamEndOn: null,
        extendedEndOn: null,
        coverage: { isCovered: true, reason: "CLOUD_PRODUCT" },
      },
      userErrors: [],
    });
  });
});
