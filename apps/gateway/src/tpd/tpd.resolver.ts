import { consumeTpdHours, type Executor, type TpdEngagement as EngagementRow } from "@support-hub/db";
import {
  codePointLength,
  computeEntitlements,
  decideTpdRequest,
  type IsoDate,
  tpdPeriod,
  UserErrorCode,
  validateIdempotencyKey,
} from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Requirement } from "../auth-checker";
import { runMutation } from "../common/run-mutation";
import { DateScalar } from "../common/scalars";
import { assertOrganizationAccess, requireViewer } from "../common/tenant";
import { type UserError, userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { notAuthorized, notFound } from "../errors";
import { entitlementsOf, loadCountingOffers } from "../memberships/memberships.service";
import { Organization } from "../organizations/organization.type";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { toUser } from "../users/user.mapper";
import { isUuid } from "../users/user.queries";
import { User } from "../users/user.type";
import { RequestTpdEngagementInput, RequestTpdEngagementPayload } from "./tpd.inputs";
import { toTpdBalance, toTpdEngagement } from "./tpd.mapper";
import { TpdBalance, TpdEngagement } from "./tpd.type";

const MAX_DESCRIPTION_LENGTH = 2000;

async function balanceAfter(trx: Executor, engagement: EngagementRow) {
  const row = await trx
    .selectFrom("tpdBalances")
    .selectAll()
    .where("organizationId", "=", engagement.organizationId)
    .where("periodStart", "=", engagement.periodStart)
    .executeTakeFirst();
  return toTpdBalance(engagement.organizationId, tpdPeriod(engagement.periodStart), row, 0);
}

@Resolver(() => Organization)
export class OrganizationTpdResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => TpdBalance, {
    description:
      "Presales and deployment hours of the period (calendar year) containing the as-of date. Program-associated members and the platform operator.",
  })
  async tpdBalance(
    @Root() organization: Organization,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "As-of date; defaults to today." })
    asOf: IsoDate | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<TpdBalance> {
    assertOrganizationAccess(ctx, organization.localId);
    const date = asOf ?? ctx.today;
    const period = tpdPeriod(date);
    const [balances, entitlements] = await Promise.all([
      ctx.loaders.tpdBalancesOfOrganization.load(organization.localId),
      entitlementsOf(ctx, organization.localId, date),
    ]);
    const row = balances.find((balance) => balance.periodStart === period.startsOn);
    return toTpdBalance(organization.localId, period, row, entitlements.tpdHours);
  }

  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => [TpdEngagement], {
    description: "Every TPD engagement of the organization, newest first. Program-associated members and the platform operator.",
  })
  async tpdEngagements(@Root() organization: Organization, @Ctx() ctx: GatewayContext): Promise<TpdEngagement[]> {
    assertOrganizationAccess(ctx, organization.localId);
    const rows = await ctx.loaders.tpdEngagementsOfOrganization.load(organization.localId);
    return rows.map(toTpdEngagement);
  }
}

@Resolver(() => TpdBalance)
export class TpdBalanceResolver {
  @FieldResolver(() => [TpdEngagement], { description: "The engagements paid from this period's balance, newest first." })
  async engagements(@Root() balance: TpdBalance, @Ctx() ctx: GatewayContext): Promise<TpdEngagement[]> {
    const rows = await ctx.loaders.tpdEngagementsOfOrganization.load(balance.organizationLocalId);
    return rows.filter((row) => row.periodStart === balance.periodStart).map(toTpdEngagement);
  }
}

@Resolver(() => TpdEngagement)
export class TpdEngagementResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who requested it; null if the account was deleted." })
  async createdBy(@Root() engagement: TpdEngagement, @Ctx() ctx: GatewayContext): Promise<User | null> {
    const row = await ctx.loaders.user.load(engagement.createdByLocalId);
    return row && !row.deletedAt ? toUser(row) : null;
  }
}

@Resolver()
export class RequestTpdResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @Mutation(() => RequestTpdEngagementPayload, {
    description:
      "Requests a presales or deployment engagement, taking its hours from the organization's balance of the year (atomically: never oversold). " +
      "With an idempotency key, a repeat returns the first engagement and takes nothing more. " +
      "Any program-associated member of the organization; CSP-only accounts (and the operator, who is no member) get NOT_AUTHORIZED.",
  })
  async requestTpdEngagement(
    @Arg("input", () => RequestTpdEngagementInput, { description: "The request." }) input: RequestTpdEngagementInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<RequestTpdEngagementPayload> {
    const viewer = requireViewer(ctx);
    // The operator passes PROGRAM_ASSOCIATED to read every balance, but is nobody's member: it requests no hours.
    if (!viewer.mpnAssociated) {
      throw notAuthorized(); // audited as DENIED by mutationAuditPlugin
    }
    let organizationId = viewer.organizationId;
    if (input.organizationId) {
      organizationId = expectGlobalId(input.organizationId, NodeType.Organization, "organizationId");
      if (!isUuid(organizationId)) throw notFound("Organization");
      assertOrganizationAccess(ctx, organizationId);
    }
    if (!organizationId) throw notFound("Organization");
    const orgId = organizationId;
    const asOf = ctx.today;
    const period = tpdPeriod(asOf);
    const description = input.description.trim();
    const keyCheck = validateIdempotencyKey(input.idempotencyKey);
    const key = keyCheck.ok ? keyCheck.key : null;

    return runMutation<RequestTpdEngagementPayload>(
      ctx,
      { action: "requestTpdEngagement", targetType: "tpdEngagement" },
      async (trx) => {
        const refuse = (userErrors: UserError[]) => ({
          ok: false as const,
          payload: { engagement: null, balance: null, replayed: false, userErrors },
          organizationId: orgId,
          targetId: null,
        });
        const replay = async (row: EngagementRow) => ({
          ok: true as const,
          payload: { engagement: toTpdEngagement(row), balance: await balanceAfter(trx, row), replayed: true, userErrors: [] },
          organizationId: row.organizationId,
          targetId: row.id,
          detail: { replayed: true },
        });
        const findByKey = (k: string) =>
          trx
            .selectFrom("tpdEngagements")
            .selectAll()
            .where("createdBy", "=", viewer.id)
            .where("idempotencyKey", "=", k)
            .executeTakeFirst();

        const invalid: UserError[] = [];
        if (description.length === 0) invalid.push(userError(UserErrorCode.FIELD_REQUIRED, ["input", "description"]));
        else if (codePointLength(description) > MAX_DESCRIPTION_LENGTH) {
          invalid.push(userError(UserErrorCode.FIELD_TOO_LONG, ["input", "description"], `At most ${MAX_DESCRIPTION_LENGTH} characters`));
        }
        if (!keyCheck.ok) invalid.push(userError(keyCheck.code, ["input", "idempotencyKey"], keyCheck.message));
        if (invalid.length > 0) return refuse(invalid);

        if (key) {
          const first = await findByKey(key);
          if (first) return replay(first);
        }

        // The period's balance: created from the entitlements when missing, raised to them after a
        // mid-year upgrade (never lowered). One upsert, safe under concurrent first requests.
        const entitlements = computeEntitlements(await loadCountingOffers(trx, orgId), asOf);
        if (entitlements.tpdHours > 0) {
          await trx
            .insertInto("tpdBalances")
            .values({ organizationId: orgId, periodStart: period.startsOn, periodEnd: period.endsOn, hoursTotal: entitlements.tpdHours })
            .onConflict((oc) =>
              oc.columns(["organizationId", "periodStart"]).doUpdateSet((eb) => ({
                hoursTotal: eb.fn("greatest", [eb.ref("tpdBalances.hoursTotal"), eb.ref("excluded.hoursTotal")]),
              })),
            )
            .execute();
        }
        const balance = await trx
          .selectFrom("tpdBalances")
          .selectAll()
          .where("organizationId", "=", orgId)
          .where("periodStart", "=", period.startsOn)
          .executeTakeFirst();
        const decision = decideTpdRequest({
          hours: input.hours,
          kind: input.kind,
          balance: { totalHours: balance?.hoursTotal ?? 0, usedHours: balance?.hoursUsed ?? 0 },
          actor: { mpnAssociated: viewer.mpnAssociated },
        });
        if (decision.outcome === "REFUSED") {
          const field = decision.reason === UserErrorCode.INVALID_HOURS ? ["input", "hours"] : null;
          return refuse([userError(decision.reason, field, decision.message)]);
        }

        // The engagement first: its unique (created_by, idempotency_key) settles a concurrent
        // duplicate (no savepoints on PGlite, so no catching a violation mid-transaction); hours are
        // taken only when this call inserted it.
        const inserted = await trx
          .insertInto("tpdEngagements")
          .values({
            organizationId: orgId,
            periodStart: period.startsOn,
            kind: decision.kind,
            hours: decision.hours,
            description,
            createdBy: viewer.id,
            idempotencyKey: key,
          })
          .onConflict((oc) => oc.columns(["createdBy", "idempotencyKey"]).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!inserted) {
          const first = key ? await findByKey(key) : undefined;
          if (!first) throw new Error("TPD engagement vanished after an idempotency conflict");
          return replay(first);
        }
        const after = await consumeTpdHours(trx, orgId, period.startsOn, decision.hours);
        // Someone else took the hours between our read and this update: refuse (rolls back the engagement).
        if (!after) return refuse([userError(UserErrorCode.INSUFFICIENT_HOURS)]);
        return {
          ok: true,
          payload: {
            engagement: toTpdEngagement(inserted),
            balance: toTpdBalance(orgId, period, after, 0),
            replayed: false,
            userErrors: [],
          },
          organizationId: orgId,
          targetId: inserted.id,
          detail: { kind: decision.kind, hours: decision.hours },
        };
      },
    );
  }
}
