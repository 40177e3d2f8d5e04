import type { JSX } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { sdkKey, useSdkQuery } from "../../api/sdk-query";
import { Field } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { ErrorState, Loading } from "../../components/states";
import { GrantOfferForm } from "./GrantOfferForm";
import { OfferTable } from "./OfferTable";
import { collect } from "../../api/collect";

const route = getRouteApi("/offers");

/** Operator: grant and revoke membership offers of any organization. */
export function OffersPage(): JSX.Element {
  // The organization picked is in the URL (?organizationId=), so a reload or a shared link keeps it.
  const organizationId = route.useSearch({ select: (search) => search.organizationId ?? "" });
  const navigate = route.useNavigate();
  const setOrganizationId = (id: string) => void navigate({ to: "/offers", search: id ? { organizationId: id } : {} });
  const organizations = useSdkQuery(sdkKey("organizations"), (client, signal) =>
    collect(client.paginateOrganizations({ first: 100 }, { signal })),
  );
  const variables = { organizationId, includeInactive: true };
  const offers = useSdkQuery(sdkKey("membershipOffers", variables), (client, signal) => client.membershipOffers(variables, { signal }), {
    enabled: organizationId !== "",
  });

  return (
    <Page title="Membership offers" intro="Grant or revoke the Action Pack, Silver and Gold offers that carry the benefits.">
      <Card>
        {organizations.isPending ? <Loading label="Loading organizations…" /> : null}
        {organizations.status === "error" ? <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} /> : null}
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
            {offers.isPending ? <Loading label="Loading offers…" /> : null}
            {offers.status === "error" ? <ErrorState error={offers.error} onRetry={() => void offers.refetch()} /> : null}
            {offers.data ? <OfferTable offers={offers.data} /> : null}
          </Card>
          <GrantOfferForm organizationId={organizationId} />
        </div>
      ) : null}
    </Page>
  );
}
