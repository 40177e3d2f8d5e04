import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./context";
import { ErrorCode } from "./errors";

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
}

/**
 * Settles which operation runs before any other plugin looks at it. Apollo leaves
 * `requestContext.operation` undefined when a document has several operations and no
 * `operationName`, or names one it does not contain, and only fails later, in `execute`: every
 * plugin in between (the response cache, the cost limit) would have to cope with it. A
 * `subscription` would reach `execute` and fail there as an internal error: this API has no
 * subscription type and serves plain HTTP, so it is the caller's mistake, refused with 400.
 */
export function operationGuardPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (!operation) {
            const operations = document.definitions.filter((definition) => definition.kind === "OperationDefinition");
            if (request.operationName) throw refused(`Unknown operation named "${request.operationName.slice(0, 100)}"`);
            if (operations.length > 1) throw refused("Must provide operationName when the document contains several operations");
            throw refused("The document contains no operation");
          }
          if (operation.operation === "subscription") {
            throw refused("Subscriptions are not supported: this API answers queries and mutations over HTTP");
          }
        },
      };
    },
  };
}
