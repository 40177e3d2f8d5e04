import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Inputs: the committed API contract and our operation documents (one operation per file).
 * Output: typed documents, types and a persisted-documents manifest in src/generated/ (never
 * edited by hand). Run through scripts/generate-sdk.ts, which also writes the per-operation
 * functions and client methods; `pnpm check:generated` and a test fail when any of it is stale.
 */
const config: CodegenConfig = {
  schema: "../../schema/schema.graphql",
  emitLegacyCommonJSImports: false,
  documents: ["src/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "src/generated/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: "sha256", mode: "embedHashInDocument" },
      },
      config: {
        documentMode: "string",
        enumsAsConst: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { LocalDate: "string", DateTime: "string", JSONObject: "Record<string, unknown>" },
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
