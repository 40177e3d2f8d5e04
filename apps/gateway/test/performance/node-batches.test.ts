import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/relay/global-id";
import { holdTable, statementsWaitingOnLock } from "../support/hold-database";
import { type DemoUserKey, startTestGateway, type TestGateway } from "../support/test-gateway";

const NODE = `query ($id: ID!) { node(id: $id) { ... on SupportIncident { id number title status createdBy { displayName } productVersion { name } } } }`;
const NO_CACHE = { "cache-control": "no-cache" };
const USERS: DemoUserKey[] = [
  "operator",
  "contosoGlobalAdmin",
  "contosoHelpdesk",
  "fabrikamGlobalAdmin",
  "fabrikamHelpdesk",
  "northwindGlobalAdmin",
  "outsideMsa",
];

/**
 * `node(id:)` of incidents asked by several requests at once may be read by one statement
 * (`FreshBatches`); what each request may see is still decided for that request alone.
 */
describe("incidents by id, many requests at once", () => {
  let gateway: TestGateway;
  let incidentIds: string[];
  beforeAll(async () => {
    gateway = await startTestGateway();
    const rows = await gateway.database.db.selectFrom("incidents").select("id").orderBy("number").execute();
    incidentIds = rows.map((row) => toGlobalId("SupportIncident", row.id));
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  const ask = (user: DemoUserKey, id: string) => gateway.gql(NODE, { id }, { as: user, headers: NO_CACHE });

  it("every request gets what it gets alone: its own incidents, null for the others", async () => {
    expect(incidentIds.length).toBeGreaterThanOrEqual(7);
    const pairs = USERS.flatMap((user) => incidentIds.map((id) => ({ user, id })));
    const alone = [];
    for (const { user, id } of pairs) alone.push((await ask(user, id)).data);
    const together = await Promise.all(pairs.map(async ({ user, id }) => (await ask(user, id)).data));
    expect(together).toEqual(alone);
    // Both answers and refusals are in there: visibility was decided, not skipped.
    expect(alone.filter((data) => data?.node === null).length).toBeGreaterThan(0);
    expect(alone.filter((data) => data?.node?.id).length).toBeGreaterThan(0);
  });

  it("on PostgreSQL, the requests that come while an incident statement waits share the next one", async (context) => {
    if (gateway.database.kind === "pglite") context.skip(); // one session: statements queue anyway
    const release = await holdTable(gateway.database, "incidents");
    const first = ask("operator", incidentIds[0] as string);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const queued = incidentIds.slice(1, 7).map((id) => ask("operator", id));
    await new Promise((resolve) => setTimeout(resolve, 500));
    let waiting: number | undefined;
    try {
      waiting = await statementsWaitingOnLock(gateway.database, "%prefetch_%");
    } finally {
      await release();
    }
    // The first request's statement only (one per request before: seven).
    expect(waiting).toBe(1);
    const answers = await Promise.all([first, ...queued]);
    expect(answers.map((answer) => answer.data?.node?.id)).toEqual(incidentIds.slice(0, 7));
  });
});
