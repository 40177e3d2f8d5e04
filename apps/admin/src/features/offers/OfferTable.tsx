import type { MembershipOfferFieldsFragment } from "@support-hub/sdk";
import { useState } from "react";
import { lastDayBefore, offerLabel } from "../../api/format";
import { useSession } from "../../auth/session";
import { useAnnounce } from "../../components/announcer";
import { Empty } from "../../components/states";

export function OfferTable({ offers, onChanged }: { offers: readonly MembershipOfferFieldsFragment[]; onChanged: () => void }) {
  const { client } = useSession();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<string | null>(null);
  if (offers.length === 0) return <Empty title="No offers">This organization has no membership offer.</Empty>;

  const revoke = async (offer: MembershipOfferFieldsFragment) => {
    setBusy(offer.id);
    try {
      const result = await client.revokeMembershipOffer({ offerId: offer.id });
      if (result.userErrors[0]) announce(result.userErrors[0].message, "error");
      else announce(`${offerLabel(offer)} revoked`);
      onChanged();
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error), "error");
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Offer</th>
            <th scope="col">Term</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {offers.map((offer) => (
            <tr key={offer.id}>
              <th scope="row">{offerLabel(offer)}</th>
              <td>
                {offer.startsOn} through {lastDayBefore(offer.endsOn)}
              </td>
              <td>{offer.revokedAt ? "Revoked" : offer.isActive ? "Active" : "Inactive"}</td>
              <td>
                {offer.revokedAt ? null : (
                  <button
                    type="button"
                    className="button small danger"
                    disabled={busy === offer.id}
                    onClick={() => revoke(offer)}
                    aria-label={`Revoke ${offerLabel(offer)}`}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
