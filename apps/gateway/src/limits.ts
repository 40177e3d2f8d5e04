import { LRUCache } from "lru-cache";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import type { QueryLimits } from "./config";
import type { GatewayContext } from "./context";
import { ErrorCode } from "./errors";

function tooComplex(message: string, limit: string, max: number, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, max, ...extra } });
}

/**
 * Shape limits from graphql-armor (depth, aliases, directives; field suggestions hidden when
 * introspection is off). Rejections are reported with our QUERY_TOO_COMPLEX code and the limit.
 * Token count is enforced by graphql-js's own parser (`parseOptions.maxTokens`).
 */
export function shapeLimits(limits: QueryLimits, introspection: boolean) {
  const reporter = (limit: string, max: number) => ({
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(tooComplex(error.message, limit, max))],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reporter("depth", limits.maxDepth) },
    // Every alias counts, `__typename` ones too (armor allows those by default: 200 of them would pass).
    maxAliases: { n: limits.maxAliases, allowList: [], ...reporter("aliases", limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...reporter("directives", limits.maxDirectives) },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !introspection },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: plugins as ApolloServerPlugin<GatewayContext>[], validationRules: validationRules as ValidationRule[] };
}

/**
 * Cost, as GitHub and Shopify calculate it: every field costs 1, and a connection (a field with a
 * `first` argument) costs 1 plus its page size times what is selected inside it. The page size is
 * `first`, its default (20) when absent, or the maximum page size for a connection without a
 * default. So nested pages multiply: `organizations(first: 100) { nodes { users(first: 100) ... } }`
 * is refused before anything runs. The cost is reported in `extensions.cost`.
 */
export function costLimitPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<GatewayContext> {
  const paginationEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
    const hasPaging = field.args.some((arg) => arg.name === "first");
    if (!hasPaging) return undefined;
    const first = typeof args.first === "number" ? Math.max(1, args.first) : limits.maxPageSize;
    return 1 + first * childComplexity;
  };
  const estimators = [fieldExtensionsEstimator(), paginationEstimator, simpleEstimator({ defaultComplexity: 1 })];
  // The cost depends only on the document, the operation and the variables (the schema is fixed):
  // a repeated request (a dashboard polled by many users) skips walking the document again.
  const costs = new LRUCache<string, number>({ max: 1000 });
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ request, document, operation, queryHash }) {
          if (!operation || operation.name?.value === "IntrospectionQuery") return;
          let key: string | undefined;
          try {
            key = JSON.stringify([queryHash, request.operationName ?? null, request.variables ?? {}]);
          } catch {
            key = undefined; // variables that cannot be serialized: computed, not cached
          }
          cost = key === undefined ? undefined : costs.get(key);
          if (cost === undefined)
            try {
              cost = getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: request.operationName ?? undefined,
                estimators,
              });
            } catch (error) {
              // Variables that do not coerce (unknown enum value, wrong type...): the caller's mistake, not a 500.
              if (!(error instanceof GraphQLError)) throw error;
              throw new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
            }
          if (key !== undefined) costs.set(key, cost);
          if (cost > limits.maxCost) {
            throw tooComplex(`Query cost ${cost} exceeds the maximum of ${limits.maxCost}`, "cost", limits.maxCost, {
              cost,
              http: { status: 400 },
            });
          }
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: cost, maximum: limits.maxCost } };
        },
      };
    },
  };
}
