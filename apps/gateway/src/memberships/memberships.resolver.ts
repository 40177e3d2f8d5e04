import { cloudCompetencyOf, type IsoDate, OfferLevel, Role, UserErrorCode } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Requirement } from "../auth-checker";
import { runMutation } from "../common/run-mutation";
import { DateScalar } from "../common/scalars";
import { assertOrganizationAccess } from "../common/tenant";
import { type UserError, userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { notFound } from "../errors";
import { Organization } from "../organizations/organization.type";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { isUuid } from "../users/user.queries";
import {
  GrantMembershipOfferInput,
  GrantMembershipOfferPayload,
  RevokeMembershipOfferInput,
  RevokeMembershipOfferPayload,
} from "./memberships.inputs";
import { toEntitlements, toMembershipOffer } from "./memberships.mapper";
import { entitlementsOf } from "./memberships.service";
import { Entitlements, MembershipOffer } from "./memberships.type";

const MAX_COMPETENCY_LENGTH = 100;

/** Validates a grant; returns the userErrors and the normalized competency. */
function validateGrant(input: GrantMembershipOfferInput): { errors: UserError[]; competency: string | null } {
  const errors: UserError[] = [];
  const trimmed = input.competency?.trim() ?? "";
  const competency = trimmed.length > 0 ? (cloudCompetencyOf(trimmed) ?? trimmed) : null;
  const field = ["input", "competency"];
  if (input.level === OfferLevel.ACTION_PACK && competency !== null) {
    errors.push(userError(UserErrorCode.INVALID_INPUT, field, "An Action Pack offer has no competency"));
  } else if (input.level !== OfferLevel.ACTION_PACK && competency === null) {
    errors.push(userError(UserErrorCode.FIELD_REQUIRED, field, "Silver and Gold offers are earned in a competency"));
  } else if (competency !== null && [...competency].length > MAX_COMPETENCY_LENGTH) {
    errors.push(userError(UserErrorCode.FIELD_TOO_LONG, field, `At most ${MAX_COMPETENCY_LENGTH} characters`));
  }
  if (input.endsOn <= input.startsOn) {
    errors.push(userError(UserErrorCode.INVALID_INPUT, ["input", "endsOn"], "The offer must end after it starts"));
  }
  return { errors, competency };
}

@Resolver(() => Organization)
export class MembershipsResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => [MembershipOffer], {
    description:
      "The organization's membership offers, by start date. Program-associated members of the organization and the platform operator; CSP-only accounts get NOT_AUTHORIZED.",
  })
  async membershipOffers(
    @Root() organization: Organization,
    @Arg("includeInactive", () => Boolean, {
      defaultValue: false,
      description: "Also list offers not active on `asOf` (not started, ended or revoked).",
    })
    includeInactive: boolean,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "As-of date; defaults to today." })
    asOf: IsoDate | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<MembershipOffer[]> {
    assertOrganizationAccess(ctx, organization.localId);
    const date = asOf ?? ctx.today;
    const rows = await ctx.loaders.offersOfOrganization.load(organization.localId);
    const offers = rows.map((row) => toMembershipOffer(row, date));
    return includeInactive ? offers : offers.filter((offer) => offer.active);
  }

  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => Entitlements, {
    description:
      "Technical support benefits on a date, from the active (not revoked) offers. Program-associated members and the platform operator.",
  })
  async entitlements(
    @Root() organization: Organization,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "As-of date; defaults to today." })
    asOf: IsoDate | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<Entitlements> {
    assertOrganizationAccess(ctx, organization.localId);
    const date = asOf ?? ctx.today;
    return toEntitlements(await entitlementsOf(ctx, organization.localId, date), date);
  }

  @Authorized([Role.SUPPORT_OPERATOR])
  @Mutation(() => GrantMembershipOfferPayload, {
    description: "Grants a membership offer to an organization. Requires SUPPORT_OPERATOR.",
  })
  async grantMembershipOffer(
    @Arg("input", () => GrantMembershipOfferInput, { description: "The offer." }) input: GrantMembershipOfferInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<GrantMembershipOfferPayload> {
    const organizationId = expectGlobalId(input.organizationId, NodeType.Organization, "organizationId");
    if (!isUuid(organizationId) || !(await ctx.loaders.organization.load(organizationId))) throw notFound("Organization");
    return runMutation<GrantMembershipOfferPayload>(
      ctx,
      { action: "grantMembershipOffer", targetType: "membershipOffer" },
      async (trx) => {
        const { errors, competency } = validateGrant(input);
        if (errors.length > 0) {
          return { ok: false, payload: { offer: null, userErrors: errors }, organizationId, targetId: null };
        }
        const row = await trx
          .insertInto("membershipOffers")
          .values({ organizationId, level: input.level, competency, startsOn: input.startsOn, endsOn: input.endsOn })
          .returningAll()
          .executeTakeFirstOrThrow();
        return {
          ok: true,
          payload: { offer: toMembershipOffer(row, ctx.today), userErrors: [] },
          organizationId,
          targetId: row.id,
          detail: { level: row.level, competency: row.competency, startsOn: row.startsOn, endsOn: row.endsOn },
        };
      },
    );
  }

  @Authorized([Role.SUPPORT_OPERATOR])
  @Mutation(() => RevokeMembershipOfferPayload, {
    description:
      "Revokes a membership offer: it no longer counts for entitlements, activation or TPD. Contracts already created stay. Idempotent. Requires SUPPORT_OPERATOR.",
  })
  async revokeMembershipOffer(
    @Arg("input", () => RevokeMembershipOfferInput, { description: "The offer to revoke." }) input: RevokeMembershipOfferInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<RevokeMembershipOfferPayload> {
    const offerId = expectGlobalId(input.offerId, NodeType.MembershipOffer, "offerId");
    const existing = isUuid(offerId) ? await ctx.loaders.membershipOffer.load(offerId) : undefined;
    if (!existing) throw notFound("Membership offer");
    return runMutation<RevokeMembershipOfferPayload>(
      ctx,
      { action: "revokeMembershipOffer", targetType: "membershipOffer" },
      async (trx) => {
        const revoked = await trx
          .updateTable("membershipOffers")
          .set({ revokedAt: new Date() })
          .where("id", "=", offerId)
          .where("revokedAt", "is", null)
          .returningAll()
          .executeTakeFirst();
        const row =
          revoked ?? (await trx.selectFrom("membershipOffers").selectAll().where("id", "=", offerId).executeTakeFirstOrThrow());
        return {
          ok: true,
          payload: { offer: toMembershipOffer(row, ctx.today), userErrors: [] },
          organizationId: row.organizationId,
          targetId: row.id,
          detail: { alreadyRevoked: revoked === undefined },
        };
      },
    );
  }
}
