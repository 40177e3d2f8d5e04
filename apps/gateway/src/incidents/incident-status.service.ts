import { type Incident as IncidentRow, refundIncident } from "@support-hub/db";
import {
  decideWithdrawal,
  IncidentEventKind,
  IncidentStatus,
  isOrganizationAdmin,
  type StatusChangeDecision,
  type StatusChangeInput,
} from "@support-hub/domain";
import { runMutation } from "../common/run-mutation";
import { requireViewer } from "../common/tenant";
import { userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { toSupportContract } from "../contracts/contracts.mapper";
import { notFound } from "../errors";
import { expectGlobalId, NodeType } from "../relay/global-id";
import type { ResolveSupportIncidentPayload, WithdrawSupportIncidentPayload } from "./incident.inputs";
import { appendIncidentEvent } from "./incident-events";
import { toSupportIncident } from "./incident.mapper";
import { findReadableIncident } from "./incident.queries";

export function decodeIncidentId(globalId: string, field = "incidentId"): string {
  return expectGlobalId(globalId, NodeType.SupportIncident, field);
}

export const TARGET = "supportIncident";

/** Withdraws an incident the viewer can see, if the domain allows it (`decideWithdrawal`), refunding it once. */
export function withdrawIncident(ctx: GatewayContext, incidentId: string): Promise<WithdrawSupportIncidentPayload> {
  const viewer = requireViewer(ctx);
  const id = decodeIncidentId(incidentId);
  return runMutation<WithdrawSupportIncidentPayload>(ctx, { action: "withdrawSupportIncident", targetType: TARGET }, async (trx) => {
    const row = await findReadableIncident(trx, viewer, id, true);
    if (!row) throw notFound("Support incident");
    const decision = decideWithdrawal({
      incident: { status: row.status, createdBy: row.createdBy, planConsumes: row.consumed },
      actorId: viewer.id,
      actorIsOrgAdmin: isOrganizationAdmin(viewer, row.organizationId),
    });
    if (decision.outcome === "REFUSED") {
      return {
        ok: false,
        payload: {
          incident: null,
          wasRefunded: null,
          supportContract: null,
          userErrors: [userError(decision.reason, null, decision.message)],
        },
        organizationId: row.organizationId,
        targetId: row.id,
      };
    }
    const now = new Date();
    await trx
      .updateTable("incidents")
      .set({ status: IncidentStatus.WITHDRAWN, withdrawnAt: now, updatedAt: now })
      .where("id", "=", row.id)
      .execute();
    await appendIncidentEvent(trx, { incidentId: row.id, kind: IncidentEventKind.WITHDRAWN, actorId: viewer.id, occurredAt: now });
    const refundedContract = decision.refund ? await refundIncident(trx, row.id) : null;
    const refunded = refundedContract !== null;
    const updated = await trx.selectFrom("incidents").selectAll().where("id", "=", row.id).executeTakeFirstOrThrow();
    const contract =
      refundedContract ??
      (row.supportContractId
        ? await trx.selectFrom("supportContracts").selectAll().where("id", "=", row.supportContractId).executeTakeFirst()
        : undefined);
    return {
      ok: true,
      payload: {
        incident: toSupportIncident(updated),
        wasRefunded: refunded,
        supportContract: contract ? toSupportContract(contract) : null,
        userErrors: [],
      },
      organizationId: row.organizationId,
      targetId: row.id,
      detail: { number: row.number, refunded, contractId: row.supportContractId },
    };
  });
}

/**
 * Resolve and start-work share one path: load the incident the viewer may see, ask the domain,
 * then set the new status (plus the timestamps the status owns) in the same transaction.
 */
export function changeIncidentStatus(
  ctx: GatewayContext,
  incidentId: string,
  action: "resolveSupportIncident" | "startWorkOnSupportIncident",
  decide: (input: StatusChangeInput) => StatusChangeDecision<IncidentStatus>,
  timestamps: (now: Date) => { resolvedAt?: Date },
): Promise<ResolveSupportIncidentPayload> {
  const viewer = requireViewer(ctx);
  const id = decodeIncidentId(incidentId);
  return runMutation<ResolveSupportIncidentPayload>(ctx, { action, targetType: TARGET }, async (trx) => {
    const row = await findReadableIncident(trx, viewer, id, true);
    if (!row) throw notFound("Support incident");
    const decision = decide({ incident: row, actorId: viewer.id, actorRoles: viewer.roles });
    if (decision.outcome === "REFUSED") return statusRefusal(row, decision.reason, decision.message);
    const now = new Date();
    const updated = await trx
      .updateTable("incidents")
      .set({ status: decision.newStatus, updatedAt: now, ...timestamps(now) })
      .where("id", "=", row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const kind = action === "resolveSupportIncident" ? IncidentEventKind.RESOLVED : IncidentEventKind.WORK_STARTED;
    await appendIncidentEvent(trx, { incidentId: row.id, kind, actorId: viewer.id, occurredAt: now });
    return statusChanged(updated);
  });
}

function statusRefusal(row: IncidentRow, reason: Parameters<typeof userError>[0], message: string) {
  return {
    ok: false as const,
    payload: { incident: null, userErrors: [userError(reason, null, message)] },
    organizationId: row.organizationId,
    targetId: row.id,
  };
}

function statusChanged(row: IncidentRow) {
  return {
    ok: true as const,
    payload: { incident: toSupportIncident(row), userErrors: [] },
    organizationId: row.organizationId,
    targetId: row.id,
    detail: { number: row.number, status: row.status },
  };
}
