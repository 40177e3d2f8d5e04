import type { MembershipOfferFieldsFragment } from "@support-hub/sdk";
import { formatTerm, levelLabel } from "../../api/format";
import { Card } from "../../components/page";

export function OffersList({ offers }: { offers: readonly MembershipOfferFieldsFragment[] }) {
  return (
    <Card title="Active offers" id="offers-title">
      <ul className="offer-list">
        {offers.map((offer) => (
          <li key={offer.id} className={`offer offer-${offer.level.toLowerCase()}`}>
            <span className="offer-level">{levelLabel(offer.level)}</span>
            {offer.competency ? (
              <span className="offer-competency">
                {offer.competency}
                {offer.isCloudCompetency ? <span className="badge badge-cloud">Cloud competency</span> : null}
              </span>
            ) : null}
            <span className="muted">{formatTerm(offer.startsOn, offer.endsOn)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
