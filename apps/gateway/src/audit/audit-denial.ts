import { AuditOutcome, appendAudit } from "@support-hub/db";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { GatewayContext } from "../context";

/**
 * Records a mutation the auth checker refused (FORBIDDEN / NOT_AUTHORIZED) as a DENIED audit
 * entry: action = the mutation field's name, actor = the viewer, organization = the viewer's.
 * Queries are not audited, and neither are anonymous calls: without an actor the entry would say
 * nothing useful, and anyone could flood the log. No transaction is open at this point, so the
 * entry is written on `ctx.db`. A failure to write it is logged; the caller is refused anyway.
 */
export async function auditDeniedMutation(ctx: GatewayContext, info: GraphQLResolveInfo, error: unknown): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer || info.parentType !== info.schema.getMutationType()) return;
  try {
    await appendAudit(ctx.db, {
      requestId: ctx.requestId,
      actorUserId: viewer.id,
      organizationId: viewer.organizationId,
      action: info.fieldName,
      targetType: "mutation",
      targetId: null,
      outcome: AuditOutcome.DENIED,
      detail: {
        code: error instanceof GraphQLError ? String(error.extensions.code ?? "") : "",
        reason: error instanceof Error ? error.message : "",
      },
    });
  } catch (auditError) {
    ctx.logger.error({ err: auditError, action: info.fieldName }, "could not audit a denied mutation");
  }
}
