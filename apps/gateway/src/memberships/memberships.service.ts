import type { Executor, MembershipOffer as OfferRow } from "@support-hub/db";
import { computeEntitlements, type Entitlements, type IsoDate } from "@support-hub/domain";
import type { GatewayContext, Viewer } from "../context";
import { isOperator } from "../common/tenant";

/**
 * Offers that count for the business rules: revoked offers never do (whatever the date), so
 * entitlements, the benefits page, activation and TPD all read offers through this filter.
 */
export function countingOffers(rows: readonly OfferRow[]): OfferRow[] {
  return rows.filter((row) => row.revokedAt === null);
}

/** The organization's offers that are not revoked (inside a transaction: pass `trx`). */
export async function loadCountingOffers(db: Executor, organizationId: string): Promise<OfferRow[]> {
  return db
    .selectFrom("membershipOffers")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .where("revokedAt", "is", null)
    .orderBy("startsOn")
    .orderBy("id")
    .execute();
}

/** Entitlements on `asOf` from the organization's (non-revoked) offers, through the request's loaders. */
export async function entitlementsOf(ctx: GatewayContext, organizationId: string, asOf: IsoDate): Promise<Entitlements<OfferRow>> {
  const rows = await ctx.loaders.offersOfOrganization.load(organizationId);
  return computeEntitlements(countingOffers(rows), asOf);
}

/**
 * Program data (offers, benefits, contracts, TPD) of one organization: its program-associated
 * members and the platform operator. CSP-only members are kept out by `Requirement.PROGRAM_ASSOCIATED`
 * on fields, and by this check in node fetchers.
 */
export function canReadProgramData(viewer: Viewer | null, organizationId: string): boolean {
  if (!viewer) return false;
  return isOperator(viewer) || (viewer.organizationId === organizationId && viewer.mpnAssociated);
}
