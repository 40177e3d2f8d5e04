import { type IsoDate, isOfferActive, Role } from "@support-hub/domain";
import type { MembershipOffer as OfferRow } from "@support-hub/db";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Requirement } from "../auth-checker";
import { DateScalar } from "../common/scalars";
import { assertOrganizationAccess } from "../common/tenant";
import type { GatewayContext } from "../context";
import { Organization } from "../organizations/organization.type";
import {
  GrantMembershipOfferInput,
  GrantMembershipOfferPayload,
  RevokeMembershipOfferInput,
  RevokeMembershipOfferPayload,
} from "./memberships.inputs";
import { toEntitlements, toMembershipOffer } from "./memberships.mapper";
import { entitlementsOf } from "./memberships.service";
import { grantMembershipOffer, revokeMembershipOffer } from "./offer-grant.service";
import { Entitlements, MembershipOffer } from "./memberships.type";

/** Counts for benefits on `date`: started, not ended, not revoked. */
function isOfferCounting(row: Pick<OfferRow, "startsOn" | "endsOn" | "revokedAt">, date: IsoDate): boolean {
  return row.revokedAt === null && isOfferActive(row, date);
}

@Resolver(() => MembershipOffer)
export class MembershipOfferResolver {
  @FieldResolver(() => Boolean, {
    description: "Whether the offer counts for benefits on `asOf`: started, not ended, not revoked.",
  })
  isActive(
    @Root() offer: MembershipOffer,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date to check; defaults to today (the UTC date)." })
    asOf: IsoDate | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): boolean {
    return isOfferCounting(offer.activity, asOf ?? ctx.today);
  }
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
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description: "List the offers active on this date (a filter only); defaults to today (the UTC date).",
    })
    asOf: IsoDate | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<MembershipOffer[]> {
    assertOrganizationAccess(ctx, organization.localId);
    const date = asOf ?? ctx.today;
    const rows = await ctx.loaders.offersOfOrganization.load(organization.localId);
    // `asOf` filters the list; it never changes the values of an offer (a node).
    return (includeInactive ? rows : rows.filter((row) => isOfferCounting(row, date))).map(toMembershipOffer);
  }

  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => Entitlements, {
    description:
      "Technical support benefits on a date, from the active (not revoked) offers. Program-associated members and the platform operator.",
  })
  async entitlements(
    @Root() organization: Organization,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "As-of date; defaults to today (the UTC date)." })
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
    return grantMembershipOffer(ctx, input);
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
    return revokeMembershipOffer(ctx, input);
  }
}
