import {
  CamelCasePlugin,
  type Compilable,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from "kysely";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CaseMappingPlugin, CaseMappingQueryCompiler } from "./case-mapping";
import type { Database } from "./schema/database";
import { insertOrganizationWithUser } from "./test-fixtures";
import { createTestDatabase, type TestDatabase } from "./testing";

/** A Kysely that only compiles (Kysely's DummyDriver), with the given compiler and plugin. */
function compiler(compile: () => PostgresQueryCompiler, plugin: CamelCasePlugin) {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: compile,
    },
    plugins: [plugin],
  });
}

const stock = compiler(
  () => new PostgresQueryCompiler(),
  new CamelCasePlugin({ maintainNestedObjectKeys: true, underscoreBeforeDigits: true }),
);
const ours = compiler(() => new CaseMappingQueryCompiler(), new CaseMappingPlugin());

/** Queries of the shapes the gateway writes: nested JSON subqueries, joins, aliases, raw identifiers, writes. */
const QUERIES: ((db: Kysely<Database>) => Compilable)[] = [
  (db) => db.selectFrom("users").selectAll().where("organizationId", "=", "x").orderBy("createdAt", "desc").limit(3),
  (db) =>
    db
      .selectFrom("incidents")
      .selectAll("incidents")
      .select((eb) => [
        jsonObjectFrom(eb.selectFrom("productVersions").selectAll().whereRef("productVersions.id", "=", "incidents.productVersionId")).as(
          "prefetchVersion",
        ),
        jsonArrayFrom(eb.selectFrom("userRoles").select("userRoles.role").whereRef("userRoles.userId", "=", "incidents.createdBy")).as(
          "roles0",
        ),
        sql<string>`${sql.ref("incidents.planKind")} || ${sql.id("createdBy")}`.as("isMicrosoft365"),
      ])
      .innerJoin("organizations as org", "org.id", "incidents.organizationId")
      .where((eb) => eb.or([eb("incidents.status", "=", "OPEN"), eb("org.cspRelationship", "is not", null)])),
  (db) => db.updateTable("supportContracts").set({ incidentsRemaining: 2 }).where("id", "=", "c").returning(["id", "incidentsUsed"]),
  (db) =>
    db
      .insertInto("userRoles")
      .values({ userId: "u", role: "GLOBAL_ADMIN" })
      .onConflict((oc) => oc.doNothing()),
  (db) =>
    db
      .with("recent", (qb) => qb.selectFrom("auditLog").select(["actorUserId", "occurredAt"]))
      .selectFrom("recent")
      .selectAll(),
];

describe("CaseMappingPlugin + CaseMappingQueryCompiler", () => {
  it("compile to the same SQL and parameters as Kysely's CamelCasePlugin", () => {
    for (const build of QUERIES) {
      const expected = build(stock).compile();
      const actual = build(ours).compile();
      expect(actual.sql).toBe(expected.sql);
      expect(actual.parameters).toEqual(expected.parameters);
    }
    // and compiling twice (names from the memo) gives the same text again
    expect((QUERIES[1] as (db: Kysely<Database>) => Compilable)(ours).compile().sql).toBe(
      (QUERIES[1] as (db: Kysely<Database>) => Compilable)(stock).compile().sql,
    );
  });

  it("leave names as written once the plugins are off (withoutPlugins)", () => {
    const query = sql`create database ${sql.id("sh_bench_5a0d")}`;
    expect(query.compile(ours.withoutPlugins()).sql).toBe('create database "sh_bench_5a0d"');
    expect(query.compile(ours).sql).toBe('create database "sh_bench_5a_0d"');
    expect(ours.withoutPlugins().selectFrom("users").select("createdAt").compile().sql).toBe('select "createdAt" from "users"');
  });

  describe("rows read through them", () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase();
    });
    afterAll(() => t.close());

    it("have camelCase keys, nested JSON as PostgreSQL wrote it, and arrays as they came", async () => {
      const { organizationId } = await insertOrganizationWithUser(t.db);
      const row = await t.db
        .selectFrom("organizations")
        .select((eb) => [
          "id",
          "createdAt",
          jsonArrayFrom(
            eb.selectFrom("users").select(["users.id", "users.organizationId"]).whereRef("users.organizationId", "=", "organizations.id"),
          ).as("usersOf"),
          sql<number[]>`array[1, 2]`.as("twoNumbers"),
        ])
        .where("id", "=", organizationId)
        .executeTakeFirstOrThrow();
      expect(Object.keys(row).sort()).toEqual(["createdAt", "id", "twoNumbers", "usersOf"]);
      expect(row.createdAt).toBeInstanceOf(Date);
      expect(row.usersOf).toEqual([{ id: expect.any(String), organization_id: organizationId }]);
      expect(row.twoNumbers).toEqual([1, 2]);
    });
  });
});
