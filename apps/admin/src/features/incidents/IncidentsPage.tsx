import type { IncidentFieldsFragment } from "@support-hub/sdk";
import { useState } from "react";
import { useAsync } from "../../api/use-async";
import { useSession } from "../../auth/session";
import { useAnnounce } from "../../components/announcer";
import { Card, Page } from "../../components/page";
import { Empty, ErrorState, Loading } from "../../components/states";
import { CreateIncidentForm } from "./CreateIncidentForm";
import { type Filters, IncidentFilters } from "./IncidentFilters";
import { IncidentList } from "./IncidentList";
import { RemainingSummary } from "./RemainingSummary";

const PAGE_SIZE = 5;

/** Incidents: remaining allowance, filters, paging with totals, create, withdraw and resolve. */
export function IncidentsPage() {
  const { client, viewer } = useSession();
  const announce = useAnnounce();
  const [filters, setFilters] = useState<Filters>({ status: [], productId: "" });
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [creating, setCreating] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const after = cursors[cursors.length - 1];
  const organizationId = viewer.organization?.id;
  const isOperator = viewer.permissions?.canReadAllOrganizations ?? false;

  const page = useAsync(
    (signal) =>
      client.incidents(
        {
          first: PAGE_SIZE,
          after,
          filter: { status: filters.status.length ? filters.status : undefined, productId: filters.productId || undefined },
        },
        { signal },
      ),
    [after, filters],
  );
  const contracts = useAsync(async (signal) => {
    const me = await client.viewer({ signal });
    const linked = me.linkedContracts ?? [];
    if (!organizationId || !viewer.isMpnAssociated) return linked;
    const own = (await client.supportContracts({ organizationId }, { signal }).catch(() => [])) ?? [];
    const byId = new Map([...own, ...linked].map((contract) => [contract.id, contract]));
    return [...byId.values()];
  }, []);
  const catalog = useAsync(async (signal) => {
    const [products, customers] = await Promise.all([
      client.products({}, { signal }),
      organizationId && viewer.organization?.cspRelationship !== "NONE" && !isOperator
        ? client
            .customers({ organizationId }, { signal })
            .catch(() => [])
            .then((list) => list ?? [])
        : Promise.resolve([]),
    ]);
    return { products, customers };
  }, []);

  const refresh = () => {
    page.reload();
    contracts.reload();
  };
  const changeFilters = (next: Filters) => {
    setFilters(next);
    setCursors([undefined]);
  };

  const act = async (incident: IncidentFieldsFragment, action: "withdraw" | "resolve") => {
    setBusyId(incident.id);
    try {
      if (action === "withdraw") {
        const result = await client.withdrawSupportIncident({ incidentId: incident.id });
        if (result.userErrors[0]) announce(result.userErrors[0].message, "error");
        else announce(`${incident.number} withdrawn${result.wasRefunded ? ": its incident was refunded" : ""}`);
      } else {
        const result = await client.resolveSupportIncident({ incidentId: incident.id });
        if (result.userErrors[0]) announce(result.userErrors[0].message, "error");
        else announce(`${incident.number} resolved`);
      }
      refresh();
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error), "error");
    } finally {
      setBusyId(null);
    }
  };

  const data = page.data;
  const start = (cursors.length - 1) * PAGE_SIZE;
  return (
    <Page title="Support incidents" intro="Open, track, withdraw and resolve support incidents.">
      {!isOperator ? (
        <Card title="Remaining incidents" id="remaining-title">
          {contracts.status === "loading" && !contracts.data ? <Loading /> : null}
          {contracts.status === "error" ? <ErrorState error={contracts.error} onRetry={contracts.reload} /> : null}
          <RemainingSummary contracts={contracts.data} />
          {!creating ? (
            <button type="button" className="button" onClick={() => setCreating(true)} disabled={!catalog.data}>
              New incident
            </button>
          ) : null}
        </Card>
      ) : null}
      {creating && catalog.data ? (
        <CreateIncidentForm
          products={catalog.data.products}
          customers={catalog.data.customers}
          onCancel={() => setCreating(false)}
          onCreated={(incident) => {
            announce(
              `${incident.number} opened on ${incident.productVersion.product.name}${incident.customer ? ` for ${incident.customer.name}` : ""}`,
            );
            setCursors([undefined]);
            refresh();
          }}
        />
      ) : null}
      {catalog.status === "error" ? <ErrorState error={catalog.error} onRetry={catalog.reload} /> : null}
      <Card title="Incidents" id="list-title">
        <IncidentFilters filters={filters} onChange={changeFilters} products={catalog.data?.products ?? []} />
        {page.status === "loading" && !data ? <Loading label="Loading incidents…" /> : null}
        {page.status === "error" ? <ErrorState error={page.error} onRetry={page.reload} /> : null}
        {data ? (
          <div aria-busy={page.status === "loading"}>
            <p className="muted" data-testid="incident-total" aria-live="polite">
              {data.totalCount === 0
                ? "No incidents"
                : `Showing ${start + 1}–${start + data.nodes.length} of ${data.totalCount} incident${data.totalCount === 1 ? "" : "s"}`}
            </p>
            {data.nodes.length === 0 ? (
              <Empty title="No incidents match">
                <p>{filters.status.length || filters.productId ? "Try other filters." : "Incidents you open appear here."}</p>
              </Empty>
            ) : (
              <IncidentList
                incidents={data.nodes}
                viewerId={viewer.id}
                busyId={busyId}
                onWithdraw={(incident) => act(incident, "withdraw")}
                onResolve={(incident) => act(incident, "resolve")}
              />
            )}
            <div className="pager">
              <button
                type="button"
                className="button small secondary"
                disabled={cursors.length === 1}
                onClick={() => setCursors((c) => c.slice(0, -1))}
              >
                Previous page
              </button>
              <button
                type="button"
                className="button small secondary"
                disabled={!data.pageInfo.hasNextPage}
                onClick={() => setCursors((c) => [...c, data.pageInfo.endCursor ?? undefined])}
              >
                Next page
              </button>
            </div>
          </div>
        ) : null}
      </Card>
    </Page>
  );
}
