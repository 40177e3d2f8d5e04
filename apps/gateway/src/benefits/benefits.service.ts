import type { BenefitActivation, Executor, MembershipOffer as OfferRow } from "@support-hub/db";
import {
  type Activation,
  computeEntitlements,
  describeBenefits,
  type IsoDate,
  type OrganizationUser,
  type Role,
  UserErrorCode,
} from "@support-hub/domain";
import { isOperator } from "../common/tenant";
import type { GatewayContext, Viewer } from "../context";
import { notAuthorized } from "../errors";
import { toEntitlements } from "../memberships/memberships.mapper";
import { countingOffers, loadCountingOffers } from "../memberships/memberships.service";
import type { TechnicalBenefits } from "./benefits.type";

/** What the benefits rules read about one organization. */
export interface BenefitsData {
  /** Non-revoked offers. */
  offers: OfferRow[];
  activation: BenefitActivation | null;
  users: OrganizationUser[];
}

/** Through the request's DataLoaders (queries). */
export async function loadBenefitsData(ctx: GatewayContext, organizationId: string): Promise<BenefitsData> {
  const [offers, activation, userRows] = await Promise.all([
    ctx.loaders.offersOfOrganization.load(organizationId),
    ctx.loaders.activationOfOrganization.load(organizationId),
    ctx.loaders.usersOfOrganization.load(organizationId),
  ]);
  const roles = await ctx.loaders.rolesOfUser.loadMany(userRows.map((user) => user.id));
  const users = userRows.map((user, i) => {
    const held = roles[i];
    return { ...pickUser(user), roles: Array.isArray(held) ? held : [] };
  });
  return { offers: countingOffers(offers), activation: activation ?? null, users };
}

/** Inside a mutation's transaction (never the loaders there). */
export async function loadBenefitsDataInTransaction(trx: Executor, organizationId: string): Promise<BenefitsData> {
  const offers = await loadCountingOffers(trx, organizationId);
  const activation = await trx.selectFrom("benefitActivations").selectAll().where("organizationId", "=", organizationId).executeTakeFirst();
  const userRows = await trx
    .selectFrom("users")
    .select(["id", "displayName", "email", "mpnAssociated"])
    .where("organizationId", "=", organizationId)
    .where("deletedAt", "is", null)
    .execute();
  const roleRows =
    userRows.length === 0
      ? []
      : await trx
          .selectFrom("userRoles")
          .select(["userId", "role"])
          .where(
            "userId",
            "in",
            userRows.map((user) => user.id),
          )
          .execute();
  const users = userRows.map((user) => ({
    ...pickUser(user),
    roles: roleRows.filter((row) => row.userId === user.id).map((row) => row.role as Role),
  }));
  return { offers, activation: activation ?? null, users };
}

function pickUser(user: { id: string; displayName: string; email: string; mpnAssociated: boolean }) {
  return { id: user.id, displayName: user.displayName, email: user.email, mpnAssociated: user.mpnAssociated };
}

export function toDomainActivation(row: BenefitActivation | null): Activation | null {
  return row ? { accessId: row.accessId, contractId: row.contractId, activatedAt: row.activatedAt.toISOString() } : null;
}

/** The actor on the benefits page: the operator reads every page as a program user without an activator role. */
export function benefitsActor(viewer: Viewer) {
  return { mpnAssociated: viewer.mpnAssociated || isOperator(viewer), roles: viewer.roles };
}

const NOT_ACTIVATED_MESSAGE =
  "Your organization's technical benefits are not activated yet. Activate them to get your Access ID and Contract ID";
const ACTIVE_MESSAGE =
  "Your technical benefits are active. Each account that opens support requests links them once with the Access ID and Contract ID";

/** The page for `viewer`, from the domain's `describeBenefits`. A CSP-only viewer gets NOT_AUTHORIZED. */
export function buildTechnicalBenefits(viewer: Viewer, organizationId: string, data: BenefitsData, asOf: IsoDate): TechnicalBenefits {
  const entitlements = computeEntitlements(data.offers, asOf);
  const page = describeBenefits({
    actor: benefitsActor(viewer),
    entitlements,
    activation: toDomainActivation(data.activation),
    organizationUsers: data.users,
  });
  const mapped = toEntitlements(entitlements, asOf);
  const common = {
    organizationLocalId: organizationId,
    activeOffers: mapped.activeOffers,
    entitlements: mapped,
    usersWhoCanActivateLocalIds: [] as string[],
    activatedByLocalId: null,
    accessId: null,
    contractNumber: null,
    activatedAt: null,
  };
  switch (page.state) {
    case "NOT_AUTHORIZED":
      throw notAuthorized();
    case "NO_BENEFITS":
      return {
        ...common,
        state: "NO_BENEFITS",
        message: page.message,
        canActivate: false,
        activationRefusal: UserErrorCode.NO_ACTIVE_OFFERS,
      };
    case "NOT_ACTIVATED":
      return {
        ...common,
        state: "NOT_ACTIVATED",
        message: page.refusal?.message ?? NOT_ACTIVATED_MESSAGE,
        canActivate: page.canActivate,
        activationRefusal: page.refusal?.reason ?? null,
        usersWhoCanActivateLocalIds: page.usersWhoCanActivate.map((user) => user.id),
      };
    case "ACTIVE":
      return {
        ...common,
        state: "ACTIVE",
        message: ACTIVE_MESSAGE,
        canActivate: false,
        activationRefusal: null,
        accessId: page.accessId,
        contractNumber: page.contractId,
        activatedAt: data.activation?.activatedAt ?? null,
        activatedByLocalId: data.activation?.activatedBy ?? null,
      };
  }
}
