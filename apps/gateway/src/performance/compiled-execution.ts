import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { type DocumentNode, type ExecutionResult, execute, type GraphQLSchema, getVariableValues, printSchema } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { GatewayContext } from "../context";

type Gateway = ApolloServerOptionsWithGateway<GatewayContext>["gateway"];

export interface QueryCompilation {
  /** Runs of an operation through graphql-js before it is compiled (default 1). */
  after?: number;
  /** Called when an operation has been compiled (or found not compilable). */
  onCompiled?: (operationName: string | null, compiled: boolean) => void;
}

/** How many times an operation ran before it is compiled, compiled, or one graphql-jit cannot compile. */
type Compiled = number | CompiledQuery | "not compilable";

/**
 * Queries run as code compiled for their document by graphql-jit: graphql-js walks the document
 * again for every request and builds a path, a resolve info and an arguments object for every
 * field of every list item. A document is compiled once it has run `after` times through
 * graphql-js (compiling costs more than running once, and the documents that matter are sent
 * again and again; Apollo keeps the parsed documents, so the same document is the same object).
 * Mutations, and anything graphql-jit cannot compile, run through graphql-js.
 *
 * Apollo takes a custom executor only through its gateway interface: this "gateway" serves the
 * gateway's own schema, loaded once, and executes it here.
 */
export function compiledExecutionGateway(schema: GraphQLSchema, { after = 1, onCompiled }: QueryCompilation = {}): Gateway {
  const byDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let operations = byDocument.get(document);
    if (!operations) {
      operations = new Map();
      byDocument.set(document, operations);
    }
    const key = operationName ?? "";
    const known = operations.get(key) ?? 0;
    if (typeof known !== "number") return known === "not compilable" ? null : known;
    if (known < after) {
      operations.set(key, known + 1);
      return null;
    }
    const result = compileQuery(schema, document, operationName ?? undefined);
    const compiled = isCompiledQuery(result) ? result : "not compilable";
    operations.set(key, compiled);
    onCompiled?.(operationName, compiled !== "not compilable");
    return compiled === "not compilable" ? null : compiled;
  };

  return {
    async load() {
      return {
        executor: async (request) => {
          const { document, operation, operationName } = request;
          const variableValues = request.request.variables ?? {};
          const contextValue = request.context as GatewayContext;
          const compiled = operation.operation === "query" ? compiledFor(document, operationName) : null;
          if (!compiled) return (await execute({ schema, document, contextValue, variableValues, operationName })) as ExecutionResult;
          const result = (await compiled.query(undefined, contextValue, variableValues)) as ExecutionResult;
          if ("data" in result) return result;
          // Only variables it refused leave a compiled query without `data`: answer them with
          // graphql-js's own errors, word for word (graphql-jit words them its own way).
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues, { maxErrors: 50 });
          return { errors: coerced.errors ?? result.errors };
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
