import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import type { Role } from "@support-hub/domain";
import type { ResolveTree } from "graphql-parse-resolve-info";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/config";
import type { GatewayContext } from "../../src/context";
import { incidentColumnsFor, joinedColumnsFor, nodeColumnsFor, pageColumnsFor } from "../../src/incidents/incident-columns";
import { planIncidentPage } from "../../src/incidents/incident.queries";
import { toSupportIncident } from "../../src/incidents/incident.mapper";
import { toProductVersion } from "../../src/products/product.mapper";
import { toUser } from "../../src/users/user.mapper";
import { createLoaders } from "../../src/loaders";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

// An incident page reads only the columns of `incidents` its selection needs. Each field must
// still answer what it answers from the whole row, on every path a page takes (Query.incidents,
// Organization.incidents prefetched with its organization or not, aliases of one page).

let gateway: TestGateway;
let fieldNames: string[];
let versionFieldNames: string[];
let userFieldNames: string[];
beforeAll(async () => {
  gateway = await startTestGateway();
  const fieldsOf = async (type: string): Promise<string[]> => {
    const introspection = await gateway.gql(`{ __type(name: "${type}") { fields { name } } }`, {}, { as: "operator" });
    return introspection.data?.__type.fields.map((field: { name: string }) => field.name);
  };
  fieldNames = await fieldsOf("SupportIncident");
  versionFieldNames = await fieldsOf("ProductVersion");
  userFieldNames = await fieldsOf("User");
}, 180_000);
afterAll(() => gateway?.stop());

const tree = (name: string, fieldsByTypeName: ResolveTree["fieldsByTypeName"] = {}, args: ResolveTree["args"] = {}): ResolveTree => ({
  name,
  alias: name,
  args,
  fieldsByTypeName,
});
/** `incidents { edges { node { <fields> } } }` as graphql-parse-resolve-info gives it (`{ name: [sub fields] }` nests). */
const pageSelecting = (fields: (string | Record<string, string[]>)[]) =>
  tree("incidents", {
    SupportIncidentConnection: {
      edges: tree("edges", {
        SupportIncidentEdge: {
          node: tree("node", {
            SupportIncident: Object.fromEntries(
              fields.flatMap((f) =>
                typeof f === "string"
                  ? [[f, tree(f)]]
                  : Object.entries(f).map(([name, sub]) => [name, tree(name, { Any: Object.fromEntries(sub.map((g) => [g, tree(g)])) })]),
              ),
            ),
          }),
        },
      }),
    },
  });

/** The statement of a page of Fabrikam's incidents read by its global admin, selecting `fields`. */
function statementFor(fields: (string | Record<string, string[]>)[]): string {
  const viewer = { ...DEMO_USERS.fabrikamGlobalAdmin, roles: ["GLOBAL_ADMIN" as Role] };
  const ctx = {
    db: gateway.database.db,
    sharedDb: gateway.database.db,
    viewer,
    loaders: createLoaders(gateway.database.db),
    limits: DEFAULT_LIMITS,
  } as unknown as GatewayContext;
  const page = pageSelecting(fields);
  const plan = planIncidentPage(ctx, viewer as never, {
    first: 10,
    after: null,
    filter: null,
    orderBy: null,
    organizationId: DEMO_IDS.organizations.fabrikam,
    ...pageColumnsFor(page),
  });
  return plan.query()?.compile().sql ?? "";
}

describe("the columns of an incident page", () => {
  it("every field of SupportIncident is known, so none makes its page read every column", () => {
    expect(fieldNames.length).toBeGreaterThan(15);
    for (const name of fieldNames) expect(incidentColumnsFor(pageSelecting([name])), name).not.toBeNull();
    // A field the table does not know (added later without an entry) reads every column.
    expect(incidentColumnsFor(pageSelecting(["title", "someNewField"]))).toBeNull();
  });

  it("each field read from its columns alone answers what it answers from the whole row", async () => {
    const rows = await gateway.database.db.selectFrom("incidents").selectAll().execute();
    expect(rows.some((row) => row.resolvedAt !== null || row.withdrawnAt !== null)).toBe(true);
    for (const row of rows) {
      const whole = toSupportIncident(row) as unknown as Record<string, unknown>;
      for (const name of fieldNames.filter((field) => field in whole)) {
        const columns = incidentColumnsFor(pageSelecting([name])) ?? [];
        const partial = Object.fromEntries(columns.map((column) => [column, row[column]])) as typeof row;
        expect((toSupportIncident(partial) as unknown as Record<string, unknown>)[name], name).toEqual(whole[name]);
      }
    }
  });

  it("the statement names the selected columns only (no description for a list of titles), and every column for an unknown field", () => {
    const titles = statementFor(["id", "number", "title", "createdAt"]);
    expect(titles).toContain('"incidents"."title"');
    expect(titles).toContain('"incidents"."created_at"');
    expect(titles).not.toContain('"incidents".*');
    expect(titles).not.toContain('"incidents"."description"');
    expect(titles).not.toContain('"incidents"."contact_name"');
    expect(statementFor(["title", "description"])).toContain('"incidents"."description"');
    expect(statementFor(["title", "someNewField"])).toContain('"incidents".*');
  });
});

describe("the joined product version and creator of an incident page", () => {
  it("every field of ProductVersion and User is known; a field they do not know reads the whole row; no selection, no join", () => {
    for (const name of versionFieldNames) {
      expect(joinedColumnsFor(pageSelecting([{ productVersion: [name] }])).productVersion, name).not.toBeNull();
    }
    for (const name of userFieldNames) expect(joinedColumnsFor(pageSelecting([{ createdBy: [name] }])).createdBy, name).not.toBeNull();
    expect(joinedColumnsFor(pageSelecting([{ productVersion: ["name", "someNewField"] }])).productVersion).toBeNull();
    expect(joinedColumnsFor(pageSelecting(["title"]))).toEqual({ productVersion: undefined, createdBy: undefined });
  });

  it("each field read from its columns alone answers what it answers from the whole row", async () => {
    const versions = await gateway.database.db.selectFrom("productVersions").selectAll().execute();
    const users = await gateway.database.db.selectFrom("users").selectAll().execute();
    const check = <Row extends { id: string }>(
      rows: Row[],
      names: string[],
      columnsOf: (name: string) => readonly string[] | null | undefined,
      map: (row: Row) => object,
    ) => {
      for (const row of rows) {
        const whole = map(row) as Record<string, unknown>;
        for (const name of names.filter((field) => field in whole)) {
          const columns = ["id", ...(columnsOf(name) ?? [])];
          const partial = Object.fromEntries(columns.map((column) => [column, row[column as keyof Row]])) as unknown as Row;
          expect((map(partial) as Record<string, unknown>)[name], name).toEqual(whole[name]);
        }
      }
    };
    expect(versions.some((version) => version.mainstreamEndOn !== null)).toBe(true);
    check(
      versions,
      versionFieldNames,
      (name) => joinedColumnsFor(pageSelecting([{ productVersion: [name] }])).productVersion,
      toProductVersion,
    );
    check(users, userFieldNames, (name) => joinedColumnsFor(pageSelecting([{ createdBy: [name] }])).createdBy, toUser);
    // A field resolver that starts from the row reads what the table lists for it.
    expect(joinedColumnsFor(pageSelecting([{ productVersion: ["product"] }])).productVersion).toEqual(["productId"]);
    expect(joinedColumnsFor(pageSelecting([{ createdBy: ["organization"] }])).createdBy).toEqual(["organizationId"]);
  });

  it("a dashboard's page reads the version's name and the creator's display name, not their whole rows", () => {
    const dashboard = statementFor(["title", { productVersion: ["id", "name"], createdBy: ["id", "displayName"] }]);
    expect(dashboard).toContain('"pv"."name"');
    expect(dashboard).toContain('"creator"."display_name"');
    expect(dashboard).toContain('"creator"."deleted_at"'); // a deleted creator shows as null
    for (const unread of ['"pv"."released_on"', '"pv"."created_at"', '"creator"."email"', '"creator"."created_at"']) {
      expect(dashboard).not.toContain(unread);
    }
    const titles = statementFor(["title"]);
    expect(titles).not.toContain('"product_versions"');
    expect(titles).not.toContain('"users"');
    expect(statementFor(["title", { productVersion: ["name", "someNewField"] }])).toContain('"pv"."released_on"');
  });
});

describe("node(id:) of an incident", () => {
  /** `node(id:) { ... on SupportIncident { <fields> } }` as graphql-parse-resolve-info gives it. */
  const nodeSelecting = (fields: Record<string, string[] | null>) =>
    tree("node", {
      SupportIncident: Object.fromEntries(
        Object.entries(fields).map(([name, sub]) => [
          name,
          tree(name, sub ? { Any: Object.fromEntries(sub.map((f) => [f, tree(f)])) } : {}),
        ]),
      ),
      Node: { id: tree("id") },
    });

  it("reads the columns and the rows beside it that its selection needs", () => {
    // The bench's "incident by id".
    const slim = nodeColumnsFor(
      nodeSelecting({
        id: null,
        number: null,
        title: null,
        createdAt: null,
        productVersion: ["id", "name"],
        createdBy: ["id", "displayName"],
      }),
    );
    expect(slim.columns).not.toContain("description");
    expect(slim.columns).toContain("title");
    expect(slim.joined).toEqual({ productVersion: ["name"], createdBy: ["displayName"] });
    expect(slim).toMatchObject({ product: false, customer: false });
    expect(nodeColumnsFor(nodeSelecting({ title: null }))).toMatchObject({ joined: {}, product: false, customer: false });
    expect(nodeColumnsFor(nodeSelecting({ productVersion: ["product"], customer: ["id"] }))).toMatchObject({
      product: true,
      customer: true,
    });
    // Unknown fields read whole rows (and a version read whole brings its product).
    expect(nodeColumnsFor(nodeSelecting({ someNewField: null })).columns).toBeNull();
    expect(nodeColumnsFor(nodeSelecting({ productVersion: ["someNewField"] }))).toMatchObject({
      joined: { productVersion: null },
      product: true,
    });
  });

  it("answers from those columns what it answers with every field selected (a deleted creator: incidents.test.ts)", async () => {
    const { data } = await gateway.gql(`{ incidents(first: 50) { nodes { id } } }`, {}, { as: "fabrikamGlobalAdmin" });
    const ids = ((data?.incidents.nodes ?? []) as { id: string }[]).map((node) => node.id);
    expect(ids.length).toBeGreaterThan(3);
    const one = async (id: string, fields: string) =>
      (
        await gateway.gql(
          `query ($id: ID!) { node(id: $id) { ... on SupportIncident { ${fields} } } }`,
          { id },
          { as: "fabrikamGlobalAdmin" },
        )
      ).data?.node;
    for (const id of ids) {
      const slim = await one(id, "id title productVersion { name } createdBy { displayName }");
      const full = await one(id, EVERY_FIELD);
      expect(slim).toEqual({
        id: full.id,
        title: full.title,
        productVersion: { name: full.productVersion.name },
        createdBy: full.createdBy && { displayName: full.createdBy.displayName },
      });
    }
  });
});

const EVERY_FIELD = `id number sequenceNumber title description severity status planKind wasConsumed isRefunded
  contact { name email phone } createdAt updatedAt resolvedAt withdrawnAt viewerCanStartWork
  productVersion { id name releasedOn mainstreamEndOn extendedEndOn product { name } }
  createdBy { id displayName email accountKind isMpnAssociated isCspAssociated roles organization { id } }
  supportContract { id } customer { id } organization { id }`;

describe("pages that select few columns answer the same as whole rows", () => {
  it("two aliases of one page, one with ids only, the other with every field, in either order, equal each incident by id", async () => {
    for (const [first, second] of [
      ["slim", "full"],
      ["full", "slim"],
    ]) {
      const selection = (alias: string) => `${alias}: incidents(first: 50) { nodes { ${alias === "slim" ? "id" : EVERY_FIELD} } }`;
      const page = await gateway.gql(
        `{ viewer { organization { ${selection(first as string)} ${selection(second as string)} } } }`,
        {},
        {
          as: "fabrikamGlobalAdmin",
        },
      );
      expect(page.errors).toBeUndefined();
      const organization = page.data?.viewer.organization;
      const full = organization.full.nodes as { id: string; description: string }[];
      expect(full.length).toBeGreaterThan(3);
      expect(organization.slim.nodes.map((node: { id: string }) => node.id)).toEqual(full.map((node) => node.id));
      expect(full.every((node) => typeof node.description === "string" && node.description.length > 0)).toBe(true);
      const one = await gateway.gql(
        `query One(${full.map((_, i) => `$id${i}: ID!`).join(", ")}) { ${full
          .map((_, i) => `n${i}: node(id: $id${i}) { ... on SupportIncident { ${EVERY_FIELD} } }`)
          .join(" ")} }`,
        Object.fromEntries(full.map((node, i) => [`id${i}`, node.id])),
        { as: "fabrikamGlobalAdmin" },
      );
      expect(one.errors).toBeUndefined();
      expect(full.map((_, i) => one.data?.[`n${i}`])).toEqual(full);
    }
  });

  it("each field that follows a link, selected alone, answers what it answers with every field (a page reads a link only for it)", async () => {
    const full = await gateway.gql(`{ incidents(first: 100) { nodes { ${EVERY_FIELD} } } }`, {}, { as: "operator" });
    expect(full.errors).toBeUndefined();
    const everyField = full.data?.incidents.nodes as Record<string, unknown>[];
    for (const [field, selection] of [
      ["supportContract", "supportContract { id }"],
      ["customer", "customer { id }"],
      ["organization", "organization { id }"],
      ["productVersion", "productVersion { id name releasedOn mainstreamEndOn extendedEndOn product { name } }"],
      ["createdBy", "createdBy { id displayName email accountKind isMpnAssociated isCspAssociated roles organization { id } }"],
      ["viewerCanStartWork", "viewerCanStartWork"],
    ] as const) {
      const alone = await gateway.gql(`{ incidents(first: 100) { nodes { id ${selection} } } }`, {}, { as: "operator" });
      expect(alone.errors, field).toBeUndefined();
      const values = ((alone.data?.incidents.nodes ?? []) as Record<string, unknown>[]).map((node) => node[field]);
      expect(values, field).toEqual(everyField.map((node) => node[field]));
      // Each link is set on some incidents of the demo data: the comparison sees real values.
      expect(
        values.some((value) => value !== null && value !== false),
        field,
      ).toBe(true);
    }
  });

  it("Query.incidents with every field equals each incident by id", async () => {
    const page = await gateway.gql(`{ incidents(first: 50) { edges { node { ${EVERY_FIELD} } } } }`, {}, { as: "operator" });
    expect(page.errors).toBeUndefined();
    const nodes = page.data?.incidents.edges.map((edge: { node: unknown }) => edge.node) as { id: string }[];
    expect(nodes.length).toBeGreaterThan(5);
    for (const node of nodes) {
      const one = await gateway.gql(
        `query One($id: ID!) { node(id: $id) { ... on SupportIncident { ${EVERY_FIELD} } } }`,
        { id: node.id },
        {
          as: "operator",
        },
      );
      expect(one.data?.node).toEqual(node);
    }
  });
});
