import type { ApolloServerPlugin } from "@apollo/server";
import {
  AuditOutcome,
  appendAudit,
  type AuditEntryInput,
  type Executor,
  isDatabaseUnavailableError,
  type JsonObject,
} from "@support-hub/db";
import { defaultFieldResolver, GraphQLError, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import type { GatewayContext } from "../context";
import { ErrorCode } from "../errors";

/**
 * The audit trail of mutations, in one module. Every call of a Mutation field by a signed-in user
 * leaves exactly one entry, and which code writes it follows from how the call ended:
 *
 * - it returned a payload: `runMutation` wrote SUCCEEDED in the transaction of the change (both
 *   commit or neither) or REFUSED with the `userErrors` codes, through {@link recordMutation};
 * - it threw (auth checker, throttling, NOT_FOUND, a bug...): the wrapper that
 *   {@link auditFailedMutationCalls} puts around each Mutation field writes DENIED, THROTTLED or
 *   REFUSED with the error's code, and {@link mutationAuditPlugin} holds the response until it is
 *   written.
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

/** Per request: the entries of failed calls being written, which the response waits for. */
const pendingEntries = new WeakMap<GatewayContext, Promise<unknown>[]>();
const AUDITS_FAILURES = Symbol("auditsFailedCalls");

/**
 * Wraps the resolver of every Mutation field so that a call by a signed-in user that throws
 * leaves its entry. The entry is written (outside any transaction: the change, if any, was rolled
 * back) before the response is sent; a failure to write it is logged, and the caller gets its
 * error anyway. Idempotent: a schema shared by several gateways is wrapped once.
 *
 * Why not Apollo's `willResolveField` hook: from the first request that asks for it, Apollo wraps
 * the resolver of every field of every type in the schema, for good. One failed mutation put a
 * wrapper call on each of a dashboard's ~900 fields for the life of the process, and took the
 * plain data fields off graphql-js's fast path for default resolvers.
 */
export function auditFailedMutationCalls(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const marked = field as typeof field & { [AUDITS_FAILURES]?: true };
    if (marked[AUDITS_FAILURES]) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: GatewayContext, info) => {
      try {
        const result = resolve(source, args, ctx, info);
        if (typeof (result as PromiseLike<unknown> | undefined)?.then !== "function") return result;
        return Promise.resolve(result).catch((error: unknown) => {
          auditFailure(ctx, info, error);
          throw error;
        });
      } catch (error) {
        auditFailure(ctx, info, error);
        throw error;
      }
    };
    Object.defineProperty(field, AUDITS_FAILURES, { value: true });
  }
  return schema;
}

function auditFailure(ctx: GatewayContext, info: GraphQLResolveInfo, error: unknown) {
  // With the database away the entry cannot be written: trying would only hold the 503 back.
  if (!ctx.viewer || !(error instanceof Error) || isDatabaseUnavailableError(error)) return;
  const written = recordMutation(ctx.db, ctx, entryForError(ctx, info, error)).catch((auditError: unknown) =>
    ctx.logger.error({ err: auditError, action: info.fieldName }, "could not audit a failed mutation"),
  );
  const pending = pendingEntries.get(ctx);
  if (pending) pending.push(written);
  else pendingEntries.set(ctx, [written]);
}

/** Sends no response before the entries of its failed Mutation calls are written. */
export function mutationAuditPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          const pending = pendingEntries.get(contextValue);
          if (pending) await Promise.all(pending);
        },
      };
    },
  };
}
