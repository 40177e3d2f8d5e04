/**
 * The zero-code peer: PostGraphile 5 (the version that shares graphql 16 with the gateway;
 * 4.14 accepts graphql up to 15 only) serving a GraphQL API generated from the same PostgreSQL
 * tables the gateway reads, over node:http. Run as a child process by `run.ts`, on the bench's
 * database. Env: PG_URL, PORT, STATS_PORT (answers the number of SQL statements sent so far, for
 * statements per request), PG_POOL (connections, default 10: the bench passes the gateway's).
 * Default Amber preset: the nested JSON built by PostgreSQL; no auth.
 */
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

// `pg` as PostGraphile itself depends on it (not a dependency of this package).
// biome-ignore lint/suspicious/noExplicitAny: untyped here (its types are not a dependency either)
const pg: any = createRequire(createRequire(import.meta.url).resolve("postgraphile"))("pg");

const port = Number(process.env.PORT);
let statements = 0;
const pool = new pg.Pool({ connectionString: String(process.env.PG_URL), max: Number(process.env.PG_POOL ?? 10) });
// biome-ignore lint/suspicious/noExplicitAny: see above
if (!process.env.NO_COUNT)
  pool.on("connect", (client: any) => {
    const query = client.query;
    // biome-ignore lint/suspicious/noExplicitAny: counting wrapper over every overload
    client.query = function (this: unknown, ...args: any[]) {
      statements += 1;
      return (query as any).apply(this, args);
    };
  });
createServer((_request, response) => response.end(String(statements))).listen(Number(process.env.STATS_PORT), "127.0.0.1");
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ["public"] })],
  grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).then(
  () => server.listen(port, "127.0.0.1"),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
process.on("SIGTERM", () => server.close(() => void Promise.resolve(pgl.release()).then(() => process.exit(0))));
