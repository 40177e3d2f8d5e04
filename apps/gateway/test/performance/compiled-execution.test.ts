import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, type DemoUserKey, type GraphQLResponse, type TestGateway } from "../support/test-gateway";

// Queries are compiled (graphql-jit) after their first run through graphql-js. Each document here
// runs three times, as the same user, with nothing written in between: the first answer
// (graphql-js) and the next two (compiled) must be the same, data and errors alike.

const compilations = { count: 0 };
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({
    queryCompilation: {
      after: 1,
      onCompiled: (_name, compiled) => {
        expect(compiled).toBe(true);
        compilations.count += 1;
      },
    },
  });
}, 180_000);
afterAll(() => gateway?.stop());

const DASHBOARD = `query Dashboard($first: Int!, $withContracts: Boolean!) {
  viewer {
    id displayName email roles __typename
    organization {
      ...OrganizationFields
      entitlements { asOf onPremisesIncidentCount tpdHours cloudCompetencies cloudIncidents { isUnlimited count } }
      supportContracts @include(if: $withContracts) { id kind startsOn endsOn state isUnlimited totalIncidentCount remainingIncidentCount }
      recent: incidents(first: $first) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id number title severity status planKind wasConsumed createdAt productVersion { id name } createdBy { id displayName } } }
      }
      ids: incidents(first: 2) { edges { node { id } } }
    }
  }
}
fragment OrganizationFields on Organization { id name cspRelationship membershipOffers { id level competency startsOn endsOn isActive } }`;

const NODES = `query Nodes($ids: [ID!]!, $one: ID!) {
  nodes(ids: $ids) {
    __typename id
    ... on SupportIncident { number title createdBy { displayName } timeline(first: 10) { edges { cursor node { __typename kind occurredAt actor { id } ... on SupportIncidentNoteEvent { body } } } } }
    ... on Organization { name }
    ... on User { displayName }
  }
  node(id: $one) { id ... on SupportIncident { status } }
}`;

/** An answer without what differs by design from one request to the next. */
function comparable(response: GraphQLResponse): unknown {
  return JSON.parse(JSON.stringify({ data: response.data, errors: response.errors }), (key, value) =>
    key === "requestId" ? undefined : value,
  );
}

async function threeRuns(query: string, variables: Record<string, unknown>, as: DemoUserKey) {
  const run = () => gateway.gql(query, variables, { as, headers: { "cache-control": "no-cache" } });
  const before = compilations.count;
  const first = await run();
  const compiledAfterFirst = compilations.count - before;
  const second = await run();
  const third = await run();
  return { first, second, third, compiledAfterFirst, compiledInAll: compilations.count - before };
}

describe("a query compiled after its first run answers what graphql-js answered", () => {
  it("a dashboard: fragments, aliases, @include, a page with nested objects", async () => {
    const { first, second, third, compiledAfterFirst, compiledInAll } = await threeRuns(
      DASHBOARD,
      { first: 5, withContracts: true },
      "fabrikamGlobalAdmin",
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.viewer.organization.recent.edges.length).toBeGreaterThan(0);
    expect(compiledAfterFirst).toBe(0);
    expect(compiledInAll).toBe(1); // compiled once, on the second run; the third reuses it
    expect(comparable(second)).toEqual(comparable(first));
    expect(comparable(third)).toEqual(comparable(first));
  });

  it("nodes through the Node and SupportIncidentEvent interfaces, with foreign and malformed ids", async () => {
    const own = await gateway.gql(
      `{ incidents(first: 2) { edges { node { id } } } viewer { id organization { id } } }`,
      {},
      { as: "fabrikamGlobalAdmin" },
    );
    const contoso = await gateway.gql(`{ viewer { organization { id } } }`, {}, { as: "contosoGlobalAdmin" });
    const ownIds = own.data?.incidents.edges.map((edge: { node: { id: string } }) => edge.node.id) as string[];
    const ids = [...ownIds, contoso.data?.viewer.organization.id, own.data?.viewer.id, own.data?.viewer.organization.id];
    const { first, second, third } = await threeRuns(NODES, { ids, one: ownIds[0] }, "fabrikamGlobalAdmin");
    expect(first.errors).toBeUndefined();
    expect(first.data?.nodes.map((node: { __typename: string } | null) => node?.__typename ?? null)).toEqual([
      "SupportIncident",
      "SupportIncident",
      null, // another organization
      "User",
      "Organization",
    ]);
    expect(first.data?.nodes[0].timeline.edges[0].node.__typename).toBe("SupportIncidentCreatedEvent");
    expect(comparable(second)).toEqual(comparable(first));
    expect(comparable(third)).toEqual(comparable(first));

    const malformed = await threeRuns(NODES, { ids: ["not-an-id"], one: ownIds[0] }, "fabrikamGlobalAdmin");
    expect(malformed.first.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(comparable(malformed.second)).toEqual(comparable(malformed.first));
    expect(comparable(malformed.third)).toEqual(comparable(malformed.first));
  });

  it("a field refused to the viewer: the same null, error, path and code", async () => {
    const { first, second, third } = await threeRuns(
      `query Refused { viewer { id } organizations(first: 2) { edges { node { id } } } }`,
      {},
      "fabrikamHelpdesk",
    );
    expect(first.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(first.errors?.[0]?.path).toEqual(["organizations"]);
    expect(comparable(second)).toEqual(comparable(first));
    expect(comparable(third)).toEqual(comparable(first));
  });

  it("variables of the wrong type: the same request error, and nothing executed", async () => {
    const { first, second, third } = await threeRuns(DASHBOARD, { first: "five", withContracts: true }, "fabrikamGlobalAdmin");
    expect(first.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(first.data).toBeUndefined();
    expect(comparable(second)).toEqual(comparable(first));
    expect(comparable(third)).toEqual(comparable(first));
  });

  it("an argument a resolver refuses: the same BAD_USER_INPUT at the same path, beside the data that did answer", async () => {
    const { first, second, third } = await threeRuns(
      `query Plans($version: ID!) { viewer { displayName } supportPlans(productVersionId: $version) { asOf } }`,
      { version: "not-a-version" },
      "fabrikamGlobalAdmin",
    );
    expect(first.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(first.errors?.[0]?.path).toEqual(["supportPlans"]);
    expect(first.data).toBeNull(); // supportPlans is non-null: the error nulls the whole answer
    expect(comparable(second)).toEqual(comparable(first));
    expect(comparable(third)).toEqual(comparable(first));
  });

  it("literals in the document are data, never code: quotes, backslashes and line separators in an argument", async () => {
    const hostile = 'SR-0001\\"); globalThis.compiledInjection = true; ("\\u2028\u2028`${1}`';
    const { first, second, third } = await threeRuns(
      `query Hostile { a: incident(number: ${JSON.stringify(hostile)}) { id } viewer { displayName } }`,
      {},
      "fabrikamGlobalAdmin",
    );
    expect(first.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT"); // not an incident number: refused as data
    expect(first.errors?.[0]?.path).toEqual(["a"]);
    expect((globalThis as { compiledInjection?: boolean }).compiledInjection).toBeUndefined();
    expect(comparable(second)).toEqual(comparable(first));
    expect(comparable(third)).toEqual(comparable(first));
  });
});
