/**
 * Large lists: one response of 100 incidents x ~35 fields, executed (no HTTP, no database in the
 * timed part) through the gateway's type-graphql schema and through plain graphql-js on the same
 * SDL whose resolver returns the same objects. Prints one JSON line. Run as a child process.
 *
 * type-graphql side: `Query.incidents` returns a page loaded once from a seeded in-memory PGlite;
 * everything below it (object types, field resolvers, loaders from the request cache, auth
 * checker) is the gateway's own code. graphql-js side: default resolvers over the captured data.
 */
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { createTestDatabase } from "@support-hub/db/testing";
import { buildSchema, execute, type GraphQLSchema, parse } from "graphql";
import { DEFAULT_LIMITS } from "../src/config";
import type { GatewayContext } from "../src/context";
import { listIncidents } from "../src/incidents/incident.queries";
import { createLoaders } from "../src/loaders";
import { createLogger } from "../src/logger";
import { buildGatewaySchema } from "../src/schema";
import { loadViewer } from "../src/users/user.queries";

const TODAY = "2026-11-25";
const ITERATIONS = Number(process.env.LARGE_LIST_ITERATIONS ?? 300);

export const LARGE_LIST_QUERY = `query LargeList($first: Int!) {
  incidents(first: $first) {
    edges {
      cursor
      node {
        id number sequenceNumber title description severity status planKind supportContract { id } wasConsumed isRefunded
        contact { name email phone }
        createdAt updatedAt resolvedAt withdrawnAt
        productVersion { id name releasedOn mainstreamEndOn extendedEndOn }
        createdBy { id email displayName accountKind isMpnAssociated isCspAssociated }
        customer { id name }
        organization { id name }
      }
    }
  }
}`;

function time(run: () => unknown) {
  return async () => {
    for (let i = 0; i < 30; i++) await run(); // warm-up (JIT, caches)
    const start = performance.now();
    for (let i = 0; i < ITERATIONS; i++) await run();
    return (performance.now() - start) / ITERATIONS;
  };
}

async function main() {
  const database = await createTestDatabase({ seed: { today: TODAY } });
  try {
    const creators = [DEMO_USERS.fabrikamGlobalAdmin.id, DEMO_USERS.fabrikamAdminAgent.id];
    await database.db
      .insertInto("incidents")
      .values(
        Array.from({ length: 100 }, (_, i) => ({
          organizationId: DEMO_IDS.organizations.fabrikam,
          productVersionId: DEMO_IDS.productVersions.microsoft365Current,
          planKind: "MICROSOFT_365" as const,
          supportContractId: null,
          consumed: false,
          severity: "C" as const,
          title: `Large list incident ${i}`,
          description: "Generated for the large-list measurement.",
          contactName: "Pat Contact",
          contactEmail: "pat@example.com",
          contactPhone: i % 2 ? "+1 555 0100" : null,
          createdBy: creators[i % 2] as string,
        })),
      )
      .execute();

    const loaded = await loadViewer(database.db, DEMO_USERS.fabrikamGlobalAdmin.id);
    if (!loaded) throw new Error("demo viewer missing");
    const { viewer, dataVersion } = loaded;
    const context: GatewayContext = {
      requestId: "large-list",
      clientAddress: "127.0.0.1",
      logger: createLogger("silent"),
      db: database.db,
      sharedDb: database.db,
      viewer,
      dataVersion,
      today: TODAY,
      limits: DEFAULT_LIMITS,
      loaders: createLoaders(database.db),
    };
    const document = parse(LARGE_LIST_QUERY);
    const variableValues = { first: 100 };

    const typeGraphql: GraphQLSchema = await buildGatewaySchema();
    // Real execution once (database included): the reference answer.
    const reference = await execute({ schema: typeGraphql, document, variableValues, contextValue: context });
    if (reference.errors?.length) throw new Error(JSON.stringify(reference.errors));
    const page = await listIncidents(context, viewer, { first: 100, after: null, filter: null, orderBy: null });
    const incidentsField = typeGraphql.getQueryType()?.getFields().incidents;
    if (!incidentsField) throw new Error("Query.incidents missing");
    incidentsField.resolve = () => page;

    const sdl = readFileSync(new URL("../../../schema/schema.graphql", import.meta.url), "utf8");
    const plain = buildSchema(sdl);
    const plainIncidents = plain.getQueryType()?.getFields().incidents;
    if (!plainIncidents) throw new Error("Query.incidents missing in the SDL");
    const captured = JSON.parse(JSON.stringify(reference.data)) as { incidents: unknown };
    plainIncidents.resolve = () => captured.incidents;

    const runTypeGraphql = () => execute({ schema: typeGraphql, document, variableValues, contextValue: context });
    const runPlain = () => execute({ schema: plain, document, variableValues, contextValue: {} });
    // Both sides must produce the same response.
    const a = JSON.stringify((await runTypeGraphql()).data);
    const b = JSON.stringify((await runPlain()).data);
    if (a !== b) throw new Error("type-graphql and graphql-js answers differ");

    // Interleave to share the machine's noise fairly.
    const tg: number[] = [];
    const gj: number[] = [];
    for (let round = 0; round < 3; round++) {
      tg.push(await time(runTypeGraphql)());
      gj.push(await time(runPlain)());
    }
    const typeGraphqlMs = Math.min(...tg);
    const graphqlJsMs = Math.min(...gj);
    const leaves = (LARGE_LIST_QUERY.match(/\b[a-zA-Z]+\b(?!\s*[{(:])/g) ?? []).length;
    process.stdout.write(
      `${JSON.stringify({
        incidents: 100,
        responseBytes: a.length,
        selectedFieldsApprox: leaves,
        iterations: ITERATIONS,
        typeGraphqlMs: Number(typeGraphqlMs.toFixed(3)),
        graphqlJsMs: Number(graphqlJsMs.toFixed(3)),
        ratio: Number((typeGraphqlMs / graphqlJsMs).toFixed(2)),
      })}\n`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
