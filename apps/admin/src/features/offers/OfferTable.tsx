import type { MembershipOfferFieldsFragment } from "@support-hub/sdk";
import { formatTerm, offerLabel } from "../../api/format";
import { useSdkMutation } from "../../api/sdk-query";
import { useAnnounce } from "../../components/announcer";
import { Empty } from "../../components/states";

export function OfferTable({ offers }: { offers: readonly MembershipOfferFieldsFragment[] }) {
  const revocation = useSdkMutation("revokeMembershipOffer", (client, offerId: string) => client.revokeMembershipOffer({ offerId }));
  const busy = revocation.isPending ? revocation.variables : null;
  const announce = useAnnounce();
  if (offers.length === 0) return <Empty title="No offers">This organization has no membership offer.</Empty>;

  const revoke = async (offer: MembershipOfferFieldsFragment) => {
    try {
      const result = await revocation.mutateAsync(offer.id);
      if (result.userErrors[0]) announce(result.userErrors[0].message, "error");
      else announce(`${offerLabel(offer)} revoked`);
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error), "error");
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
              <td>{formatTerm(offer.startsOn, offer.endsOn)}</td>
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
