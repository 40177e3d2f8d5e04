import type { OfferLevel } from "@support-hub/domain";
import type { Insertable, Selectable, Updateable } from "kysely";
import type { CreatedAt, DateColumn, NullableTimestamp, UuidPk } from "./column-types";

/**
 * `membership_offers`: an offer granted to an organization. Active when
 * `starts_on <= asOf < ends_on` and not revoked (the domain decides; the table only stores).
 */
export interface MembershipOfferTable {
  id: UuidPk;
  organizationId: string;
  level: OfferLevel;
  /** Required for SILVER/GOLD, null for ACTION_PACK (CHECK). */
  competency: string | null;
  startsOn: DateColumn;
  /** Exclusive end (CHECK `ends_on > starts_on`). */
  endsOn: DateColumn;
  revokedAt: NullableTimestamp;
  createdAt: CreatedAt;
}
export type MembershipOffer = Selectable<MembershipOfferTable>;
export type NewMembershipOffer = Insertable<MembershipOfferTable>;
export type MembershipOfferUpdate = Updateable<MembershipOfferTable>;
