import { DEMO_ACTIVATIONS, DEMO_IDS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

const V = DEMO_IDS.productVersions;
const C = DEMO_IDS.contracts;
const CU = DEMO_IDS.cspCustomers;
const versionId = (id: string) => toGlobalId("ProductVersion", id);
const contractId = (id: string) => toGlobalId("SupportContract", id);
const customerId = (id: string) => toGlobalId("CspCustomer", id);

const PLANS = `query ($version: ID!, $asOf: LocalDate, $customer: ID) {
  supportPlans(productVersionId: $version, asOf: $asOf, customerId: $customer) {
    asOf
    productVersion { name product { key } }
    customer { name }
    coverage { isCovered reason }
    available { kind supportContract { id } startsOn endsOn remainingIncidentCount isUnlimited isConsuming }
    unavailable { plan { kind supportContract { id } remainingIncidentCount } reason message }
    paidPlanSuggestions { kind name description }
  }
}`;

async function plans(as: DemoUserKey, version: string, options: { asOf?: string; customer?: string } = {}) {
  const response = await gateway.gql(
    PLANS,
    { version: versionId(version), asOf: options.asOf, customer: options.customer ? customerId(options.customer) : undefined },
    { as },
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data?.supportPlans;
}

const kinds = (listing: any) => ({
  available: listing.available.map((plan: any) => plan.kind),
  unavailable: listing.unavailable.map((entry: any) => [entry.plan.kind, entry.reason]),
  paid: listing.paidPlanSuggestions.map((plan: any) => plan.kind),
});

// Fabrikam activated 4 months before 2026-11-25; its contracts run until the offer ends, 7 months after.
const FABRIKAM_TERM = { startsOn: "2026-07-25", endsOn: "2027-06-25" };

describe("supportPlans for Fabrikam (activated; on-premises 12 left, cloud 5-pack with 2 left)", () => {
  it("on-premises product, linked account: the product support contract with remaining, the cloud plan is the wrong kind", async () => {
    const listing = await plans("fabrikamGlobalAdmin", V.sqlServer2025);
    expect(listing).toMatchObject({
      asOf: "2026-11-25",
      productVersion: { name: "2025", product: { key: "sql-server" } },
      customer: null,
      coverage: { isCovered: true, reason: "CURRENT_VERSION" },
      paidPlanSuggestions: [],
    });
    expect(listing.available).toEqual([
      {
        kind: "PRODUCT_SUPPORT",
        supportContract: { id: contractId(C.fabrikamOnPremises) },
        ...FABRIKAM_TERM,
        remainingIncidentCount: 12,
        isUnlimited: false,
        isConsuming: true,
      },
    ]);
    expect(listing.unavailable).toEqual([
      {
        plan: { kind: "SIGNATURE_CLOUD", supportContract: { id: contractId(C.fabrikamCloud) }, remainingIncidentCount: 2 },
        reason: "WRONG_PRODUCT_KIND",
        message: "Support plan cannot be used for the specified product",
      },
    ]);
  });

  it("cloud product: the 5-pack with 2 remaining", async () => {
    const listing = await plans("fabrikamAdminAgent", V.azureCurrent);
    expect(listing.available).toEqual([
      {
        kind: "SIGNATURE_CLOUD",
        supportContract: { id: contractId(C.fabrikamCloud) },
        ...FABRIKAM_TERM,
        remainingIncidentCount: 2,
        isUnlimited: false,
        isConsuming: true,
      },
    ]);
    expect(kinds(listing).unavailable).toEqual([["PRODUCT_SUPPORT", "WRONG_PRODUCT_KIND"]]);
  });

  it("a version out of coverage: VERSION_NOT_COVERED and the paid plan suggestion", async () => {
    // Windows Server 2022 is N-1 since 2025 shipped, and left mainstream support on 2026-10-13.
    const listing = await plans("fabrikamGlobalAdmin", V.windowsServer2022);
    expect(listing.coverage).toEqual({ isCovered: false, reason: "PREVIOUS_VERSION_OUT_OF_MAINSTREAM" });
    expect(kinds(listing)).toEqual({
      available: [],
      // Same end date: fewer remaining first (the domain's plan order).
      unavailable: [
        ["SIGNATURE_CLOUD", "WRONG_PRODUCT_KIND"],
        ["PRODUCT_SUPPORT", "VERSION_NOT_COVERED"],
      ],
      paid: ["PREMIER_SUPPORT_FOR_PARTNERS"],
    });
    expect(listing.unavailable[1].message).toContain("mainstream");
    expect(listing.paidPlanSuggestions[0].name).toBe("Premier Support for Partners");
  });

  it("as of other dates: not started before activation, expired on the end day", async () => {
    expect(kinds(await plans("fabrikamGlobalAdmin", V.sqlServer2022, { asOf: "2026-07-24" })).unavailable).toContainEqual([
      "PRODUCT_SUPPORT",
      "CONTRACT_NOT_STARTED",
    ]);
    const ended = await plans("fabrikamGlobalAdmin", V.sqlServer2022, { asOf: "2027-06-25" });
    expect(ended.asOf).toBe("2027-06-25");
    expect(kinds(ended).unavailable).toContainEqual(["PRODUCT_SUPPORT", "CONTRACT_EXPIRED"]);
    expect(kinds(await plans("fabrikamGlobalAdmin", V.sqlServer2022, { asOf: "2027-06-24" })).available).toEqual(["PRODUCT_SUPPORT"]);
  });

  it("an organization member who has not linked the contracts: NOT_LINKED", async () => {
    expect(kinds(await plans("fabrikamHelpdesk", V.windowsServer2025))).toEqual({
      available: [],
      unavailable: [
        ["SIGNATURE_CLOUD", "WRONG_PRODUCT_KIND"],
        ["PRODUCT_SUPPORT", "NOT_LINKED"],
      ],
      paid: ["PREMIER_SUPPORT_FOR_PARTNERS"],
    });
  });

  it("Microsoft 365 waives the link only: the member who has not linked uses the 5-pack, which consumes", async () => {
    const listing = await plans("fabrikamHelpdesk", V.microsoft365Current);
    expect(listing.available).toEqual([
      {
        kind: "MICROSOFT_365",
        supportContract: { id: contractId(C.fabrikamCloud) },
        ...FABRIKAM_TERM,
        remainingIncidentCount: 2,
        isUnlimited: false,
        isConsuming: true,
      },
    ]);
    expect(kinds(listing).unavailable).toEqual([["PRODUCT_SUPPORT", "WRONG_PRODUCT_KIND"]]);
    expect(listing.paidPlanSuggestions).toEqual([]);
  });
});

describe("supportPlans for a CSP customer", () => {
  it("Azure for a served customer by the ADMIN_AGENT of a DIRECT partner: the Cloud Solution Provider plan first", async () => {
    const listing = await plans("fabrikamAdminAgent", V.azureCurrent, { customer: CU.fabrikamWideWorldImporters });
    expect(listing.customer).toEqual({ name: "Wide World Importers" });
    expect(kinds(listing).available).toEqual(["CLOUD_SOLUTION_PROVIDER", "SIGNATURE_CLOUD"]);
    expect(listing.available[0]).toMatchObject({ supportContract: null, isConsuming: false });
  });

  it("the Global Admin of the same partner: MISSING_ADMIN_AGENT_ROLE", async () => {
    const listing = await plans("fabrikamGlobalAdmin", V.azureCurrent, { customer: CU.fabrikamWideWorldImporters });
    expect(kinds(listing)).toMatchObject({
      available: [],
      unavailable: expect.arrayContaining([
        ["CLOUD_SOLUTION_PROVIDER", "MISSING_ADMIN_AGENT_ROLE"],
        ["SIGNATURE_CLOUD", "MISSING_ADMIN_AGENT_ROLE"],
      ]),
    });
  });

  it("an indirect reseller's admin agent: CSP_INDIRECT_RESELLER", async () => {
    const listing = await plans("contosoAdminAgent", V.azureCurrent, { customer: CU.contosoLitware });
    expect(kinds(listing)).toEqual({
      available: [],
      unavailable: [
        ["CLOUD_SOLUTION_PROVIDER", "CSP_INDIRECT_RESELLER"],
        ["SIGNATURE_CLOUD", "CSP_INDIRECT_RESELLER"],
      ],
      paid: ["PREMIER_SUPPORT_FOR_PARTNERS", "ADVANCED_SUPPORT_FOR_PARTNERS"],
    });
  });

  it("an advisor (CSP-only account): CSP_ADVISOR", async () => {
    const listing = await plans("adatumCspAgent", V.azureCurrent, { customer: CU.adatumProseware });
    expect(kinds(listing).unavailable).toEqual([
      ["CLOUD_SOLUTION_PROVIDER", "CSP_ADVISOR"],
      ["SIGNATURE_CLOUD", "CSP_ADVISOR"],
    ]);
  });

  it("another partner's customer answers CUSTOMER_NOT_SERVED, exactly like an unknown customer", async () => {
    const foreign = await plans("fabrikamAdminAgent", V.azureCurrent, { customer: CU.contosoLitware });
    const unknown = await plans("fabrikamAdminAgent", V.azureCurrent, { customer: "40000000-0000-4000-8000-999999999999" });
    expect(foreign.customer).toBeNull();
    expect(kinds(foreign).unavailable).toEqual([
      ["CLOUD_SOLUTION_PROVIDER", "CUSTOMER_NOT_SERVED"],
      ["SIGNATURE_CLOUD", "CUSTOMER_NOT_SERVED"],
      ["PRODUCT_SUPPORT", "WRONG_PRODUCT_KIND"],
    ]);
    expect(unknown).toEqual(foreign);
  });

  it("on-premises for a served customer: any role of the organization with a linked contract", async () => {
    const listing = await plans("fabrikamGlobalAdmin", V.sqlServer2022, { customer: CU.fabrikamWoodgroveBank });
    expect(kinds(listing).available).toEqual(["PRODUCT_SUPPORT"]);
  });
});

describe("supportPlans without benefits", () => {
  it("Tailspin (no offers): NOT_ENTITLED, Premier and Advanced suggested for cloud", async () => {
    expect(kinds(await plans("tailspinGlobalAdmin", V.azureCurrent))).toEqual({
      available: [],
      unavailable: [["SIGNATURE_CLOUD", "NOT_ENTITLED"]],
      paid: ["PREMIER_SUPPORT_FOR_PARTNERS", "ADVANCED_SUPPORT_FOR_PARTNERS"],
    });
    expect(kinds(await plans("tailspinGlobalAdmin", V.sqlServer2022))).toEqual({
      available: [],
      unavailable: [["PRODUCT_SUPPORT", "NOT_ENTITLED"]],
      paid: ["PREMIER_SUPPORT_FOR_PARTNERS"],
    });
  });

  it("Contoso (Gold Cloud Platform, not activated): BENEFITS_NOT_ACTIVATED, on-premises and cloud", async () => {
    const onPremises = await plans("contosoGlobalAdmin", V.windowsServer2025);
    expect(kinds(onPremises)).toEqual({
      available: [],
      unavailable: [["PRODUCT_SUPPORT", "BENEFITS_NOT_ACTIVATED"]],
      paid: ["PREMIER_SUPPORT_FOR_PARTNERS"],
    });
    expect(onPremises.unavailable[0].message).toMatch(/not activated/);
    expect(kinds(await plans("contosoHelpdesk", V.azureCurrent)).unavailable).toEqual([["SIGNATURE_CLOUD", "BENEFITS_NOT_ACTIVATED"]]);
  });

  it("Northwind (Action Pack) on a cloud product: a NOT_ENTITLED signature cloud plan, not only the wrong-kind contract", async () => {
    expect(kinds(await plans("northwindGlobalAdmin", V.dynamics365Current))).toEqual({
      available: [],
      unavailable: [
        ["PRODUCT_SUPPORT", "WRONG_PRODUCT_KIND"],
        ["SIGNATURE_CLOUD", "NOT_ENTITLED"],
      ],
      paid: ["PREMIER_SUPPORT_FOR_PARTNERS", "ADVANCED_SUPPORT_FOR_PARTNERS"],
    });
  });

  it("Northwind (no on-premises incidents left): NO_INCIDENTS_REMAINING", async () => {
    const listing = await plans("northwindGlobalAdmin", V.windowsServer2025);
    expect(listing.unavailable).toEqual([
      {
        plan: { kind: "PRODUCT_SUPPORT", supportContract: { id: contractId(C.northwindOnPremises) }, remainingIncidentCount: 0 },
        reason: "NO_INCIDENTS_REMAINING",
        message: expect.any(String),
      },
    ]);
  });

  it("an account outside any organization gets no Microsoft 365 waiver: it must link a contract first", async () => {
    const listing = await plans("outsideMsa", V.microsoft365Current);
    expect(kinds(listing)).toEqual({
      available: [],
      unavailable: [["SIGNATURE_CLOUD", "NOT_LINKED"]],
      paid: ["PREMIER_SUPPORT_FOR_PARTNERS", "ADVANCED_SUPPORT_FOR_PARTNERS"],
    });
  });
});

describe("supportPlans: N and N-1 on 2026-11-30 are what a partner sees", () => {
  it.each([
    [V.windowsServer2025, true, "CURRENT_VERSION"],
    [V.windowsServer2022, false, "PREVIOUS_VERSION_OUT_OF_MAINSTREAM"],
    [V.sqlServer2025, true, "CURRENT_VERSION"],
    [V.sqlServer2022, true, "PREVIOUS_VERSION_IN_MAINSTREAM"],
    [V.sqlServer2019, false, "OLDER_VERSION"],
  ] as const)("%s", async (version, covered, reason) => {
    const listing = await plans("fabrikamGlobalAdmin", version, { asOf: "2026-11-30" });
    expect(listing.coverage).toEqual({ isCovered: covered, reason });
    expect(listing.available.length > 0).toBe(covered);
  });
});

describe("supportPlans for Microsoft 365 without cloud benefits", () => {
  it.each([
    ["northwindGlobalAdmin", "NOT_ENTITLED"],
    ["tailspinGlobalAdmin", "NOT_ENTITLED"],
    ["contosoHelpdesk", "BENEFITS_NOT_ACTIVATED"],
    ["adatumCspAgent", "NOT_AUTHORIZED"],
  ] as const)("%s: no Microsoft 365 plan, %s", async (user, reason) => {
    const listing = await plans(user, V.microsoft365Current);
    expect(listing.available).toEqual([]);
    expect(kinds(listing).unavailable).toContainEqual(["MICROSOFT_365", reason]);
    expect(listing.unavailable.find((e: any) => e.plan.kind === "MICROSOFT_365").plan.supportContract).toBeNull();
  });
});

describe("supportPlans with a contract linked from another organization", () => {
  it("an outside account that links Fabrikam's pair can use its contracts", async () => {
    const link = await gateway.gql(
      `mutation ($input: LinkSupportContractInput!) { linkSupportContract(input: $input) { userErrors { code } } }`,
      { input: { accessId: DEMO_ACTIVATIONS.fabrikam.accessId, contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId } },
      { as: "outsideMsa" },
    );
    expect(link.errors).toBeUndefined();
    expect(link.data?.linkSupportContract.userErrors).toEqual([]);
    const listing = await plans("outsideMsa", V.sqlServer2022);
    expect(listing.available).toEqual([
      {
        kind: "PRODUCT_SUPPORT",
        supportContract: { id: contractId(C.fabrikamOnPremises) },
        ...FABRIKAM_TERM,
        remainingIncidentCount: 12,
        isUnlimited: false,
        isConsuming: true,
      },
    ]);
  });
});

describe("supportPlans request errors", () => {
  it("requires a signed-in user", async () => {
    const response = await gateway.gql(PLANS, { version: versionId(V.sqlServer2022) });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers BAD_USER_INPUT for a malformed id and NOT_FOUND for an unknown version", async () => {
    const malformed = await gateway.gql(PLANS, { version: "xyz" }, { as: "fabrikamGlobalAdmin" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const wrongType = await gateway.gql(
      PLANS,
      { version: toGlobalId("Product", DEMO_IDS.products.sqlServer) },
      { as: "fabrikamGlobalAdmin" },
    );
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await gateway.gql(PLANS, { version: versionId("70000000-0000-4000-8000-999999999999") }, { as: "fabrikamGlobalAdmin" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
