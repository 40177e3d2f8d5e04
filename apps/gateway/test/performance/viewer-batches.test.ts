import { DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signDevToken } from "../../src/auth";
import { holdTable, statementsWaitingOnLock } from "../support/hold-database";
import { type DemoUserKey, startTestGateway, type TestGateway } from "../support/test-gateway";

const VIEWER = "{ viewer { email displayName roles } }";
const NO_CACHE = { "cache-control": "no-cache" };

/**
 * On PostgreSQL, the requests that arrive while an account statement is out share the next one
 * (`FreshBatches`); on PGlite the accounts come from the process's own cache. Either way, under
 * concurrency every request must get its own account.
 */
describe("the signed-in account, many requests at once", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it("each request gets its own account and roles, whoever it was loaded with", async () => {
    const users = Object.keys(DEMO_USERS) as DemoUserKey[];
    const calls = users.flatMap((user) =>
      Array.from({ length: 4 }, () => ({ user, response: gateway.gql(VIEWER, {}, { as: user, headers: NO_CACHE }) })),
    );
    for (const { user, response } of calls) {
      const { data, errors } = await response;
      expect(errors, user).toBeUndefined();
      expect(data?.viewer, user).toEqual({
        email: DEMO_USERS[user].email,
        displayName: DEMO_USERS[user].displayName,
        roles: [...DEMO_USERS[user].roles].sort(),
      });
    }
  });

  it("on PostgreSQL, the requests that come while an account statement waits share the next one", async (context) => {
    if (gateway.database.kind === "pglite") context.skip(); // one session: accounts come from the process's cache
    const release = await holdTable(gateway.database, "users");
    const users: DemoUserKey[] = [
      "operator",
      "contosoGlobalAdmin",
      "contosoHelpdesk",
      "fabrikamGlobalAdmin",
      "fabrikamHelpdesk",
      "outsideMsa",
    ];
    const first = gateway.gql(VIEWER, {}, { as: "northwindGlobalAdmin", headers: NO_CACHE });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const queued = users.map((user) => gateway.gql(VIEWER, {}, { as: user, headers: NO_CACHE }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Statements of the gateway blocked on the held table: the first request's account statement
    // only (one per request before: seven).
    let waiting: number | undefined;
    try {
      waiting = await statementsWaitingOnLock(gateway.database, "%data_scope_versions%");
    } finally {
      await release();
    }
    expect(waiting).toBe(1);
    expect((await first).data?.viewer.email).toBe(DEMO_USERS.northwindGlobalAdmin.email);
    const answers = await Promise.all(queued);
    expect(answers.map((answer) => answer.data?.viewer.email)).toEqual(users.map((user) => DEMO_USERS[user].email));
  });

  it("a token naming the account in upper case is the same account", async () => {
    const token = await signDevToken(gateway.config.auth, DEMO_USERS.contosoHelpdesk.id.toUpperCase());
    const [upper, lower] = await Promise.all([
      gateway.gql(VIEWER, {}, { token, headers: NO_CACHE }),
      gateway.gql(VIEWER, {}, { as: "contosoHelpdesk", headers: NO_CACHE }),
    ]);
    expect(upper.errors).toBeUndefined();
    expect(upper.data?.viewer.email).toBe(DEMO_USERS.contosoHelpdesk.email);
    expect(upper.data).toEqual(lower.data);
  });

  it("a deleted account among them is refused (401) alone; the others are served", async () => {
    await gateway.database.db
      .updateTable("users")
      .set({ deletedAt: new Date() })
      .where("id", "=", DEMO_USERS.northwindGlobalAdmin.id)
      .execute();
    const others: DemoUserKey[] = ["contosoGlobalAdmin", "fabrikamHelpdesk", "operator"];
    const [deleted, ...served] = await Promise.all([
      gateway.gql(VIEWER, {}, { as: "northwindGlobalAdmin", headers: NO_CACHE }),
      ...others.map((user) => gateway.gql(VIEWER, {}, { as: user, headers: NO_CACHE })),
    ]);
    expect(deleted.status).toBe(401);
    expect(deleted.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    served.forEach((response, i) => {
      expect(response.errors).toBeUndefined();
      expect(response.data?.viewer.email).toBe(DEMO_USERS[others[i] as DemoUserKey].email);
    });
  });
});
