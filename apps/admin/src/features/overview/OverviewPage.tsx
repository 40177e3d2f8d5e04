import { sdkKey, useSdkQuery } from "../../api/sdk-query";
import { useSession } from "../../auth/session";
import { Page } from "../../components/page";
import { Empty, ErrorState, Loading } from "../../components/states";
import { AlertsCard } from "./AlertsCard";
import { ContractsTable } from "./ContractsTable";
import { EntitlementsTable } from "./EntitlementsTable";
import { OffersList } from "./OffersList";

/** Offers, entitlements (on-premises, cloud, TPD), contracts and TPD balance of the viewer's organization. */
export function OverviewPage() {
  const { viewer } = useSession();
  const organizationId = viewer.organization!.id;
  const variables = { id: organizationId };
  const overview = useSdkQuery(sdkKey("organizationOverview", variables), (client, signal) =>
    client.organizationOverview(variables, { signal }),
  );

  return (
    <Page title={viewer.organization!.name} intro="Your membership offers and the technical support benefits they give.">
      <AlertsCard organizationId={organizationId} />
      {overview.isPending ? <Loading label="Loading your organization…" /> : null}
      {overview.status === "error" ? <ErrorState error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      {overview.data && overview.status !== "error" ? (
        overview.data.membershipOffers.length === 0 ? (
          <Empty title="Looks like you don't have any benefits yet">
            <p>
              Your organization has no active membership offer (Action Pack, Silver or Gold). Benefits appear here as soon as one starts.
            </p>
          </Empty>
        ) : (
          <div className="grid grid-halves">
            <OffersList offers={overview.data.membershipOffers} />
            <EntitlementsTable entitlements={overview.data.entitlements} tpd={overview.data.tpdBalance} />
            <ContractsTable contracts={overview.data.supportContracts} wide />
          </div>
        )
      ) : null}
    </Page>
  );
}
