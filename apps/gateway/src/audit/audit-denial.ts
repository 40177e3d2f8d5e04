import { AuditOutcome, appendAudit } from "@support-hub/db";
import { defaultFieldResolver, GraphQLError, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import type { GatewayContext } from "../context";
import { ErrorCode } from "../errors";

/** Errors whose audit entry is already written (so the catch-all below does not write a second one). */
const AUDITED = new WeakSet<object>();

/** Marks an error as audited by whoever raised it (e.g. a throttled link attempt, audited as THROTTLED). */
export function markAudited<E>(error: E): E {
  if (typeof error === "object" && error !== null) AUDITED.add(error);
  return error;
}

/**
 * Records a mutation the auth checker refused (FORBIDDEN / NOT_AUTHORIZED) as a DENIED audit
 * entry: action = the mutation field's name, actor = the viewer, organization = the viewer's.
 * Queries are not audited, and neither are anonymous calls: without an actor the entry would say
 * nothing useful, and anyone could flood the log. No transaction is open at this point, so the
 * entry is written on `ctx.db`. A failure to write it is logged; the caller is refused anyway.
 */
export async function auditDeniedMutation(ctx: GatewayContext, info: GraphQLResolveInfo, error: unknown): Promise<void> {
  await auditFailedMutation(ctx, info, error, AuditOutcome.DENIED);
}

async function auditFailedMutation(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  error: unknown,
  outcome: typeof AuditOutcome.DENIED | typeof AuditOutcome.REFUSED,
): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer || info.parentType !== info.schema.getMutationType()) return;
  markAudited(error);
  const deliberate = error instanceof GraphQLError && typeof error.extensions.code === "string";
  try {
    await appendAudit(ctx.db, {
      requestId: ctx.requestId,
      actorUserId: viewer.id,
      organizationId: viewer.organizationId,
      action: info.fieldName,
      targetType: "mutation",
      targetId: null,
      outcome,
      detail: {
        code: deliberate ? String(error.extensions.code) : ErrorCode.INTERNAL_SERVER_ERROR,
        // An unexpected error's message may hold internals: the server log has it, the audit log does not.
        reason: deliberate ? error.message : "",
      },
    });
  } catch (auditError) {
    ctx.logger.error({ err: auditError, action: info.fieldName }, "could not audit a failed mutation");
  }
}

/**
 * Wraps every Mutation field's resolver: a mutation that fails with an error instead of a payload
 * (NOT_FOUND for a missing or foreign object, BAD_USER_INPUT for a malformed id, an unexpected
 * error...) still leaves exactly one audit entry, REFUSED with the error's code. Guard denials and
 * throttling are audited where they are raised (and marked), so they are not written twice. Only
 * the Mutation root is wrapped: queries and nested fields pay nothing.
 */
export function auditMutationFailures(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context: GatewayContext, info) => {
      try {
        return await resolve(source, args, context, info);
      } catch (error) {
        if (!(typeof error === "object" && error !== null && AUDITED.has(error))) {
          await auditFailedMutation(context, info, error, AuditOutcome.REFUSED);
        }
        throw error;
      }
    };
  }
}
