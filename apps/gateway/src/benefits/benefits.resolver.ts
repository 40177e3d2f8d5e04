import { Role } from "@support-hub/domain";
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
import { ActivateTechnicalBenefitsInput, ActivateTechnicalBenefitsPayload, TechnicalBenefits } from "./benefits.type";

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
      "The organization's users who can activate (program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN), by name; listed while not activated, empty otherwise.",
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

@Resolver()
export class ActivateBenefitsResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED, Role.GLOBAL_ADMIN, Role.MPN_PARTNER_ADMIN])
  @Mutation(() => ActivateTechnicalBenefitsPayload, {
    description:
      "Activates the organization's technical benefits: creates its Access ID, Contract ID and support contracts. Idempotent: " +
      "activating again returns the existing IDs. Requires a program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN " +
      "(CSP-only accounts get NOT_AUTHORIZED, other roles FORBIDDEN; `technicalBenefits.canActivate` tells in advance).",
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
