import {
  addDays,
  type IsoDate,
  organizationAlerts,
  renewalAvailability,
  usersWhoCanActivate,
  type OrganizationAlert as DomainAlert,
} from "@support-hub/domain";
import type { GatewayContext } from "../context";

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
  const [contracts, offers, activation, users, outsideLinks] = await Promise.all([
    ctx.loaders.contractsOfOrganization.load(organizationId),
    ctx.loaders.offersOfOrganization.load(organizationId),
    ctx.loaders.activationOfOrganization.load(organizationId),
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
    // Interim: swap for the benefit-years renewal rule when it lands (same RenewalState shape).
    renewal: renewalAvailability({ activated: activation !== undefined, contracts, offers: offerStates, asOf }),
    outsideLinks: outsideLinks.map((link) => ({
      userId: link.userId,
      displayName: link.displayName,
      contractId: link.supportContractId,
      linkedOn: link.linkedAt.toISOString().slice(0, 10),
    })),
    admins,
  });
}
