/**
 * The framework's ceiling: a bare Apollo Server (no auth, limits or database) on the committed
 * SDL, whose resolvers return the captured dashboard response from memory. Run as a child process.
 */
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSchema } from "graphql";

const port = Number(process.env.BASELINE_PORT);
const captured = JSON.parse(readFileSync(String(process.env.BASELINE_RESPONSE_FILE), "utf8")) as { data: { viewer: unknown } };
const sdl = readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8");

const schema = buildSchema(sdl);
const viewer = schema.getQueryType()?.getFields().viewer;
if (!viewer) throw new Error("Query.viewer is missing from the SDL");
// Every other field uses graphql-js' default resolver (reads the property of the captured object).
viewer.resolve = () => captured.data.viewer;

const server = new ApolloServer({ schema, csrfPrevention: true, introspection: false });
await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
process.on("SIGTERM", () => {
  server.stop().then(() => process.exit(0));
});
