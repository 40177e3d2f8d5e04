import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SharedStatements } from "../../src/performance/shared-statements";
import { decodeJsonTuples } from "../../src/prefetch/json-rows";
import { countingDb } from "../../src/performance/sql-statements";
import { holdTable, statementsWaitingOnLock } from "../support/hold-database";
import { type DemoUserKey, type GraphQLResponse, startTestGateway, type TestGateway } from "../support/test-gateway";

const NO_CACHE = { "cache-control": "no-cache" };
const DASHBOARD = `query ($first: Int!) { viewer { organization {
  id name membershipOffers { id level } supportContracts { id remainingIncidentCount }
  incidents(first: $first) { pageInfo { hasNextPage } edges { cursor node { id number title status createdBy { displayName } productVersion { name } } } }
  users(first: 5) { totalCount nodes { displayName roles } }
} } }`;
const USERS: DemoUserKey[] = [
  "operator",
  "contosoGlobalAdmin",
  "contosoHelpdesk",
  "fabrikamGlobalAdmin",
  "fabrikamHelpdesk",
  "northwindGlobalAdmin",
  "outsideMsa",
];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("identical statements sent by concurrent requests", () => {
  /** Waits until PostgreSQL runs a statement starting with `text` (its snapshot is taken then). */
  async function runningOnServer(text: string): Promise<void> {
    for (let tries = 0; tries < 500; tries++) {
      const { rows } = await sql<{ running: number }>`
        select count(*)::int as running from pg_stat_activity
        where state = 'active' and pid <> pg_backend_pid() and starts_with(query, ${text})`.execute(gateway.database.db);
      if ((rows[0]?.running ?? 0) > 0) return;
      await sleep(10);
    }
    throw new Error(`never saw the statement running: ${text}`);
  }

  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
    await sql`create table shared_statement_probe (n int)`.execute(gateway.database.db);
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it("share one execution, sent after each caller asked: a commit seen before asking is in the answer", async () => {
    const { db, counter } = countingDb(gateway.database.db);
    const shared = new SharedStatements(db);
    // Slow enough that the callers below ask while it is out; its snapshot predates the commit.
    const statement = sql<{ n: number }>`select pg_sleep(1), (select count(*)::int from shared_statement_probe) as n`.compile(db);
    let firstSettled = false;
    const first = shared.execute(statement).finally(() => {
      firstSettled = true;
    });
    // Asked at once, with no timer between (a loaded machine once stalled a 50 ms sleep past the
    // whole statement): the first is out, since it cannot settle before this code yields.
    const waiting = [shared.execute(statement), shared.execute(statement)];
    expect(firstSettled, "the first execution must still be out when the next callers ask").toBe(false);
    if (gateway.database.kind !== "pglite") await runningOnServer("select pg_sleep(1), (select count(*)::int from shared_statement_probe)");
    // On PGlite this waits for the first statement (one session); on PostgreSQL it commits at once.
    await sql`insert into shared_statement_probe values (1)`.execute(gateway.database.db);
    const afterCommit = shared.execute(statement);
    expect((await first).rows[0]?.n).toBe(0);
    const [one, two, three] = await Promise.all([...waiting, afterCommit]);
    // The two that waited share the next execution (the same result); it ran after the first returned.
    expect(two).toBe(one);
    expect(one?.rows[0]?.n).toBe(1);
    // Asked after the commit: never the first execution's answer.
    expect(three?.rows[0]?.n).toBe(1);
    // First, then the waiting ones (with the last on PostgreSQL, where the first was still out), then the last on PGlite.
    expect(counter.count).toBe(gateway.database.kind === "pglite" ? 3 : 2);
    expect(shared.size).toBe(0);
  });

  it("statements that differ in a parameter are not shared", async () => {
    const { db, counter } = countingDb(gateway.database.db);
    const shared = new SharedStatements(db);
    const [one, two] = await Promise.all([
      shared.execute(sql<{ n: number }>`select ${1}::int as n`.compile(db)),
      shared.execute(sql<{ n: number }>`select ${2}::int as n`.compile(db)),
    ]);
    expect([one.rows[0]?.n, two.rows[0]?.n]).toEqual([1, 2]);
    expect(counter.count).toBe(2);
    // A bigint parameter (JSON cannot write one) keys apart from the text of its digits.
    const [big, text] = await Promise.all([
      shared.execute(sql<{ n: string }>`select ${10n}::text || 'b' as n`.compile(db)),
      shared.execute(sql<{ n: string }>`select ${"10"}::text || 'b' as n`.compile(db)),
    ]);
    expect([big.rows[0]?.n, text.rows[0]?.n]).toEqual(["10b", "10b"]);
    expect(counter.count).toBe(4);
  });

  it("a failed execution fails the callers it served only; the next one runs afresh", async () => {
    const shared = new SharedStatements(gateway.database.db);
    const statement = sql<{ n: number }>`select pg_sleep(0.2), count(*)::int as n from shared_statement_later`.compile(gateway.database.db);
    const failing = [shared.execute(statement), shared.execute(statement)];
    await expect(failing[0]).rejects.toThrow(/shared_statement_later/);
    await expect(failing[1]).rejects.toThrow(/shared_statement_later/);
    await sql`create table shared_statement_later (n int)`.execute(gateway.database.db);
    expect((await shared.execute(statement)).rows[0]?.n).toBe(0);
    expect(shared.size).toBe(0);
  });

  it("every dashboard asked at once is the dashboard asked alone", async () => {
    const calls = USERS.flatMap((user) => [user, user, user]);
    const alone = [];
    for (const user of calls) alone.push(await gateway.gql(DASHBOARD, { first: 20 }, { as: user, headers: NO_CACHE }));
    const together = await Promise.all(calls.map((user) => gateway.gql(DASHBOARD, { first: 20 }, { as: user, headers: NO_CACHE })));
    expect(together.map((answer) => answer.data)).toEqual(alone.map((answer) => answer.data));
    expect(alone.every((answer) => answer.errors === undefined)).toBe(true);
    // Several organizations, some with incidents: each request got its own organization's.
    const names = new Set(alone.map((answer) => answer.data?.viewer.organization?.name));
    expect(names.size).toBeGreaterThanOrEqual(3);
    expect(alone[calls.indexOf("fabrikamHelpdesk")]?.data?.viewer.organization.incidents.edges.length).toBeGreaterThan(0);
  });

  it("different selections of the same incidents, asked at once, each get their own fields", async () => {
    const page = (node: string) =>
      `query ($first: Int!) { viewer { organization { incidents(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node { ${node} } } } } } }`;
    const documents = [
      page("id number productVersion { name }"),
      page("id title productVersion { id name releasedOn } createdBy { email displayName }"),
      page("number status severity planKind wasConsumed createdAt updatedAt"),
      page("id productVersion { product { name } } createdBy { id roles }"),
      `query ($first: Int!) { incidents(first: $first) { edges { cursor node { id number productVersion { name } createdBy { displayName } } } } }`,
    ];
    const calls = documents.flatMap((document) =>
      (["fabrikamGlobalAdmin", "fabrikamHelpdesk", "contosoGlobalAdmin"] as DemoUserKey[]).flatMap((user) => [
        { document, user },
        { document, user },
      ]),
    );
    const alone: GraphQLResponse[] = [];
    for (const { document, user } of calls) alone.push(await gateway.gql(document, { first: 6 }, { as: user, headers: NO_CACHE }));
    const together = await Promise.all(
      calls.map(({ document, user }) => gateway.gql(document, { first: 6 }, { as: user, headers: NO_CACHE })),
    );
    expect(alone.every((answer) => answer.errors === undefined)).toBe(true);
    expect(together.map((answer) => answer.data)).toEqual(alone.map((answer) => answer.data));
    // Each document's fields, not another's: the second asks emails, the first does not.
    const edgesOf = (index: number) => alone[index]?.data?.viewer.organization.incidents.edges;
    expect(edgesOf(0)?.[0]?.node.productVersion).toEqual({ name: expect.any(String) });
    expect(edgesOf(6)?.[0]?.node.createdBy.email).toMatch(/@/);
  });

  it("on PostgreSQL, the dashboards asked while the same statement waits share the next one", async (context) => {
    if (gateway.database.kind === "pglite") context.skip(); // one session: statements queue anyway
    const release = await holdTable(gateway.database, "organizations");
    const first = gateway.gql(DASHBOARD, { first: 20 }, { as: "fabrikamGlobalAdmin", headers: NO_CACHE });
    await sleep(300);
    const queued = Array.from({ length: 6 }, () => gateway.gql(DASHBOARD, { first: 20 }, { as: "fabrikamGlobalAdmin", headers: NO_CACHE }));
    await sleep(500);
    let waiting: number | undefined;
    try {
      waiting = await statementsWaitingOnLock(gateway.database, "%prefetch%");
    } finally {
      await release();
    }
    // The first request's statement only (one per request before: seven).
    expect(waiting).toBe(1);
    const answers = await Promise.all([first, ...queued]);
    for (const answer of answers) expect(answer.data).toEqual(answers[0]?.data);
    expect(answers[0]?.data?.viewer.organization.incidents.edges.length).toBeGreaterThan(0);
  });
});

describe("rows decoded from one shared result", () => {
  const CREATED_AT = { timestamps: ["createdAt"], numbers: ["number"], booleans: ["consumed"] };
  it("are decoded once per JSON array and columns, and stay apart for other columns or arrays", () => {
    const json = [
      ["a", "2026-11-25 10:00:00+00", "16601", "true"],
      ["b", null, "7", "false"],
    ];
    const names = ["id", "createdAt", "number", "consumed"];
    const rows = decodeJsonTuples<{ id: string; createdAt: Date | null }>(json, names, CREATED_AT);
    expect(rows).toEqual([
      { id: "a", createdAt: new Date("2026-11-25T10:00:00Z"), number: 16601, consumed: true },
      { id: "b", createdAt: null, number: 7, consumed: false },
    ]);
    expect(decodeJsonTuples(json, names, CREATED_AT)).toBe(rows);
    // Other names or types: another decoding of the same array.
    expect(decodeJsonTuples(json, ["id", "updatedAt", "number", "consumed"], CREATED_AT)).toEqual([
      { id: "a", updatedAt: "2026-11-25 10:00:00+00", number: 16601, consumed: true },
      { id: "b", updatedAt: null, number: 7, consumed: false },
    ]);
    expect(decodeJsonTuples(json, names, { ...CREATED_AT, numbers: [] })[0]).toMatchObject({ number: "16601" });
    expect(decodeJsonTuples(structuredClone(json), names, CREATED_AT)).not.toBe(rows);
  });
});
