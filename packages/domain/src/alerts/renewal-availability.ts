import type { IsoDate } from "../vocabulary";

/**
 * Whether the organization may activate its next benefit year, as the alerts need it.
 * The "years" work owns the real rule (activation/benefit years); `organizationAlerts` takes this
 * state as input, so wiring their function in means producing this shape from it.
 */
export interface RenewalState {
  available: boolean;
  /** Since when (e.g. the day the running year's contracts ended); null when unknown. */
  since: IsoDate | null;
}

/**
 * Interim rule from DOMAIN.md ("when the year's contracts have ended and an active offer
 * remains"): activated, every contract ended on `asOf`, and an offer active on `asOf`. Replace
 * with the benefit-years rule when it lands (it also covers offers granted or renewed since).
 */
export function renewalAvailability(input: {
  activated: boolean;
  contracts: readonly { endsOn: IsoDate }[];
  offers: readonly { startsOn: IsoDate; endsOn: IsoDate; revoked: boolean }[];
  asOf: IsoDate;
}): RenewalState {
  const { activated, contracts, offers, asOf } = input;
  const unavailable: RenewalState = { available: false, since: null };
  if (!activated || contracts.length === 0) return unavailable;
  if (contracts.some((contract) => asOf < contract.endsOn)) return unavailable;
  const activeOffer = offers.some((offer) => !offer.revoked && offer.startsOn <= asOf && asOf < offer.endsOn);
  if (!activeOffer) return unavailable;
  const since = contracts.map((contract) => contract.endsOn).reduce((a, b) => (a >= b ? a : b));
  return { available: true, since };
}
