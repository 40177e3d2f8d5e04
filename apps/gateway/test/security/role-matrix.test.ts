import { DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGatewaySchema } from "../../src/schema";
import { startTestGateway, type GraphQLResponse, type TestGateway } from "../support/test-gateway";
import {
  ALLOWED,
  CALLERS,
  type Caller,
  gid,
  MUTATION_ROWS,
  ORGANIZATION_FIELD_ROWS,
  ORGANIZATION_PUBLIC_FIELDS,
  type Outcome,
  ownOrganization,
  foreignOrganization,
} from "./role-matrix";

const EXPECTED_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_AUTHORIZED: 403 };

/** What the caller got, in the matrix's vocabulary; checks that an error answer carries no data. */
function outcomeOf(response: GraphQLResponse, field: string | null): Outcome {
  const [error] = response.errors ?? [];
  if (error) return String(error.extensions?.code) as Outcome;
  if (field === null && response.data?.organization === null) return "HIDDEN";
  const payload = field ? (response.data?.[field] as { userErrors?: Array<{ code: string }> } | undefined) : undefined;
  const [userError] = payload?.userErrors ?? [];
  return userError ? `userError:${userError.code}` : ALLOWED;
}

function checkShape(response: GraphQLResponse, outcome: Outcome) {
  const status = EXPECTED_STATUS[outcome];
  if (status) expect(response.status).toBe(status);
  if (outcome === ALLOWED || outcome === "HIDDEN" || outcome.startsWith("userError:")) {
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  } else {
    // A refused call never returns the data it was refused (a nullable root answers null).
    expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
  }
}

/** The audit outcome a matrix outcome is recorded as. */
function AUDIT_OUTCOME(outcome: Outcome): string {
  if (outcome === ALLOWED) return "SUCCEEDED";
  if (outcome === "FORBIDDEN" || outcome === "NOT_AUTHORIZED") return "DENIED";
  return "REFUSED"; // a business refusal, or a request error such as NOT_FOUND (a foreign object looks missing)
}

const as = (caller: Caller) => (caller === "anonymous" ? null : caller);

describe("the role matrix covers the whole schema", () => {
  it("every Mutation field has at least one row", async () => {
    const schema = await buildGatewaySchema();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    const covered = new Set(MUTATION_ROWS.map((row) => row.mutation));
    expect(mutations.filter((name) => !covered.has(name))).toEqual([]);
    expect([...covered].filter((name) => !mutations.includes(name))).toEqual([]);
  });

  it("every Organization field is either tenant-scoped with a row, or listed as public", async () => {
    const schema = await buildGatewaySchema();
    const organization = schema.getType("Organization") as import("graphql").GraphQLObjectType;
    const fields = Object.keys(organization.getFields()).sort();
    const covered = new Set([...ORGANIZATION_FIELD_ROWS.map((row) => row.field), ...ORGANIZATION_PUBLIC_FIELDS]);
    expect(fields.filter((name) => !covered.has(name))).toEqual([]);
  });

  it("every row has a cell for every caller", () => {
    for (const row of MUTATION_ROWS) expect(Object.keys(row.expect).sort()).toEqual([...CALLERS].sort());
    for (const row of ORGANIZATION_FIELD_ROWS) {
      expect(Object.keys(row.own).sort()).toEqual([...CALLERS].sort());
      expect(Object.keys(row.foreign).sort()).toEqual([...CALLERS].sort());
    }
  });
});

describe("tenant-scoped Organization fields", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway?.stop());

  const cases = ORGANIZATION_FIELD_ROWS.flatMap((row) =>
    CALLERS.flatMap((caller) => {
      const own = ownOrganization(caller);
      const list: Array<[string, Caller, "own" | "foreign", Outcome]> = [];
      if (own) list.push([row.field, caller, "own", row.own[caller]]);
      list.push([row.field, caller, "foreign", row.foreign[caller]]);
      return list.map(([field, who, target, outcome]) => ({ row, field, who, target, outcome }));
    }),
  );

  it.each(cases)("$field × $who × $target organization → $outcome", async ({ row, who, target, outcome }) => {
    const org = target === "own" ? ownOrganization(who) : foreignOrganization(who);
    if (!org) throw new Error("no organization");
    const response = await gateway.gql(
      `query Cell($id: ID!) { organization(id: $id) { id ${row.selection} } }`,
      { id: gid.org(org) },
      {
        as: as(who),
      },
    );
    expect(outcomeOf(response, null), JSON.stringify(response.errors)).toBe(outcome);
    checkShape(response, outcome);
    if (outcome === ALLOWED) expect(response.data?.organization.id).toBe(gid.org(org));
  });
});

describe.each(MUTATION_ROWS.map((row) => ({ row, name: `${row.mutation} (${row.scenario})` })))("$name", ({ row }) => {
  // A fresh gateway per row: a cell's changes cannot leak into another row.
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway?.stop());

  it.each(CALLERS.map((caller, index) => ({ caller, index, outcome: row.expect[caller] })))(
    "$caller → $outcome",
    async ({ caller, index, outcome }) => {
      const input = await row.input({ gateway, caller, unique: `c${index}` });
      const requestId = `matrix-${row.mutation}-${index}-${Math.random().toString(36).slice(2)}`;
      const response = await gateway.gql(row.document, { input }, { as: as(caller), headers: { "x-request-id": requestId } });
      expect(outcomeOf(response, row.mutation), JSON.stringify(response.errors ?? response.data)).toBe(outcome);
      checkShape(response, outcome);
      // Every signed-in call leaves exactly one audit entry, whatever the outcome; anonymous calls none.
      const entries = await gateway.database.db
        .selectFrom("auditLog")
        .select(["action", "actorUserId", "outcome"])
        .where("requestId", "=", requestId)
        .execute();
      if (caller === "anonymous") {
        expect(entries).toEqual([]);
      } else {
        expect(entries).toEqual([{ action: row.mutation, actorUserId: DEMO_USERS[caller].id, outcome: AUDIT_OUTCOME(outcome) }]);
      }
    },
  );
});
