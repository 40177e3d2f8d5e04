import { consumeTpdHours, type Executor, raiseTpdBalance, type TpdEngagement as EngagementRow } from "@support-hub/db";
import {
  computeEntitlements,
  decideTpdRequest,
  topUpTpdBalance,
  tpdPeriod,
  UserErrorCode,
  validateIdempotencyKey,
  validateTpdDescription,
} from "@support-hub/domain";
import { findByIdempotencyKey, insertOnce, repeatOf, requestFingerprint } from "../common/idempotent-insert";
import { runMutation } from "../common/run-mutation";
import { requireViewer, targetOrganization } from "../common/tenant";
import { type UserError, userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { notAuthorized } from "../errors";
import { loadCountingOffers } from "../memberships/memberships.service";
import type { RequestTpdEngagementInput, RequestTpdEngagementPayload } from "./tpd.inputs";
import { toTpdBalance, toTpdEngagement } from "./tpd.mapper";

async function balanceAfter(trx: Executor, engagement: EngagementRow) {
  const row = await trx
    .selectFrom("tpdBalances")
    .selectAll()
    .where("organizationId", "=", engagement.organizationId)
    .where("periodStart", "=", engagement.periodStart)
    .executeTakeFirst();
  return toTpdBalance(engagement.organizationId, tpdPeriod(engagement.periodStart), row, 0);
}

/**
 * The requestTpdEngagement mutation: the domain validates the description and the idempotency key
 * and decides on the hours (`decideTpdRequest`); the hours are taken atomically (`consumeTpdHours`).
 */
export async function requestTpdEngagement(ctx: GatewayContext, input: RequestTpdEngagementInput): Promise<RequestTpdEngagementPayload> {
  const viewer = requireViewer(ctx);
  // The operator passes PROGRAM_ASSOCIATED to read every balance, but is nobody's member: it requests no hours.
  if (!viewer.mpnAssociated) {
    throw notAuthorized(); // audited as DENIED by auditFailedMutationCalls
  }
  const orgId = targetOrganization(ctx, viewer, input.organizationId);
  const asOf = ctx.today;
  const period = tpdPeriod(asOf);
  const descriptionCheck = validateTpdDescription(input.description);
  const description = descriptionCheck.ok ? descriptionCheck.value : "";
  const keyCheck = validateIdempotencyKey(input.idempotencyKey);
  const key = keyCheck.ok ? keyCheck.key : null;

  return runMutation<RequestTpdEngagementPayload>(ctx, { action: "requestTpdEngagement", targetType: "tpdEngagement" }, async (trx) => {
    const refuse = (userErrors: UserError[]) => ({
      ok: false as const,
      payload: { engagement: null, balance: null, isReplay: null, userErrors },
      organizationId: orgId,
      targetId: null,
    });
    // The same request with the key replays; another one is refused (IDEMPOTENCY_KEY_REUSED).
    const fingerprint = requestFingerprint("requestTpdEngagement", {
      organizationId: orgId,
      kind: input.kind,
      hours: input.hours,
      description,
    });
    const replay = async (row: EngagementRow) => {
      const outcome = repeatOf(row, fingerprint);
      if ("refused" in outcome) return refuse([userError(outcome.refused.code, ["input", "idempotencyKey"], outcome.refused.message)]);
      return {
        ok: true as const,
        payload: { engagement: toTpdEngagement(row), balance: await balanceAfter(trx, row), isReplay: true, userErrors: [] },
        organizationId: row.organizationId,
        targetId: row.id,
        detail: { replayed: true },
      };
    };
    const invalid: UserError[] = [];
    if (!descriptionCheck.ok) invalid.push(userError(descriptionCheck.code, ["input", "description"], descriptionCheck.message));
    if (!keyCheck.ok) invalid.push(userError(keyCheck.code, ["input", "idempotencyKey"], keyCheck.message));
    if (invalid.length > 0) return refuse(invalid);

    const earlier = await findByIdempotencyKey(trx, "tpdEngagements", viewer.id, key);
    if (earlier) return replay(earlier);

    // The period's balance, topped up to the entitlements (created when missing, raised after a
    // mid-year upgrade, never lowered): the domain decides, the upsert guards concurrent writers.
    const entitlements = computeEntitlements(await loadCountingOffers(trx, orgId), asOf);
    let balance = await trx
      .selectFrom("tpdBalances")
      .selectAll()
      .where("organizationId", "=", orgId)
      .where("periodStart", "=", period.startsOn)
      .executeTakeFirst();
    const topUp = topUpTpdBalance(balance?.hoursTotal ?? null, entitlements.tpdHours);
    if (topUp.outcome !== "KEEP") balance = await raiseTpdBalance(trx, orgId, period, topUp.hoursTotal);
    const decision = decideTpdRequest({
      hours: input.hours,
      kind: input.kind,
      balance: { totalHours: balance?.hoursTotal ?? 0, usedHours: balance?.hoursUsed ?? 0 },
      actor: { mpnAssociated: viewer.mpnAssociated },
    });
    if (decision.outcome === "REFUSED") {
      const field = decision.reason === UserErrorCode.INVALID_HOURS ? ["input", "hours"] : null;
      return refuse([userError(decision.reason, field, decision.message)]);
    }

    // The engagement first (insertOnce settles a concurrent duplicate): hours are taken only
    // when this call inserted it.
    const once = await insertOnce(trx, "tpdEngagements", {
      organizationId: orgId,
      periodStart: period.startsOn,
      kind: decision.kind,
      hours: decision.hours,
      description,
      createdBy: viewer.id,
      idempotencyKey: key,
      idempotencyFingerprint: key === null ? null : fingerprint,
    });
    if (once.replayed) return replay(once.row);
    const inserted = once.row;
    const after = await consumeTpdHours(trx, orgId, period.startsOn, decision.hours);
    // Someone else took the hours between our read and this update: refuse (rolls back the engagement).
    if (!after) return refuse([userError(UserErrorCode.INSUFFICIENT_HOURS)]);
    return {
      ok: true,
      payload: {
        engagement: toTpdEngagement(inserted),
        balance: toTpdBalance(orgId, period, after, 0),
        isReplay: false,
        userErrors: [],
      },
      organizationId: orgId,
      targetId: inserted.id,
      detail: { kind: decision.kind, hours: decision.hours },
    };
  });
}
