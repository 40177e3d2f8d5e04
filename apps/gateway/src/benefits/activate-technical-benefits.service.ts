import type { BenefitActivation } from "@support-hub/db";
import { computeEntitlements, decideActivation } from "@support-hub/domain";
import { runMutation } from "../common/run-mutation";
import { requireViewer, targetOrganization } from "../common/tenant";
import { userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { toSupportContract } from "../contracts/contracts.mapper";
import { selectContractsOfOrganizations } from "../contracts/contracts.queries";
import { newAccessId, newContractId } from "./benefits.ids";
import { buildTechnicalBenefits, loadBenefitsDataInTransaction, toDomainActivation } from "./benefits.service";
import type { ActivateTechnicalBenefitsPayload } from "./benefits.type";

/** Attempts at drawing IDs that collide with no other organization's (a collision is ~2^-60). */
const ID_ATTEMPTS = 3;

/**
 * The activateTechnicalBenefits mutation: the domain decides (`decideActivation`) and plans the
 * contracts; the activation's primary key settles concurrent activations (idempotent).
 * `organizationId` is the input's global id, or undefined for the viewer's own organization.
 */
export async function activateTechnicalBenefits(
  ctx: GatewayContext,
  organizationId: string | null | undefined,
): Promise<ActivateTechnicalBenefitsPayload> {
  const viewer = requireViewer(ctx);
  const orgId = targetOrganization(ctx, viewer, organizationId);
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
            wasAlreadyActive: false,
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
            (await trx.selectFrom("benefitActivations").selectAll().where("organizationId", "=", orgId).executeTakeFirst()) ?? null;
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
      const contracts = await selectContractsOfOrganizations(trx, [orgId]);
      const activation = created ?? existing;
      const alreadyActive = !created;
      return {
        ok: true,
        payload: {
          technicalBenefits: buildTechnicalBenefits(viewer, orgId, { ...data, activation }, asOf),
          contracts: contracts.map((row) => toSupportContract(row)),
          wasAlreadyActive: alreadyActive,
          userErrors: [],
        },
        organizationId: orgId,
        targetId: orgId,
        detail: { alreadyActive, contracts: alreadyActive ? 0 : contracts.length },
      };
    },
  );
}
