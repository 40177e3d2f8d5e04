import type { BenefitActivation, Executor, MembershipOffer as OfferRow } from "@support-hub/db";
import {
  type Activation,
  type BenefitYear,
  computeEntitlements,
  describeBenefits,
  lastDayBefore,
  USER_ERROR_MESSAGES,
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
  /** The latest benefit year with its contracts; null when never activated (or activated without years). */
  currentYear: StoredBenefitYear | null;
  users: OrganizationUser[];
}

/** A benefit year as stored: the domain's view plus its row id. */
export interface StoredBenefitYear extends BenefitYear {
  localId: string;
  activatedAt: Date;
  activatedBy: string;
}

/**
 * The organization's latest benefit year and the contracts it issued: two indexed reads, inside a
 * mutation's transaction or not (years are read per page, not per list item, so no loader).
 */
export async function loadCurrentBenefitYear(db: Executor, organizationId: string): Promise<StoredBenefitYear | null> {
  const year = await db
    .selectFrom("benefitYears")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .orderBy("yearNumber", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!year) return null;
  const contracts = await db
    .selectFrom("supportContracts")
    .select(["id", "kind", "startsOn", "endsOn", "incidentsTotal"])
    .where("benefitYearId", "=", year.id)
    .orderBy("kind", "desc")
    .execute();
  return {
    localId: year.id,
    yearNumber: year.yearNumber,
    contractId: year.contractId,
    startsOn: year.startsOn,
    activatedAt: year.activatedAt,
    activatedBy: year.activatedBy,
    contracts,
  };
}

/** Through the request's DataLoaders (queries). */
export async function loadBenefitsData(ctx: GatewayContext, organizationId: string): Promise<BenefitsData> {
  const [offers, activation, userRows, currentYear] = await Promise.all([
    ctx.loaders.offersOfOrganization.load(organizationId),
    ctx.loaders.activationOfOrganization.load(organizationId),
    ctx.loaders.usersOfOrganization.load(organizationId),
    loadCurrentBenefitYear(ctx.db, organizationId),
  ]);
  const roles = await ctx.loaders.rolesOfUser.loadMany(userRows.map((user) => user.id));
  const users = userRows.map((user, i) => {
    const held = roles[i];
    return { ...pickUser(user), roles: Array.isArray(held) ? held : [] };
  });
  return { offers: countingOffers(offers), activation: activation ?? null, currentYear, users };
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
  const currentYear = await loadCurrentBenefitYear(trx, organizationId);
  return { offers, activation: activation ?? null, currentYear, users };
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
const renewalMessage = (endsOn: IsoDate) =>
  `Your benefit year was valid through ${lastDayBefore(endsOn)}. Activate again to issue the next year's support contracts under a new Contract ID; the Access ID stays the same`;
const upgradeMessage = (since: IsoDate) =>
  `Since ${since} your offers give more than this benefit year's support contracts hold. Activate again to raise them: same Contract ID, nothing used is lost`;

/** The page for `viewer`, from the domain's `describeBenefits`. A CSP-only viewer gets NOT_AUTHORIZED. */
export function buildTechnicalBenefits(viewer: Viewer, organizationId: string, data: BenefitsData, asOf: IsoDate): TechnicalBenefits {
  const entitlements = computeEntitlements(data.offers, asOf);
  const page = describeBenefits({
    actor: benefitsActor(viewer),
    entitlements,
    activation: toDomainActivation(data.activation),
    currentYear: data.currentYear,
    organizationUsers: data.users,
    asOf,
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
    isRenewalDue: false,
    isUpgradeAvailable: false,
    activationAvailableOn: null,
    benefitYear: null,
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
    case "ACTIVE": {
      const year = page.year;
      let message = ACTIVE_MESSAGE;
      if (year?.isRenewalDue) message = renewalMessage(year.endsOn);
      else if (year?.isUpgradeAvailable && year.upgradeAvailableOn) message = upgradeMessage(year.upgradeAvailableOn);
      if (page.refusal) message = `${message}. ${USER_ERROR_MESSAGES.MISSING_ROLE}`;
      return {
        ...common,
        state: "ACTIVE",
        message,
        canActivate: page.canActivate,
        activationRefusal: page.refusal?.reason ?? null,
        usersWhoCanActivateLocalIds: page.usersWhoCanActivate.map((user) => user.id),
        isRenewalDue: year?.isRenewalDue ?? false,
        isUpgradeAvailable: year?.isUpgradeAvailable ?? false,
        // Renewal: the year's exclusive end is the first day it is due (while an offer is active).
        activationAvailableOn: year ? (year.isUpgradeAvailable ? year.upgradeAvailableOn : year.endsOn) : null,
        benefitYear:
          year && data.currentYear
            ? {
                yearNumber: year.yearNumber,
                startsOn: year.startsOn,
                endsOn: year.endsOn,
                isEnded: year.isEnded,
                activatedAt: data.currentYear.activatedAt,
                activatedByLocalId: data.currentYear.activatedBy,
              }
            : null,
        accessId: page.accessId,
        contractNumber: page.contractId,
        activatedAt: data.activation?.activatedAt ?? null,
        activatedByLocalId: data.activation?.activatedBy ?? null,
      };
    }
  }
}
