import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Requirement } from "../auth-checker";
import { assertOrganizationAccess } from "../common/tenant";
import type { GatewayContext } from "../context";
import { Organization } from "../organizations/organization.type";
import { toUser } from "../users/user.mapper";
import { loadActor } from "../users/load-actor";
import { User } from "../users/user.type";
import { activateTechnicalBenefits } from "./activate-technical-benefits.service";
import { buildTechnicalBenefits, loadBenefitsData } from "./benefits.service";
import { ActivateTechnicalBenefitsInput, ActivateTechnicalBenefitsPayload, BenefitYear, TechnicalBenefits } from "./benefits.type";

@Resolver(() => Organization)
export class OrganizationBenefitsResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => TechnicalBenefits, {
    description:
      "The technical benefits page: empty state, not activated (can you activate, why not, who can) or active (Access ID, Contract ID). " +
      'Program-associated members and the platform operator; CSP-only accounts get NOT_AUTHORIZED "You are not authorized for this action".',
  })
  async technicalBenefits(@Root() organization: Organization, @Ctx() ctx: GatewayContext): Promise<TechnicalBenefits> {
    const viewer = assertOrganizationAccess(ctx, organization.localId);
    const data = await loadBenefitsData(ctx, organization.localId);
    return buildTechnicalBenefits(viewer, organization.localId, data, ctx.today);
  }
}

@Resolver(() => TechnicalBenefits)
export class TechnicalBenefitsResolver {
  @FieldResolver(() => [User], {
    description:
      "The organization's users who can activate (program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN), by name; listed while activation is available (not activated, renewal due, upgrade available), empty otherwise.",
  })
  async usersWhoCanActivate(@Root() benefits: TechnicalBenefits, @Ctx() ctx: GatewayContext): Promise<User[]> {
    const rows = await ctx.loaders.user.loadMany(benefits.usersWhoCanActivateLocalIds);
    return rows.flatMap((row) => (row && !(row instanceof Error) && !row.deletedAt ? [toUser(row)] : []));
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "Who activated the benefits; null until active and if that account was deleted.",
  })
  activatedBy(@Root() benefits: TechnicalBenefits, @Ctx() ctx: GatewayContext): Promise<User | null> {
    return loadActor(ctx, benefits.activatedByLocalId);
  }
}

@Resolver(() => ActivateTechnicalBenefitsPayload)
export class ActivateTechnicalBenefitsPayloadResolver {
  @FieldResolver(() => [User], {
    description:
      "When refused for MISSING_ROLE or NO_ACTIVE_OFFERS: the organization's users who can activate (program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN), by name; empty otherwise.",
  })
  async usersWhoCanActivate(@Root() payload: ActivateTechnicalBenefitsPayload, @Ctx() ctx: GatewayContext): Promise<User[]> {
    const rows = await ctx.loaders.user.loadMany(payload.usersWhoCanActivateLocalIds);
    return rows.flatMap((row) => (row && !(row instanceof Error) && !row.deletedAt ? [toUser(row)] : []));
  }
}

@Resolver(() => BenefitYear)
export class BenefitYearResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who activated this year; null if that account was deleted." })
  async activatedBy(@Root() year: BenefitYear, @Ctx() ctx: GatewayContext): Promise<User | null> {
    const row = await ctx.loaders.user.load(year.activatedByLocalId);
    return row && !row.deletedAt ? toUser(row) : null;
  }
}

@Resolver()
export class ActivateBenefitsResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @Mutation(() => ActivateTechnicalBenefitsPayload, {
    description:
      "Activates the organization's technical benefits: the first time, creates its Access ID, Contract ID and the benefit year's support contracts; " +
      "when the year has ended and an offer is active, issues the next year's contracts under a new Contract ID (renewal); when offers granted " +
      "since give more, raises the running year's contracts (upgrade, same Contract ID). Otherwise idempotent: returns the existing IDs. " +
      "Audited; concurrent calls issue one set. Requires a program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN: other members get the " +
      "userError MISSING_ROLE with `usersWhoCanActivate`; CSP-only accounts get NOT_AUTHORIZED; the platform operator FORBIDDEN. " +
      "`technicalBenefits.canActivate` tells in advance.",
  })
  async activateTechnicalBenefits(
    @Arg("input", () => ActivateTechnicalBenefitsInput, {
      nullable: true,
      description: "Which organization; may be omitted for your own.",
    })
    input: ActivateTechnicalBenefitsInput | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<ActivateTechnicalBenefitsPayload> {
    return activateTechnicalBenefits(ctx, input?.organizationId);
  }
}
