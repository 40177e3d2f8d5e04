import type { Executor } from "@support-hub/db";
import { type ActivationDecision, type ContractPlan, computeEntitlements, decideActivation } from "@support-hub/domain";
import { runMutation } from "../common/run-mutation";
import { isOperator, requireViewer, targetOrganization } from "../common/tenant";
import { userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { forbidden } from "../errors";
import { toSupportContract } from "../contracts/contracts.mapper";
import { newAccessId, newContractId } from "./benefits.ids";
import { type BenefitsData, buildTechnicalBenefits, loadBenefitsDataInTransaction, toDomainActivation } from "./benefits.service";
import { type ActivateTechnicalBenefitsPayload, ActivationOutcome } from "./benefits.type";

/** Attempts at drawing IDs that collide with no other organization's (a collision is ~2^-60). */
const ID_ATTEMPTS = 3;

/**
 * The activateTechnicalBenefits mutation: the domain decides (`decideActivation`): first
 * activation, renewal of an ended year (new Contract ID), upgrade of the running one (same
 * Contract ID), or nothing. Concurrent calls for one organization are serialized by a row lock
 * on its activation (and, for the first one, by that row's primary key; for renewals by the
 * unique year number), so two admins activating at once get one set of contracts.
 * `organizationId` is the input's global id, or undefined for the viewer's own organization.
 */
export async function activateTechnicalBenefits(
  ctx: GatewayContext,
  organizationId: string | null | undefined,
): Promise<ActivateTechnicalBenefitsPayload> {
  const viewer = requireViewer(ctx);
  // The platform operator reads every benefits page but activates none (it is no partner admin).
  if (isOperator(viewer) && !viewer.mpnAssociated) throw forbidden("The platform operator cannot activate a partner's benefits");
  const orgId = targetOrganization(ctx, viewer, organizationId);
  const asOf = ctx.today;

  return runMutation<ActivateTechnicalBenefitsPayload>(
    ctx,
    { action: "activateTechnicalBenefits", targetType: "organization" },
    async (trx) => {
      // Wait for any concurrent activation of this organization to commit, then read what it did.
      await trx.selectFrom("benefitActivations").select("organizationId").where("organizationId", "=", orgId).forUpdate().execute();
      let data = await loadBenefitsDataInTransaction(trx, orgId);
      const decide = (current: BenefitsData) =>
        decideActivation({
          actor: { mpnAssociated: viewer.mpnAssociated, roles: viewer.roles },
          entitlements: computeEntitlements(current.offers, asOf),
          activation: toDomainActivation(current.activation),
          currentYear: current.currentYear,
          organizationUsers: current.users,
          asOf,
        });
      const decision = decide(data);
      if (decision.outcome === "REFUSED") {
        return {
          ok: false,
          payload: {
            technicalBenefits: buildTechnicalBenefits(viewer, orgId, data, asOf),
            contracts: null,
            wasAlreadyActive: false,
            outcome: ActivationOutcome.REFUSED,
            usersWhoCanActivateLocalIds: decision.usersWhoCanActivate.map((user) => user.id),
            userErrors: [userError(decision.reason, null, decision.message)],
          },
          organizationId: orgId,
          targetId: orgId,
        };
      }

      let outcome: ActivationOutcome = ActivationOutcome.ALREADY_ACTIVE;
      if (decision.outcome === "ACTIVATE") {
        const issued = await issueFirstYear(trx, orgId, viewer.id, decision.contracts);
        outcome = issued ? ActivationOutcome.ACTIVATED : ActivationOutcome.ALREADY_ACTIVE;
      } else if (decision.outcome === "RENEW") {
        const issued = await issueYear(trx, orgId, viewer.id, decision.yearNumber, asOf, decision.contracts);
        outcome = issued ? ActivationOutcome.RENEWED : ActivationOutcome.ALREADY_ACTIVE;
      } else if (decision.outcome === "UPGRADE") {
        await upgradeYear(trx, orgId, data, decision);
        outcome = ActivationOutcome.UPGRADED;
      }
      if (decision.outcome !== "ALREADY_ACTIVE") data = await loadBenefitsDataInTransaction(trx, orgId);
      const year = data.currentYear;
      const contracts = year
        ? await trx.selectFrom("supportContracts").selectAll().where("benefitYearId", "=", year.localId).orderBy("kind", "desc").execute()
        : await trx.selectFrom("supportContracts").selectAll().where("organizationId", "=", orgId).orderBy("kind", "desc").execute();
      const alreadyActive = outcome === ActivationOutcome.ALREADY_ACTIVE;
      return {
        ok: true,
        payload: {
          technicalBenefits: buildTechnicalBenefits(viewer, orgId, data, asOf),
          contracts: contracts.map((row) => toSupportContract(row)),
          wasAlreadyActive: alreadyActive,
          outcome,
          usersWhoCanActivateLocalIds: [],
          userErrors: [],
        },
        organizationId: orgId,
        targetId: orgId,
        detail: {
          outcome,
          alreadyActive,
          yearNumber: year?.yearNumber ?? null,
          contracts: alreadyActive ? 0 : contracts.length,
          contractIds: alreadyActive ? [] : contracts.map((row) => row.id),
        },
      };
    },
  );
}

/** The Access ID and year 1; false when a concurrent call already did it (the primary key settles it). */
async function issueFirstYear(trx: Executor, orgId: string, activatedBy: string, plans: ContractPlan[]): Promise<boolean> {
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt += 1) {
    const contractId = newContractId();
    const created = await trx
      .insertInto("benefitActivations")
      .values({ organizationId: orgId, accessId: newAccessId(), contractId, activatedBy })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (created) {
      const year = await trx
        .insertInto("benefitYears")
        .values({
          organizationId: orgId,
          yearNumber: 1,
          contractId,
          startsOn: plans[0]?.startsOn ?? created.activatedAt.toISOString().slice(0, 10),
          activatedBy,
          activatedAt: created.activatedAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await insertContracts(trx, orgId, year.id, plans);
      return true;
    }
    const existing = await trx
      .selectFrom("benefitActivations")
      .select("organizationId")
      .where("organizationId", "=", orgId)
      .executeTakeFirst();
    if (existing) return false;
  }
  throw new Error("Could not draw unique Access ID / Contract ID");
}

/** The next year under a new Contract ID; false when a concurrent call already issued that year. */
async function issueYear(
  trx: Executor,
  orgId: string,
  activatedBy: string,
  yearNumber: number,
  startsOn: string,
  plans: ContractPlan[],
): Promise<boolean> {
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt += 1) {
    const year = await trx
      .insertInto("benefitYears")
      .values({ organizationId: orgId, yearNumber, contractId: newContractId(), startsOn, activatedBy })
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .executeTakeFirst();
    if (year) {
      await insertContracts(trx, orgId, year.id, plans);
      return true;
    }
    const taken = await trx
      .selectFrom("benefitYears")
      .select("id")
      .where("organizationId", "=", orgId)
      .where("yearNumber", "=", yearNumber)
      .executeTakeFirst();
    if (taken) return false;
  }
  throw new Error("Could not draw a unique Contract ID");
}

async function insertContracts(trx: Executor, orgId: string, benefitYearId: string, plans: readonly ContractPlan[]): Promise<void> {
  if (plans.length === 0) return;
  await trx
    .insertInto("supportContracts")
    .values(
      plans.map((plan) => ({
        organizationId: orgId,
        benefitYearId,
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

/**
 * Raise or extend the running year's contracts. Each update only ever grows a contract (the WHERE
 * clauses), so a repeated or concurrent upgrade changes nothing more: remaining grows by the
 * difference (or becomes unlimited), used stays. A kind the year lacked gets a contract, linked
 * at once for every account already linked to the year (same Contract ID: nothing to re-link).
 */
async function upgradeYear(
  trx: Executor,
  orgId: string,
  data: BenefitsData,
  decision: Extract<ActivationDecision, { outcome: "UPGRADE" }>,
): Promise<void> {
  const year = data.currentYear;
  if (!year) return;
  for (const upgrade of decision.upgrades) {
    if (upgrade.supportContractId) {
      const id = upgrade.supportContractId;
      if (upgrade.incidentsTotal === null) {
        await trx
          .updateTable("supportContracts")
          .set({ incidentsTotal: null, incidentsRemaining: null })
          .where("id", "=", id)
          .where("incidentsTotal", "is not", null)
          .execute();
      } else {
        const total = upgrade.incidentsTotal;
        // SET reads the old row: remaining grows by (new total - old total); used is untouched.
        await trx
          .updateTable("supportContracts")
          .set((eb) => ({
            incidentsRemaining: eb("incidentsRemaining", "+", eb(eb.val(total), "-", eb.ref("incidentsTotal"))),
            incidentsTotal: total,
          }))
          .where("id", "=", id)
          .where("incidentsTotal", "<", total)
          .execute();
      }
      await trx
        .updateTable("supportContracts")
        .set({ endsOn: upgrade.endsOn })
        .where("id", "=", id)
        .where("endsOn", "<", upgrade.endsOn)
        .execute();
    } else {
      const [created] = await trx
        .insertInto("supportContracts")
        .values({
          organizationId: orgId,
          benefitYearId: year.localId,
          kind: upgrade.kind,
          startsOn: upgrade.startsOn,
          endsOn: upgrade.endsOn,
          incidentsTotal: upgrade.incidentsTotal,
          incidentsRemaining: upgrade.incidentsTotal,
          incidentsUsed: 0,
        })
        .returning("id")
        .execute();
      if (created) {
        await trx
          .insertInto("contractLinks")
          .columns(["supportContractId", "userId"])
          .expression((eb) =>
            eb
              .selectFrom("contractLinks")
              .innerJoin("supportContracts", "supportContracts.id", "contractLinks.supportContractId")
              .where("supportContracts.benefitYearId", "=", year.localId)
              .where("supportContracts.id", "!=", created.id)
              .select([eb.val(created.id).as("supportContractId"), "contractLinks.userId"])
              .distinct(),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
  }
}
