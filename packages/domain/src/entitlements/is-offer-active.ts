import type { IsoDate, OfferLevel } from "../vocabulary";

/** A membership offer as the rules need it; callers may pass richer records. */
export interface MembershipOffer {
  level: OfferLevel;
  /** Competency of a Silver or Gold offer; ignored for Action Pack. */
  competency: string | null;
  startsOn: IsoDate;
  /** Exclusive: the offer is no longer active on this day. */
  endsOn: IsoDate;
}

/** True when the offer is active on `asOf`: startsOn <= asOf < endsOn. */
export function isOfferActive(offer: Pick<MembershipOffer, "startsOn" | "endsOn">, asOf: IsoDate): boolean {
  return offer.startsOn <= asOf && asOf < offer.endsOn;
}
