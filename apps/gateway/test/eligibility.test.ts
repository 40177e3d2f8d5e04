import { DEMO_ACTIVATIONS, DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

const V = DEMO_IDS.productVersions;
const ELIGIBILITY = `query($id: ID!, $customerId: ID) { eligibility(productVersionId: $id, customerId: $customerId) {
  asOf isEligible steps { rule result reason nextAction actors { email } }
} }`;
const ask = (as: DemoUserKey, versionId: string) => gateway.gql(ELIGIBILITY, { id: toGlobalId("ProductVersion", versionId) }, { as });
const walk = (steps: Array<{ rule: string; result: string; nextAction: string | null }>) =>
  steps.map((s) => `${s.rule}:${s.result}${s.nextAction ? `>${s.nextAction}` : ""}`);

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

describe("Query.eligibility", () => {
  it("Fabrikam's linked Global Admin, SQL Server 2022: every rule passes", async () => {
    const response = await ask("fabrikamGlobalAdmin", V.sqlServer2022);
    expect(response.errors).toBeUndefined();
    expect(response.data?.eligibility.isEligible).toBe(true);
    expect(walk(response.data?.eligibility.steps)).toEqual([
      "OFFER:PASS",
      "ENTITLEMENT:PASS",
      "ACTIVATION:PASS",
      "CONTRACT:PASS",
      "LINK:PASS",
      "VERSION_COVERAGE:PASS",
      "CSP_ROLE:SKIPPED",
    ]);
  });

  it("Fabrikam's helpdesk agent has not linked: LINK; an N-2 version fails coverage", async () => {
    const helpdesk = await ask("fabrikamHelpdesk", V.sqlServer2022);
    expect(helpdesk.data?.eligibility.isEligible).toBe(false);
    expect(walk(helpdesk.data?.eligibility.steps).slice(3, 5)).toEqual(["CONTRACT:PASS", "LINK:FAIL>LINK"]);
    const old = await ask("fabrikamGlobalAdmin", V.sqlServer2017);
    expect(old.data?.eligibility.steps[5]).toMatchObject({ rule: "VERSION_COVERAGE", result: "FAIL", nextAction: "BUY_PAID_SUPPORT" });
  });

  it("Contoso has not activated: ACTIVATE, naming its Global Admin and MPN Partner Admin", async () => {
    const response = await ask("contosoHelpdesk", V.sqlServer2022);
    const step = response.data?.eligibility.steps[2];
    expect(step).toMatchObject({ rule: "ACTIVATION", result: "FAIL", nextAction: "ACTIVATE" });
    expect(step.actors.map((a: { email: string }) => a.email).sort()).toEqual(
      [DEMO_USERS.contosoGlobalAdmin.email, DEMO_USERS.contosoPartnerAdmin.email].sort(),
    );
  });

  it("Tailspin has no offer: buy paid support", async () => {
    const response = await ask("tailspinGlobalAdmin", V.sqlServer2022);
    expect(walk(response.data?.eligibility.steps)[0]).toBe("OFFER:FAIL>BUY_PAID_SUPPORT");
  });

  it("an outside account, once linked, is eligible; the organization's steps do not apply to it", async () => {
    const before = await ask("outsideMsa", V.sqlServer2022);
    expect(walk(before.data?.eligibility.steps).slice(0, 5)).toEqual([
      "OFFER:SKIPPED",
      "ENTITLEMENT:SKIPPED",
      "ACTIVATION:SKIPPED",
      "CONTRACT:FAIL>LINK",
      "LINK:SKIPPED",
    ]);
    await gateway.gql(
      `mutation($input: LinkSupportContractInput!) { linkSupportContract(input: $input) { userErrors { code } } }`,
      { input: { accessId: DEMO_ACTIVATIONS.fabrikam.accessId, contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId } },
      { as: "outsideMsa" },
    );
    const after = await ask("outsideMsa", V.sqlServer2022);
    expect(after.data?.eligibility.isEligible).toBe(true);
  });

  it("CSP-only accounts get NOT_AUTHORIZED; anonymous UNAUTHENTICATED", async () => {
    expect((await ask("adatumCspAgent", V.sqlServer2022)).errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
    const anonymous = await gateway.gql(ELIGIBILITY, { id: toGlobalId("ProductVersion", V.sqlServer2022) }, { as: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
