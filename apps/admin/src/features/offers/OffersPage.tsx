import { useState } from "react";
import { collect } from "../../api/collect";
import { useAsync } from "../../api/use-async";
import { useSession } from "../../auth/session";
import { Field } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { ErrorState, Loading } from "../../components/states";
import { GrantOfferForm } from "./GrantOfferForm";
import { OfferTable } from "./OfferTable";

/** Operator: grant and revoke membership offers of any organization. */
export function OffersPage() {
  const { client } = useSession();
  const organizations = useAsync((signal) => collect(client.paginateOrganizations({ first: 100 }, { signal })), []);
  const [organizationId, setOrganizationId] = useState("");
  const offers = useAsync(
    (signal) => (organizationId ? client.membershipOffers({ organizationId, includeInactive: true }, { signal }) : Promise.resolve(null)),
    [organizationId],
  );

  return (
    <Page title="Membership offers" intro="Grant or revoke the Action Pack, Silver and Gold offers that carry the benefits.">
      <Card>
        {organizations.status === "loading" && !organizations.data ? <Loading label="Loading organizations…" /> : null}
        {organizations.status === "error" ? <ErrorState error={organizations.error} onRetry={organizations.reload} /> : null}
        <Field label="Organization">
          {(props) => (
            <select {...props} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)} disabled={!organizations.data}>
              <option value="">Choose an organization…</option>
              {organizations.data?.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </Card>
      {organizationId ? (
        <div className="grid">
          <Card title="Offers" id="offers-list-title">
            {offers.status === "loading" && !offers.data ? <Loading label="Loading offers…" /> : null}
            {offers.status === "error" ? <ErrorState error={offers.error} onRetry={offers.reload} /> : null}
            {offers.data ? <OfferTable offers={offers.data} onChanged={offers.reload} /> : null}
          </Card>
          <GrantOfferForm organizationId={organizationId} onGranted={offers.reload} />
        </div>
      ) : null}
    </Page>
  );
}
