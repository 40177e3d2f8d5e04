import "reflect-metadata";
import "./common/enums";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { authChecker } from "./auth-checker";
import { OrganizationResolver } from "./organizations/organization.resolver";
import { NodeResolver } from "./relay/node.resolver";
import { UserResolver } from "./users/user.resolver";
import "./organizations/organization.nodes";
import "./users/user.nodes";

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes
export const RESOLVERS: NonEmptyArray<Function> = [NodeResolver, UserResolver, OrganizationResolver];

/** Builds the executable schema from the resolver classes (validation is ours: domain rules -> userErrors). */
export function buildGatewaySchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: "error",
    validate: false,
    scalarsMap: [],
    orphanedTypes: [],
  });
}

/** The SDL committed as `schema/schema.graphql`: sorted so that diffs show real changes only. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}


