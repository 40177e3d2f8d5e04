import type { JSX } from "react";
import type { IncidentFieldsFragment } from "@support-hub/sdk";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useSession } from "../../auth/session";
import { useAnnounce } from "../../components/announcer";
import { Card, Page } from "../../components/page";
import { Empty, ErrorState, Loading } from "../../components/states";
import { ConfirmIncidentAction, type IncidentAction } from "./ConfirmIncidentAction";
import { CreateIncidentForm } from "./CreateIncidentForm";
import { IncidentFilters } from "./IncidentFilters";
import { IncidentList } from "./IncidentList";
import { PAGE_SIZE, useIncidentChoices, useIncidentPage, useUsableContracts } from "./incident-queries";
import type { IncidentSearch } from "./incident-search";
import { RemainingSummary } from "./RemainingSummary";

const route = getRouteApi("/incidents");

/** Incidents: remaining allowance, filters and pages (in the URL), create, withdraw and resolve (confirmed). */
export function IncidentsPage(): JSX.Element {
  const { viewer } = useSession();
  const announce = useAnnounce();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const pages = search.pages ?? [];
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<{ incident: IncidentFieldsFragment; action: IncidentAction } | null>(null);
  const isOperator = viewer.permissions?.canReadAllOrganizations ?? false;

  const page = useIncidentPage({ status: search.status, productId: search.productId, after: pages.at(-1) });
  const contracts = useUsableContracts();
  const choices = useIncidentChoices();

  // A filter change starts again from the first page; each change is a history entry, so Back undoes it.
  const changeFilters = (next: Pick<IncidentSearch, "status" | "productId">) =>
    void navigate({
      to: "/incidents",
      search: { ...(next.status?.length ? { status: next.status } : {}), ...(next.productId ? { productId: next.productId } : {}) },
    });
  const goToPages = (next: string[]) =>
    void navigate({ to: "/incidents", search: (previous: IncidentSearch) => ({ ...previous, pages: next.length ? next : undefined }) });

  const data = page.data;
  const start = pages.length * PAGE_SIZE;
  const filtered = Boolean(search.status?.length || search.productId);
  return (
    <Page title="Support incidents" intro="Open, track, withdraw and resolve support incidents.">
      {!isOperator ? (
        <Card title="Remaining incidents" id="remaining-title">
          {!contracts.contracts && !contracts.error ? <Loading /> : null}
          {contracts.error ? <ErrorState error={contracts.error} onRetry={() => void contracts.refetch()} /> : null}
          <RemainingSummary contracts={contracts.contracts} />
          {!creating ? (
            <button type="button" className="button" onClick={() => setCreating(true)} disabled={!choices.products.data}>
              New incident
            </button>
          ) : null}
        </Card>
      ) : null}
      {creating && choices.products.data ? (
        <CreateIncidentForm
          products={choices.products.data}
          customers={choices.customers}
          onCancel={() => setCreating(false)}
          onCreated={(incident) => {
            announce(
              `${incident.number} opened on ${incident.productVersion.product.name}${incident.customer ? ` for ${incident.customer.name}` : ""}`,
            );
            goToPages([]);
          }}
        />
      ) : null}
      {choices.products.error ? <ErrorState error={choices.products.error} onRetry={() => void choices.products.refetch()} /> : null}
      <Card title="Incidents" id="list-title">
        <IncidentFilters filters={search} onChange={changeFilters} products={choices.products.data ?? []} />
        {page.isPending ? <Loading label="Loading incidents…" /> : null}
        {page.error ? <ErrorState error={page.error} onRetry={() => void page.refetch()} /> : null}
        {data ? (
          <div aria-busy={page.isFetching}>
            <p className="muted" data-testid="incident-total" aria-live="polite">
              {data.totalCount === 0
                ? "No incidents"
                : `Showing ${start + 1}–${start + data.nodes.length} of ${data.totalCount} incident${data.totalCount === 1 ? "" : "s"}`}
            </p>
            {data.nodes.length === 0 ? (
              <Empty title="No incidents match">
                <p>{filtered ? "Try other filters." : "Incidents you open appear here."}</p>
              </Empty>
            ) : (
              <IncidentList
                incidents={data.nodes}
                viewerId={viewer.id}
                busyId={confirming?.incident.id ?? null}
                onWithdraw={(incident) => setConfirming({ incident, action: "withdraw" })}
                onResolve={(incident) => setConfirming({ incident, action: "resolve" })}
              />
            )}
            <div className="pager">
              <button
                type="button"
                className="button small secondary"
                disabled={pages.length === 0}
                onClick={() => goToPages(pages.slice(0, -1))}
              >
                Previous page
              </button>
              <button
                type="button"
                className="button small secondary"
                disabled={!data.pageInfo.hasNextPage || page.isPlaceholderData}
                onClick={() => goToPages([...pages, data.pageInfo.endCursor ?? ""])}
              >
                Next page
              </button>
            </div>
          </div>
        ) : null}
      </Card>
      <ConfirmIncidentAction pending={confirming} onDone={() => setConfirming(null)} />
    </Page>
  );
}
