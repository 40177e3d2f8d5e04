import type { JSX } from "react";
import type { IncidentFieldsFragment } from "@support-hub/sdk";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { pageRange } from "../../api/format";
import { useSession } from "../../auth/session";
import { useAnnounce } from "../../components/announcer";
import { Card, Page } from "../../components/page";
import { PageTrailPager } from "../../components/page-trail-pager";
import { Empty, ErrorState, Loading } from "../../components/states";
import { ConfirmIncidentAction, type IncidentAction } from "./ConfirmIncidentAction";
import { CreateIncidentForm } from "./CreateIncidentForm";
import { IncidentFilters } from "./IncidentFilters";
import { IncidentList } from "./IncidentList";
import { PAGE_SIZE, useIncidentChoices, useIncidentNumberHit, useIncidentPage, useUsableContracts } from "./incident-queries";
import { compactFilters, hasFilters, type IncidentFilters as Filters, type IncidentSearch } from "./incident-search";
import { RemainingSummary } from "./RemainingSummary";

const route = getRouteApi("/incidents");

/** Incidents: remaining allowance, a search with filters, sort and pages (all in the URL), create, withdraw and resolve (confirmed). */
export function IncidentsPage(): JSX.Element {
  const { viewer } = useSession();
  const announce = useAnnounce();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const pages = search.pages ?? [];
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<{ incident: IncidentFieldsFragment; action: IncidentAction } | null>(null);
  const isOperator = viewer.permissions?.canReadAllOrganizations ?? false;

  const page = useIncidentPage(search);
  const numberHit = useIncidentNumberHit(search.q);
  const contracts = useUsableContracts();
  const choices = useIncidentChoices();

  // A filter change starts again from the first page (no `pages`); each change is a history entry, so Back undoes it.
  const changeFilters = (next: Filters, options: { replace?: boolean } = {}) =>
    void navigate({ to: "/incidents", search: compactFilters(next), replace: options.replace });
  // Clearing keeps the sort: it is how to read the list, not which incidents.
  const clearFilters = () => changeFilters({ sort: search.sort, dir: search.dir });
  const goToPages = (next: string[]) =>
    void navigate({ to: "/incidents", search: (previous: IncidentSearch) => ({ ...previous, pages: next.length ? next : undefined }) });

  const data = page.data;
  const start = pages.length * PAGE_SIZE;
  const filtered = hasFilters(search);
  const hit = numberHit.data;
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
        {isOperator ? (
          <p>
            <Link to="/incidents" search={{ status: ["OPEN"], sort: "CREATED_AT", dir: "ASC" }} className="button small secondary">
              Waiting for work: open incidents, oldest first
            </Link>
          </p>
        ) : null}
        <IncidentFilters
          filters={search}
          onChange={changeFilters}
          choices={{ products: choices.products.data ?? [], contracts: contracts.contracts ?? [] }}
        />
        {filtered ? (
          <p>
            <button type="button" className="button small secondary" onClick={clearFilters}>
              Clear filters
            </button>
          </p>
        ) : null}
        {hit ? (
          <p className="number-hit" data-testid="number-hit">
            <Link to="/incidents/$number" params={{ number: hit.number }} className="button small">
              Open {hit.number}
            </Link>{" "}
            <span>{hit.title}</span>
          </p>
        ) : null}
        {page.isPending ? <Loading label="Loading incidents…" /> : null}
        {page.error ? <ErrorState error={page.error} onRetry={() => void page.refetch()} /> : null}
        {data ? (
          <div aria-busy={page.isFetching}>
            <p className="muted" data-testid="incident-total" aria-live="polite">
              {data.totalCount === 0 ? "No incidents" : pageRange(start, data.nodes.length, data.totalCount, "incident")}
            </p>
            {data.nodes.length === 0 ? (
              <Empty title={filtered ? "No incidents match this search" : "No incidents yet"}>
                {filtered ? (
                  <>
                    <p>Nothing matches{search.q ? ` “${search.q.trim()}”` : ""} with these filters.</p>
                    <button type="button" className="button secondary" onClick={clearFilters}>
                      Clear search and filters
                    </button>
                  </>
                ) : (
                  <p>Incidents you open appear here.</p>
                )}
              </Empty>
            ) : (
              <IncidentList
                incidents={data.nodes}
                viewerId={viewer.id}
                showOrganization={isOperator}
                busyId={confirming?.incident.id ?? null}
                onWithdraw={(incident) => setConfirming({ incident, action: "withdraw" })}
                onResolve={(incident) => setConfirming({ incident, action: "resolve" })}
              />
            )}
            <PageTrailPager pages={pages} pageInfo={data.pageInfo} busy={page.isPlaceholderData} onChange={goToPages} />
          </div>
        ) : null}
      </Card>
      <ConfirmIncidentAction pending={confirming} onDone={() => setConfirming(null)} />
    </Page>
  );
}
