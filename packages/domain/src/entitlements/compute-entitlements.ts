import { CLOUD_COMPETENCIES, type IsoDate, OfferLevel } from "../vocabulary";
import { type Allowance, bestAllowance, NO_ALLOWANCE, UNLIMITED_ALLOWANCE } from "./allowance";
import { type CloudCompetency, cloudCompetencyOf } from "./cloud-competency";
import { isOfferActive, type MembershipOffer } from "./is-offer-active";

/** Configurable parts of the entitlement table. */
export interface EntitlementPolicy {
  /** Presales and deployment hours per year for each offer level. */
  tpdHours: Readonly<Record<OfferLevel, number>>;
}

/** TPD hours: Action Pack 5, Silver 20, Gold 50 (a decision, hence configurable). */
export const DEFAULT_ENTITLEMENT_POLICY: EntitlementPolicy = {
  tpdHours: { ACTION_PACK: 5, SILVER: 20, GOLD: 50 },
};

/** Product support (on-premises) incidents per year by offer level. */
export const ON_PREMISES_INCIDENTS: Readonly<Record<OfferLevel, number>> = {
  ACTION_PACK: 10,
  SILVER: 15,
  GOLD: 20,
};

/** Signature cloud incidents per year outside a cloud competency (the 5-pack and 10-pack). */
export const CLOUD_INCIDENT_PACKS: Readonly<Record<OfferLevel, number>> = {
  ACTION_PACK: 0,
  SILVER: 5,
  GOLD: 10,
};

/** What one offer grants on its own, one value per row of the entitlement table. */
export interface OfferBenefits {
  onPremisesIncidents: number;
  cloudIncidents: Allowance;
  tpdHours: number;
}

/** The benefits one offer grants, regardless of dates. */
export function offerBenefits(
  offer: Pick<MembershipOffer, "level" | "competency">,
  policy: EntitlementPolicy = DEFAULT_ENTITLEMENT_POLICY,
): OfferBenefits {
  const isMembership = offer.level !== OfferLevel.ACTION_PACK;
  const pack = CLOUD_INCIDENT_PACKS[offer.level];
  let cloudIncidents: Allowance = NO_ALLOWANCE;
  if (isMembership && cloudCompetencyOf(offer.competency)) cloudIncidents = UNLIMITED_ALLOWANCE;
  else if (pack > 0) cloudIncidents = { kind: "LIMITED", count: pack };
  return {
    onPremisesIncidents: ON_PREMISES_INCIDENTS[offer.level],
    cloudIncidents,
    tpdHours: policy.tpdHours[offer.level],
  };
}

/** An organization's technical support benefits on a date. */
export interface Entitlements<T extends MembershipOffer = MembershipOffer> {
  /** The offers active on the as-of date, in input order. */
  activeOffers: T[];
  onPremisesIncidents: number;
  cloudIncidents: Allowance;
  tpdHours: number;
  /** Cloud competencies of the active Silver/Gold offers, canonical spelling, in table order. */
  cloudCompetencies: CloudCompetency[];
}

/**
 * The organization's entitlements on `asOf`: the best of each table row across the offers
 * active that day (several offers never add up; the strongest wins per row).
 */
export function computeEntitlements<T extends MembershipOffer>(
  offers: readonly T[],
  asOf: IsoDate,
  policy: EntitlementPolicy = DEFAULT_ENTITLEMENT_POLICY,
): Entitlements<T> {
  const activeOffers = offers.filter((offer) => isOfferActive(offer, asOf));
  let onPremisesIncidents = 0;
  let cloudIncidents: Allowance = NO_ALLOWANCE;
  let tpdHours = 0;
  const competencies = new Set<CloudCompetency>();
  for (const offer of activeOffers) {
    const benefits = offerBenefits(offer, policy);
    onPremisesIncidents = Math.max(onPremisesIncidents, benefits.onPremisesIncidents);
    cloudIncidents = bestAllowance(cloudIncidents, benefits.cloudIncidents);
    tpdHours = Math.max(tpdHours, benefits.tpdHours);
    const competency = cloudCompetencyOf(offer.competency);
    if (competency && offer.level !== OfferLevel.ACTION_PACK) competencies.add(competency);
  }
  return {
    activeOffers,
    onPremisesIncidents,
    cloudIncidents,
    tpdHours,
    cloudCompetencies: CLOUD_COMPETENCIES.filter((name) => competencies.has(name)),
  };
}
