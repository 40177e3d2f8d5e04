import {
  addDays,
  assessBenefitYear,
  computeEntitlements,
  type IsoDate,
  organizationAlerts,
  renewalFromBenefitYear,
  usersWhoCanActivate,
  type OrganizationAlert as DomainAlert,
} from "@support-hub/domain";
import { loadCurrentBenefitYear } from "../benefits/benefits.service";
import type { GatewayContext } from "../context";
import { countingOffers } from "../memberships/memberships.service";

/** Links of the organization's contracts by accounts outside it, made on or after `since`. */
function selectOutsideLinks(ctx: GatewayContext, organizationId: string, since: IsoDate) {
  return ctx.db
    .selectFrom("contractLinks")
    .innerJoin("supportContracts", "supportContracts.id", "contractLinks.supportContractId")
    .innerJoin("users", "users.id", "contractLinks.userId")
    .select(["contractLinks.userId", "contractLinks.supportContractId", "contractLinks.linkedAt", "users.displayName"])
    .where("supportContracts.organizationId", "=", organizationId)
    .where((eb) => eb.or([eb("users.organizationId", "is", null), eb("users.organizationId", "!=", organizationId)]))
    .where("contractLinks.linkedAt", ">=", new Date(`${since}T00:00:00Z`))
    .execute();
}

/** Loads the organization's state and asks the domain for its alerts on `asOf`. */
export async function loadOrganizationAlerts(ctx: GatewayContext, organizationId: string, asOf: IsoDate): Promise<DomainAlert[]> {
  const [contracts, offers, currentYear, users, outsideLinks] = await Promise.all([
    ctx.loaders.contractsOfOrganization.load(organizationId),
    ctx.loaders.offersOfOrganization.load(organizationId),
    loadCurrentBenefitYear(ctx.db, organizationId),
    ctx.loaders.usersOfOrganization.load(organizationId),
    // One day of slack: the domain decides the exact 30-day boundary on calendar dates.
    selectOutsideLinks(ctx, organizationId, addDays(asOf, -31)),
  ]);
  const roles = await ctx.loaders.rolesOfUser.loadMany(users.map((user) => user.id));
  const admins = usersWhoCanActivate(
    users.map((user, index) => {
      const userRoles = roles[index];
      return { ...user, roles: Array.isArray(userRoles) ? userRoles : [] };
    }),
  );
  const offerStates = offers.map((offer) => ({
    offerId: offer.id,
    level: offer.level,
    competency: offer.competency,
    startsOn: offer.startsOn,
    endsOn: offer.endsOn,
    revoked: offer.revokedAt !== null,
  }));
  return organizationAlerts({
    asOf,
    contracts: contracts.map((row) => ({ ...row, contractId: row.id })),
    offers: offerStates,
    // The same rule as the benefits page: renewal due, or an upgrade of the running year available.
    renewal: renewalFromBenefitYear(currentYear && assessBenefitYear(currentYear, computeEntitlements(countingOffers(offers), asOf), asOf)),
    outsideLinks: outsideLinks.map((link) => ({
      userId: link.userId,
      displayName: link.displayName,
      contractId: link.supportContractId,
      linkedOn: link.linkedAt.toISOString().slice(0, 10),
    })),
    admins,
  });
}
