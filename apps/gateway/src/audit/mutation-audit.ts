import type { ApolloServerPlugin } from "@apollo/server";
import {
  AuditOutcome,
  appendAudit,
  type AuditEntryInput,
  type Executor,
  isDatabaseUnavailableError,
  type JsonObject,
} from "@support-hub/db";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { GatewayContext } from "../context";
import { ErrorCode } from "../errors";

/**
 * The audit trail of mutations, in one module. Every call of a Mutation field by a signed-in user
 * leaves exactly one entry, and which code writes it follows from how the call ended:
 *
 * - it returned a payload: `runMutation` wrote SUCCEEDED in the transaction of the change (both
 *   commit or neither) or REFUSED with the `userErrors` codes, through {@link recordMutation};
 * - it threw (auth checker, throttling, NOT_FOUND, a bug...): {@link mutationAuditPlugin} writes
 *   DENIED, THROTTLED or REFUSED with the error's code once the field has resolved.
 *
 * A call ends one way only, so no call gets two entries and no bookkeeping is shared between the
 * two. Queries and anonymous calls are not audited: without an actor an entry says nothing
 * useful, and anyone could flood the log.
 */

/** Writes one mutation entry (SUCCEEDED inside the change's transaction: pass `trx`). */
export function recordMutation(db: Executor, ctx: GatewayContext, entry: Omit<AuditEntryInput, "requestId" | "actorUserId">) {
  return appendAudit(db, { requestId: ctx.requestId, actorUserId: ctx.viewer?.id ?? null, ...entry });
}

const AUDIT_ENTRY = Symbol("auditEntry");

/** What an error may say about its own audit entry (e.g. a throttled guess: THROTTLED, with its scope). */
type ErrorAuditEntry = Partial<Pick<AuditEntryInput, "organizationId" | "targetType" | "detail">> & {
  outcome: typeof AuditOutcome.THROTTLED | typeof AuditOutcome.DENIED | typeof AuditOutcome.REFUSED;
};

/** Attaches the audit entry an error should leave when it ends a mutation call. */
export function withAuditEntry<E extends Error>(error: E, entry: ErrorAuditEntry): E {
  Object.defineProperty(error, AUDIT_ENTRY, { value: entry, enumerable: false });
  return error;
}

/** Auth refusals are DENIED; everything else a mutation throws is REFUSED with its code. */
const DENIED_CODES = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.NOT_AUTHORIZED]);

function entryForError(ctx: GatewayContext, info: GraphQLResolveInfo, error: Error) {
  const deliberate = error instanceof GraphQLError && typeof error.extensions.code === "string";
  const code = deliberate ? String(error.extensions.code) : ErrorCode.INTERNAL_SERVER_ERROR;
  const attached = (error as Error & { [AUDIT_ENTRY]?: ErrorAuditEntry })[AUDIT_ENTRY];
  // An unexpected error's message may hold internals: the server log has it, the audit log does not.
  const detail: JsonObject = attached?.detail ?? { code, reason: deliberate ? error.message : "" };
  return {
    organizationId: attached && "organizationId" in attached ? (attached.organizationId ?? null) : (ctx.viewer?.organizationId ?? null),
    action: info.fieldName,
    targetType: attached?.targetType ?? "mutation",
    targetId: null,
    outcome: attached?.outcome ?? (DENIED_CODES.has(code) ? AuditOutcome.DENIED : AuditOutcome.REFUSED),
    detail,
  };
}

/**
 * Audits every Mutation call by a signed-in user that ended with an error. The entry is written
 * (outside any transaction: the change, if any, was rolled back) before the response is sent.
 * A failure to write it is logged; the caller gets its error anyway.
 */
export function mutationAuditPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const pending: Promise<unknown>[] = [];
      return {
        async executionDidStart({ operation, contextValue }) {
          // Queries never get a field hook: Apollo would otherwise call it for every field of every list.
          if (operation.operation !== "mutation" || !contextValue.viewer) return;
          return {
            willResolveField({ info, contextValue: ctx }) {
              if (info.path.prev !== undefined || info.parentType !== info.schema.getMutationType() || !ctx.viewer) return;
              return (error) => {
                // With the database away the entry cannot be written: trying would only hold the 503 back.
                if (!error || isDatabaseUnavailableError(error)) return;
                pending.push(
                  recordMutation(ctx.db, ctx, entryForError(ctx, info, error)).catch((auditError: unknown) =>
                    ctx.logger.error({ err: auditError, action: info.fieldName }, "could not audit a failed mutation"),
                  ),
                );
              };
            },
          };
        },
        async willSendResponse() {
          await Promise.all(pending);
        },
      };
    },
  };
}
