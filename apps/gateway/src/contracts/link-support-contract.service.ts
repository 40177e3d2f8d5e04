import type { Executor } from "@support-hub/db";
import { decideContractLink, UserErrorCode, validateContractPair } from "@support-hub/domain";
import { type MutationOutcome, runMutation } from "../common/run-mutation";
import { requireViewer } from "../common/tenant";
import { inputFieldErrors, userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import type { LinkSupportContractInput } from "./contracts.inputs";
import { toDomainContract, toSupportContract } from "./contracts.mapper";
import { selectContractsOfOrganizations } from "./contracts.queries";
import type { LinkSupportContractPayload } from "./contracts.type";
import { checkLinkThrottle, recordWrongGuess, refuseThrottled } from "./link-throttle";

type Outcome = MutationOutcome<LinkSupportContractPayload>;

/**
 * The activation and benefit year an Access ID + Contract ID pair names, with that year's
 * contracts only, and whether the organization has a newer year. An activation recorded without
 * years (older tools) links all of its organization's contracts, as before years existed.
 */
async function findLinkablePair(trx: Executor, accessId: string, contractId: string) {
  const year = await trx
    .selectFrom("benefitYears")
    .innerJoin("benefitActivations", "benefitActivations.organizationId", "benefitYears.organizationId")
    .select(["benefitYears.id", "benefitYears.organizationId", "benefitYears.yearNumber"])
    .where("benefitActivations.accessId", "=", accessId)
    .where("benefitYears.contractId", "=", contractId)
    .executeTakeFirst();
  if (year) {
    const contracts = await trx
      .selectFrom("supportContracts")
      .selectAll()
      .where("benefitYearId", "=", year.id)
      .orderBy("kind", "desc")
      .orderBy("id")
      .execute();
    const newer = await trx
      .selectFrom("benefitYears")
      .select("id")
      .where("organizationId", "=", year.organizationId)
      .where("yearNumber", ">", year.yearNumber)
      .limit(1)
      .executeTakeFirst();
    return { activation: { organizationId: year.organizationId }, contracts, hasNewerContractId: newer !== undefined };
  }
  const legacy = await trx
    .selectFrom("benefitActivations")
    .select("organizationId")
    .where("accessId", "=", accessId)
    .where("contractId", "=", contractId)
    .executeTakeFirst();
  if (!legacy) return null;
  const hasYears = await trx
    .selectFrom("benefitYears")
    .select("id")
    .where("organizationId", "=", legacy.organizationId)
    .limit(1)
    .executeTakeFirst();
  if (hasYears) return null;
  return { activation: legacy, contracts: await selectContractsOfOrganizations(trx, [legacy.organizationId]), hasNewerContractId: false };
}

/**
 * The linkSupportContract mutation: refused early while the account or address is throttled;
 * the domain validates the pair (`validateContractPair`) and decides the link
 * (`decideContractLink`); a wrong pair counts as a guess (`recordWrongGuess`) after the
 * refusal is audited.
 */
export async function linkSupportContract(ctx: GatewayContext, input: LinkSupportContractInput): Promise<LinkSupportContractPayload> {
  const viewer = requireViewer(ctx);
  const before = await checkLinkThrottle(ctx.db, viewer, ctx.clientAddress);
  if (before.blocked) return refuseThrottled(ctx, before);
  const asOf = ctx.today;

  const payload = await runMutation<LinkSupportContractPayload>(
    ctx,
    { action: "linkSupportContract", targetType: "organization" },
    async (trx): Promise<Outcome> => {
      const pair = validateContractPair({ accessId: input.accessId, contractId: input.contractNumber });
      if (!pair.ok) {
        // The domain names the human Contract ID `contractId`; the input calls it `contractNumber`.
        const userErrors = inputFieldErrors(
          pair.errors.map((error) => (error.field === "contractId" ? { ...error, field: "contractNumber" } : error)),
        );
        return { ok: false, payload: { contracts: null, diagnostic: null, userErrors }, organizationId: null, targetId: null };
      }
      const { accessId, contractId } = pair.value;
      const found = await findLinkablePair(trx, accessId, contractId);
      const activation = found?.activation ?? null;
      const contracts = found?.contracts ?? [];
      const links = await trx.selectFrom("contractLinks").selectAll().where("userId", "=", viewer.id).execute();
      const decision = decideContractLink({
        pair: found
          ? { accessId, contractId, contracts: contracts.map(toDomainContract), hasNewerContractId: found.hasNewerContractId }
          : null,
        existingLinks: links.map((link) => ({ contractId: link.supportContractId, linkedAt: link.linkedAt.toISOString() })),
        asOf,
      });
      const organizationId = activation?.organizationId ?? null;

      if (decision.outcome === "REFUSED") {
        return {
          ok: false,
          payload: { contracts: null, diagnostic: null, userErrors: [userError(decision.reason, null, decision.message)] },
          organizationId,
          targetId: organizationId,
        };
      }
      const linkedIds = new Set(links.map((link) => link.supportContractId));
      if (decision.outcome === "LINK") {
        await trx
          .insertInto("contractLinks")
          .values(decision.contractIds.map((id) => ({ supportContractId: id, userId: viewer.id })))
          .onConflict((oc) => oc.columns(["supportContractId", "userId"]).doNothing())
          .execute();
        for (const id of decision.contractIds) linkedIds.add(id);
      }
      const linked = contracts.filter((row) => linkedIds.has(row.id)).map((row) => toSupportContract(row));
      if (decision.outcome === "LINK") {
        return {
          ok: true,
          payload: { contracts: linked, diagnostic: null, userErrors: [] },
          organizationId,
          targetId: organizationId,
          detail: { linkedContractIds: decision.contractIds },
        };
      }
      return {
        ok: true,
        payload: {
          contracts: linked,
          diagnostic: {
            wasAlreadyLinked: true,
            firstLinkedAt: new Date(decision.linkedSince),
            canOpenIncidents: true,
            message: decision.message,
            contracts: contracts.map((row) => toSupportContract(row)),
          },
          userErrors: [],
        },
        organizationId,
        targetId: organizationId,
        detail: { alreadyLinked: true },
      };
    },
  );

  if (payload.userErrors.some((error) => error.code === UserErrorCode.INVALID_PAIR)) {
    const after = await recordWrongGuess(ctx.db, viewer, ctx.clientAddress);
    if (after.blocked) return refuseThrottled(ctx, after);
  }
  return payload;
}
