import type { BenefitActivation } from "@support-hub/db";
import { computeEntitlements, decideActivation, Role } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Requirement } from "../auth-checker";
import { runMutation } from "../common/run-mutation";
import { assertOrganizationAccess, requireViewer, targetOrganization } from "../common/tenant";
import { userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { toSupportContract } from "../contracts/contracts.mapper";
import { Organization } from "../organizations/organization.type";
import { toUser } from "../users/user.mapper";
import { User } from "../users/user.type";
import { newAccessId, newContractId } from "./benefits.ids";
import {
  buildTechnicalBenefits,
  loadBenefitsData,
  loadBenefitsDataInTransaction,
  toDomainActivation,
} from "./benefits.service";
import { ActivateTechnicalBenefitsInput, ActivateTechnicalBenefitsPayload, TechnicalBenefits } from "./benefits.type";

/** Attempts at drawing IDs that collide with no other organization's (a collision is ~2^-60). */
const ID_ATTEMPTS = 3;

@Resolver(() => Organization)
export class OrganizationBenefitsResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => TechnicalBenefits, {
    description:
      "The technical benefits page: empty state, not activated (can you activate, why not, who can) or active (Access ID, Contract ID). " +
      "Program-associated members and the platform operator; CSP-only accounts get NOT_AUTHORIZED \"You are not authorized for this action\".",
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

  @FieldResolver(() => User, { nullable: true, description: "Who activated the benefits; null until active." })
  async activatedBy(@Root() benefits: TechnicalBenefits, @Ctx() ctx: GatewayContext): Promise<User | null> {
    if (!benefits.activatedByLocalId) return null;
    const row = await ctx.loaders.user.load(benefits.activatedByLocalId);
    return row ? toUser(row) : null;
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
    const viewer = requireViewer(ctx);
    const orgId = targetOrganization(ctx, viewer, input?.organizationId);
    const asOf = ctx.today;

    return runMutation<ActivateTechnicalBenefitsPayload>(
      ctx,
      { action: "activateTechnicalBenefits", targetType: "organization" },
      async (trx) => {
        const data = await loadBenefitsDataInTransaction(trx, orgId);
        const decision = decideActivation({
          actor: { mpnAssociated: viewer.mpnAssociated, roles: viewer.roles },
          entitlements: computeEntitlements(data.offers, asOf),
          activation: toDomainActivation(data.activation),
          organizationUsers: data.users,
          asOf,
        });
        if (decision.outcome === "REFUSED") {
          return {
            ok: false,
            payload: {
              technicalBenefits: buildTechnicalBenefits(viewer, orgId, data, asOf),
              contracts: null,
              alreadyActive: false,
              userErrors: [userError(decision.reason, null, decision.message)],
            },
            organizationId: orgId,
            targetId: orgId,
          };
        }

        let created: BenefitActivation | undefined;
        let existing = data.activation;
        for (let attempt = 0; decision.outcome === "ACTIVATE" && !created && !existing && attempt < ID_ATTEMPTS; attempt += 1) {
          // The primary key (one activation per organization) settles concurrent activations: the
          // loser's insert does nothing and it re-reads the winner's IDs.
          created = await trx
            .insertInto("benefitActivations")
            .values({ organizationId: orgId, accessId: newAccessId(), contractId: newContractId(), activatedBy: viewer.id })
            .onConflict((oc) => oc.doNothing())
            .returningAll()
            .executeTakeFirst();
          if (!created) {
            existing =
              (await trx.selectFrom("benefitActivations").selectAll().where("organizationId", "=", orgId).executeTakeFirst()) ??
              null;
          }
        }
        if (!created && !existing) throw new Error("Could not draw unique Access ID / Contract ID");

        if (created && decision.outcome === "ACTIVATE" && decision.contracts.length > 0) {
          await trx
            .insertInto("supportContracts")
            .values(
              decision.contracts.map((plan) => ({
                organizationId: orgId,
                kind: plan.kind,
                startsOn: plan.startsOn,
                endsOn: plan.endsOn,
                incidentsTotal: plan.incidentsTotal,
                incidentsRemaining: plan.incidentsTotal,
                incidentsUsed: 0,
              })),
            )
            .execute();
        }
        const contracts = await trx
          .selectFrom("supportContracts")
          .selectAll()
          .where("organizationId", "=", orgId)
          .orderBy("kind", "desc")
          .orderBy("startsOn")
          .orderBy("id")
          .execute();
        const activation = created ?? existing;
        const alreadyActive = !created;
        return {
          ok: true,
          payload: {
            technicalBenefits: buildTechnicalBenefits(viewer, orgId, { ...data, activation }, asOf),
            contracts: contracts.map((row) => toSupportContract(row, asOf)),
            alreadyActive,
            userErrors: [],
          },
          organizationId: orgId,
          targetId: orgId,
          detail: { alreadyActive, contracts: alreadyActive ? 0 : contracts.length },
        };
      },
    );
  }
}

