import { DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGatewaySchema } from "../../src/schema";
import { startTestGateway, type GraphQLResponse, type TestGateway } from "../support/test-gateway";
import { contextResolvedFields, queryFields } from "./guarded-read-fields";
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
import { arrangeReadData, READ_ROWS, type ReadCell, VIEWER_INDEPENDENT_FIELDS } from "./role-matrix-reads";

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

  it("every Query field, and every object field resolved with the viewer's context, has a read row", async () => {
    const schema = await buildGatewaySchema();
    const covered = new Set([
      ...READ_ROWS.flatMap((row) => row.covers),
      ...ORGANIZATION_FIELD_ROWS.map((row) => `Organization.${row.field}`),
      ...Object.keys(VIEWER_INDEPENDENT_FIELDS),
    ]);
    const guarded = [...queryFields(schema), ...contextResolvedFields(schema).map((field) => field.coordinate)];
    expect(guarded.filter((coordinate) => !covered.has(coordinate))).toEqual([]);
    // No row for a field that is gone, and no exemption for a field that needs none (or a row).
    const exists = (coordinate: string) => {
      const [type, field] = coordinate.split(".") as [string, string];
      return Boolean((schema.getType(type) as import("graphql").GraphQLObjectType | undefined)?.getFields?.()[field]);
    };
    expect([...covered].filter((coordinate) => !exists(coordinate))).toEqual([]);
    expect(Object.keys(VIEWER_INDEPENDENT_FIELDS).filter((coordinate) => !guarded.includes(coordinate))).toEqual([]);
  });

  it("a field exempted as viewer-independent never reads the viewer or checks a tenant", async () => {
    const schema = await buildGatewaySchema();
    const exempt = contextResolvedFields(schema).filter((field) => field.coordinate in VIEWER_INDEPENDENT_FIELDS);
    expect(exempt.map((field) => field.coordinate).sort()).toEqual(Object.keys(VIEWER_INDEPENDENT_FIELDS).sort());
    const readsViewer = exempt.filter((field) => /viewer|canRead|canManage|assert|isOperator/.test(field.method.toString()));
    expect(readsViewer.map((field) => field.coordinate)).toEqual([]);
  });

  it("every read row selects the fields it claims to cover", () => {
    for (const row of READ_ROWS) {
      for (const coordinate of row.covers) {
        const field = coordinate.split(".")[1] as string;
        expect(row.document, `${row.scenario} covers ${coordinate}`).toMatch(new RegExp(`\\b${field}\\b`));
      }
    }
  });

  it("every row has a cell for every caller", () => {
    for (const row of READ_ROWS) expect(Object.keys(row.expect).sort()).toEqual([...CALLERS].sort());
    for (const row of MUTATION_ROWS) expect(Object.keys(row.expect).sort()).toEqual([...CALLERS].sort());
    for (const row of ORGANIZATION_FIELD_ROWS) {
      expect(Object.keys(row.own).sort()).toEqual([...CALLERS].sort());
      expect(Object.keys(row.foreign).sort()).toEqual([...CALLERS].sort());
    }
  });
});

// One seeded gateway for every read cell (reads change nothing; the read rows' state is arranged once).
describe("read fields", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
    await arrangeReadData(gateway);
  });
  afterAll(() => gateway?.stop());

  /** The caller's answer as a cell: the error code (then no data), or what the row reduces the data to. */
  async function cellOf(row: (typeof READ_ROWS)[number], caller: Caller): Promise<ReadCell> {
    const response = await gateway.gql(row.document, row.variables, { as: as(caller) });
    const [error] = response.errors ?? [];
    if (error) {
      const code = String(error.extensions?.code);
      const status = EXPECTED_STATUS[code];
      if (status) expect(response.status, `${caller}: ${code}`).toBe(status);
      expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
      return code as ReadCell;
    }
    expect(response.status).toBe(200);
    return { saw: row.seen(response.data) };
  }

  // Every caller of a row at once, compared as one record: a diff names the callers that differ.
  it.each(READ_ROWS.map((row) => ({ row, name: `${row.covers[0]} (${row.scenario})` })))("$name", async ({ row }) => {
    const cells = await Promise.all(CALLERS.map(async (caller) => [caller, await cellOf(row, caller)] as const));
    expect(Object.fromEntries(cells)).toEqual(row.expect);
  });

  describe("tenant-scoped Organization fields", () => {
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
