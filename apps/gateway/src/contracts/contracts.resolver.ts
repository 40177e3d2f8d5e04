import type { SupportContract as ContractRow } from "@support-hub/db";
import { decideContractLink, type IsoDate, type SupportContract as DomainContract, UserErrorCode } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { Requirement } from "../auth-checker";
import { type MutationOutcome, runMutation } from "../common/run-mutation";
import { DateScalar, DateTimeScalar } from "../common/scalars";
import { assertOrganizationAccess, requireViewer } from "../common/tenant";
import { type UserError, userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { canReadProgramData } from "../memberships/memberships.service";
import { Organization } from "../organizations/organization.type";
import { User } from "../users/user.type";
import { LinkSupportContractInput } from "./contracts.inputs";
import { toSupportContract } from "./contracts.mapper";
import { LinkSupportContractPayload, SupportContract } from "./contracts.type";
import { checkLinkThrottle, recordWrongGuess, refuseThrottled } from "./link-throttle";

const MAX_ID_LENGTH = 64;

/** Access and Contract IDs are shown upper-case; people retype them with any case and stray spaces. */
function normalizeId(value: string): string {
  return value.trim().toUpperCase();
}

function toDomainContract(row: ContractRow): DomainContract {
  return {
    contractId: row.id,
    kind: row.kind,
    organizationId: row.organizationId,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    incidentsTotal: row.incidentsTotal,
    incidentsRemaining: row.incidentsRemaining,
  };
}

function validateIds(accessId: string, contractId: string): UserError[] {
  const errors: UserError[] = [];
  for (const [name, value] of [
    ["accessId", accessId],
    ["contractId", contractId],
  ] as const) {
    if (value.length === 0) errors.push(userError(UserErrorCode.FIELD_REQUIRED, ["input", name]));
    else if (value.length > MAX_ID_LENGTH) errors.push(userError(UserErrorCode.FIELD_TOO_LONG, ["input", name]));
  }
  return errors;
}

@Resolver(() => Organization)
export class OrganizationContractsResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => [SupportContract], {
    description:
      "The organization's support contracts (on-premises first). Program-associated members and the platform operator; CSP-only accounts get NOT_AUTHORIZED.",
  })
  async supportContracts(
    @Root() organization: Organization,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "As-of date for `state`; defaults to today." })
    asOf: IsoDate | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<SupportContract[]> {
    assertOrganizationAccess(ctx, organization.localId);
    const rows = await ctx.loaders.contractsOfOrganization.load(organization.localId);
    return rows.map((row) => toSupportContract(row, asOf ?? ctx.today));
  }
}

@Resolver(() => SupportContract)
export class SupportContractResolver {
  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: "When YOUR account linked this contract; null when you have not linked it.",
  })
  async linkedAt(@Root() contract: SupportContract, @Ctx() ctx: GatewayContext): Promise<Date | null> {
    if (!ctx.viewer) return null;
    const links = await ctx.loaders.linksOfUser.load(ctx.viewer.id);
    return links.find((link) => link.supportContractId === contract.localId)?.linkedAt ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "How many accounts linked this contract. Program-associated members of the organization and the operator; null for an outside account.",
  })
  async linkedAccountsCount(@Root() contract: SupportContract, @Ctx() ctx: GatewayContext): Promise<number | null> {
    if (!canReadProgramData(ctx.viewer, contract.organizationLocalId)) return null;
    return ctx.loaders.linkCountOfContract.load(contract.localId);
  }
}

@Resolver(() => User)
export class UserContractsResolver {
  @FieldResolver(() => [SupportContract], {
    nullable: true,
    description:
      "The support contracts this account linked (any organization), oldest link first. Only on your own account (`viewer`); null for other users.",
  })
  async linkedContracts(
    @Root() user: User,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "As-of date for `state`; defaults to today." })
    asOf: IsoDate | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<SupportContract[] | null> {
    if (!ctx.viewer || ctx.viewer.id !== user.localId) return null;
    const links = await ctx.loaders.linksOfUser.load(user.localId);
    const rows = await ctx.loaders.supportContract.loadMany(links.map((link) => link.supportContractId));
    return rows
      .filter((row): row is ContractRow => row !== undefined && !(row instanceof Error))
      .map((row) => toSupportContract(row, asOf ?? ctx.today));
  }
}

@Resolver()
export class ContractLinkResolver {
  @Authorized()
  @Mutation(() => LinkSupportContractPayload, {
    description:
      "Links your account (AAD or MSA, even outside the organization) to the support contracts of an Access ID + Contract ID pair. " +
      "Needed once per account. Linking again is a success with a `diagnostic`. A wrong pair is INVALID_PAIR (never saying which half); " +
      "repeated wrong guesses are throttled (RATE_LIMITED with `retryAfterSeconds`). Any signed-in account.",
  })
  async linkSupportContract(
    @Arg("input", () => LinkSupportContractInput, { description: "The pair." }) input: LinkSupportContractInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<LinkSupportContractPayload> {
    const viewer = requireViewer(ctx);
    const before = await checkLinkThrottle(ctx.db, viewer, ctx.clientAddress);
    if (before.blocked) return refuseThrottled(ctx, before);
    const accessId = normalizeId(input.accessId);
    const contractId = normalizeId(input.contractId);
    const asOf = ctx.today;

    const payload = await runMutation<LinkSupportContractPayload>(
      ctx,
      { action: "linkSupportContract", targetType: "organization" },
      async (trx): Promise<MutationOutcome<LinkSupportContractPayload>> => {
        const invalid = validateIds(accessId, contractId);
        if (invalid.length > 0) {
          return { ok: false, payload: { contracts: null, diagnostic: null, userErrors: invalid }, organizationId: null, targetId: null };
        }
        const activation = await trx
          .selectFrom("benefitActivations")
          .selectAll()
          .where("accessId", "=", accessId)
          .where("contractId", "=", contractId)
          .executeTakeFirst();
        const contracts = activation
          ? await trx
              .selectFrom("supportContracts")
              .selectAll()
              .where("organizationId", "=", activation.organizationId)
              .orderBy("kind", "desc")
              .orderBy("startsOn")
              .orderBy("id")
              .execute()
          : [];
        const links = await trx.selectFrom("contractLinks").selectAll().where("userId", "=", viewer.id).execute();
        const decision = decideContractLink({
          pair: activation ? { accessId, contractId, contracts: contracts.map(toDomainContract) } : null,
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
        const linked = contracts.filter((row) => linkedIds.has(row.id)).map((row) => toSupportContract(row, asOf));
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
              alreadyLinked: true,
              linkedSince: new Date(decision.linkedSince),
              nothingMoreNeeded: true,
              message: decision.message,
              contracts: contracts.map((row) => toSupportContract(row, asOf)),
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
}
