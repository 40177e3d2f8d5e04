import { validateOfferGrant } from "@support-hub/domain";
import { runMutation } from "../common/run-mutation";
import { inputFieldErrors } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { notFound } from "../errors";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { isUuid } from "../users/user.queries";
import type {
  GrantMembershipOfferInput,
  GrantMembershipOfferPayload,
  RevokeMembershipOfferInput,
  RevokeMembershipOfferPayload,
} from "./memberships.inputs";
import { toMembershipOffer } from "./memberships.mapper";

/** Grants an offer to an organization; the domain validates the grant (`validateOfferGrant`). */
export async function grantMembershipOffer(ctx: GatewayContext, input: GrantMembershipOfferInput): Promise<GrantMembershipOfferPayload> {
  const organizationId = expectGlobalId(input.organizationId, NodeType.Organization, "organizationId");
  if (!isUuid(organizationId) || !(await ctx.loaders.organization.load(organizationId))) throw notFound("Organization");
  return runMutation<GrantMembershipOfferPayload>(ctx, { action: "grantMembershipOffer", targetType: "membershipOffer" }, async (trx) => {
    const grant = validateOfferGrant(input);
    if (!grant.ok) {
      const userErrors = inputFieldErrors(grant.errors);
      return { ok: false, payload: { offer: null, userErrors }, organizationId, targetId: null };
    }
    const { competency } = grant.value;
    const row = await trx
      .insertInto("membershipOffers")
      .values({ organizationId, level: input.level, competency, startsOn: input.startsOn, endsOn: input.endsOn })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      ok: true,
      payload: { offer: toMembershipOffer(row), userErrors: [] },
      organizationId,
      targetId: row.id,
      detail: { level: row.level, competency: row.competency, startsOn: row.startsOn, endsOn: row.endsOn },
    };
  });
}

/** Revokes an offer; revoking a revoked offer changes nothing (idempotent). */
export async function revokeMembershipOffer(ctx: GatewayContext, input: RevokeMembershipOfferInput): Promise<RevokeMembershipOfferPayload> {
  const offerId = expectGlobalId(input.offerId, NodeType.MembershipOffer, "offerId");
  const existing = isUuid(offerId) ? await ctx.loaders.membershipOffer.load(offerId) : undefined;
  if (!existing) throw notFound("Membership offer");
  return runMutation<RevokeMembershipOfferPayload>(ctx, { action: "revokeMembershipOffer", targetType: "membershipOffer" }, async (trx) => {
    const revoked = await trx
      .updateTable("membershipOffers")
      .set({ revokedAt: new Date() })
      .where("id", "=", offerId)
      .where("revokedAt", "is", null)
      .returningAll()
      .executeTakeFirst();
    const row = revoked ?? (await trx.selectFrom("membershipOffers").selectAll().where("id", "=", offerId).executeTakeFirstOrThrow());
    return {
      ok: true,
      payload: { offer: toMembershipOffer(row), userErrors: [] },
      organizationId: row.organizationId,
      targetId: row.id,
      detail: { alreadyRevoked: revoked === undefined },
    };
  });
}
