import { DEMO_IDS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { startTestGateway, type TestGateway } from "./support/test-gateway";

const V = DEMO_IDS.productVersions;
const version = (id: string) => toGlobalId("ProductVersion", id);
const TIMELINE = `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { node(id: $id) { ... on ProductVersion {
  name coveredUntil coverageWindows(from: $from, to: $to) { from to status endsBecause message }
} } }`;
const UNTIL = `query($id: ID!) { node(id: $id) { ... on ProductVersion { name coveredUntil } } }`;

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

describe("ProductVersion.coverageWindows", () => {
  it("Windows Server 2019 on the catalog's real dates: N, then N-1 until mainstream end, then not covered", async () => {
    const response = await gateway.gql(
      TIMELINE,
      { id: version(V.windowsServer2019), from: "2018-01-01", to: "2026-01-01" },
      { as: "contosoHelpdesk" },
    );
    expect(response.errors).toBeUndefined();
    const windows = response.data?.node.coverageWindows.map((w: Record<string, string>) => [w.from, w.to, w.status, w.endsBecause]);
    expect(windows).toEqual([
      ["2018-01-01", "2018-11-13", "NOT_COVERED", "RELEASED"],
      ["2018-11-13", "2021-08-18", "COVERED_AS_N", "NEWER_RELEASE"],
      ["2021-08-18", "2024-01-10", "COVERED_AS_N_MINUS_1_MAINSTREAM", "MAINSTREAM_END"],
      ["2024-01-10", "2026-01-01", "NOT_COVERED", "END_OF_RANGE"],
    ]);
    expect(response.data?.node.coveredUntil).toBeNull(); // not covered today (2026-11-25)
  });

  it("a cloud product is covered throughout, with no end date", async () => {
    const response = await gateway.gql(
      TIMELINE,
      { id: version(V.azureCurrent), from: "2026-01-01", to: "2027-01-01" },
      { as: "fabrikamHelpdesk" },
    );
    expect(response.data?.node).toMatchObject({
      coveredUntil: null,
      coverageWindows: [{ from: "2026-01-01", to: "2027-01-01", status: "COVERED_CLOUD_PRODUCT", endsBecause: "END_OF_RANGE" }],
    });
  });

  it("refuses a range whose start is not before its end", async () => {
    const response = await gateway.gql(
      TIMELINE,
      { id: version(V.sqlServer2022), from: "2026-01-01", to: "2026-01-01" },
      { as: "contosoHelpdesk" },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("ProductVersion.coveredUntil", () => {
  it("N is open-ended until a newer release is in the catalog; then N-1 is covered until the day after its mainstream end", async () => {
    const until = async (id: string) => (await gateway.gql(UNTIL, { id }, { as: "contosoHelpdesk" })).data?.node.coveredUntil;
    // On 2026-11-30 SQL Server 2025 is N (open-ended) and 2022 is N-1 in mainstream (ends 2028-01-11).
    expect(await until(version(V.sqlServer2025))).toBeNull();
    expect(await until(version(V.sqlServer2022))).toBe("2028-01-12");

    // A newer release (hypothetical, released before the test's today) makes 2025 N-1 and 2022 N-2.
    const added = await gateway.gql(
      `mutation($input: AddProductVersionInput!) { addProductVersion(input: $input) { productVersion { id } userErrors { code } } }`,
      {
        input: {
          productId: toGlobalId("Product", DEMO_IDS.products.sqlServer),
          name: "Next",
          releasedOn: "2026-11-01",
          mainstreamEndOn: "2031-11-01",
          extendedEndOn: "2036-11-01",
        },
      },
      { as: "operator" },
    );
    expect(added.data?.addProductVersion.userErrors).toEqual([]);
    expect(await until(version(V.sqlServer2025))).toBe("2031-01-07");
    expect(await until(version(V.sqlServer2022))).toBeNull();
    expect(await until(added.data?.addProductVersion.productVersion.id)).toBeNull();
  });
});
