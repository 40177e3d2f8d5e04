import { addYears, maxDate, minDate } from "../dates/iso-date";
import { compareAllowance } from "../entitlements/allowance";
import { type Entitlements, offerBenefits } from "../entitlements/compute-entitlements";
import type { MembershipOffer } from "../entitlements/is-offer-active";
import { ContractKind, type IsoDate } from "../vocabulary";

/** A support contract that activation should create. */
export interface ContractPlan {
  kind: ContractKind;
  /** null = unlimited. */
  incidentsTotal: number | null;
  startsOn: IsoDate;
  /** Exclusive end: one year after activation, never past the end of the offer granting it. */
  endsOn: IsoDate;
}

function latestEnd(offers: readonly MembershipOffer[]): IsoDate | null {
  return offers.reduce<IsoDate | null>((latest, offer) => (latest ? maxDate(latest, offer.endsOn) : offer.endsOn), null);
}

/**
 * The contracts activation on `activatedOn` creates from the entitlements: ON_PREMISES when
 * on-premises incidents > 0, CLOUD when the cloud allowance is not NONE. Each ends one year
 * later, capped by the latest end among the active offers that grant that row's best value
 * (the offer that pays for the benefit; a weaker offer's longer term must not extend it).
 */
export function planContracts(entitlements: Entitlements, activatedOn: IsoDate): ContractPlan[] {
  const oneYearLater = addYears(activatedOn, 1);
  const plans: ContractPlan[] = [];
  const benefitsOf = entitlements.activeOffers.map((offer) => ({ offer, benefits: offerBenefits(offer) }));

  if (entitlements.onPremisesIncidents > 0) {
    const granting = benefitsOf
      .filter(({ benefits }) => benefits.onPremisesIncidents === entitlements.onPremisesIncidents)
      .map(({ offer }) => offer);
    const cap = latestEnd(granting);
    plans.push({
      kind: ContractKind.ON_PREMISES,
      incidentsTotal: entitlements.onPremisesIncidents,
      startsOn: activatedOn,
      endsOn: cap ? minDate(oneYearLater, cap) : oneYearLater,
    });
  }

  const cloud = entitlements.cloudIncidents;
  if (cloud.kind !== "NONE") {
    const granting = benefitsOf.filter(({ benefits }) => compareAllowance(benefits.cloudIncidents, cloud) === 0).map(({ offer }) => offer);
    const cap = latestEnd(granting);
    plans.push({
      kind: ContractKind.CLOUD,
      incidentsTotal: cloud.kind === "UNLIMITED" ? null : cloud.count,
      startsOn: activatedOn,
      endsOn: cap ? minDate(oneYearLater, cap) : oneYearLater,
    });
  }
  return plans;
}
