// Stands in for `fast-json-stringify` in the bundle. graphql-jit imports it (and through it ajv and
// its formats) at load, for a JSON serializer the gateway never asks for: compiled-execution.ts
// compiles without `customJSONSerializer`, and results are serialized by the response cache.
// Leaving them out: 0.6 MB less bundle and about 2.5 MB less RSS at start.
export default function fastJson() {
  throw new Error("fast-json-stringify is not in the gateway's bundle: compile queries without customJSONSerializer");
}
