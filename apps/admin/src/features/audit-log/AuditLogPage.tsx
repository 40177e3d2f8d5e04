import type { JSX } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { pageRange } from "../../api/format";
import { useSession } from "../../auth/session";
import { Field } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { PageTrailPager } from "../../components/page-trail-pager";
import { Empty, ErrorState, Loading } from "../../components/states";
import { AuditEntryList } from "./AuditEntryList";
import { type AuditFilterValues, AuditFilters } from "./AuditFilters";
import { PAGE_SIZE, useAuditPage, useOrganizations, useOrganizationUsers } from "./audit-log-queries";
import type { AuditSearch } from "./audit-search";

const route = getRouteApi("/audit-log");

/** The audit log: every mutation call, succeeded, refused or denied, newest first; filters and page in the URL. */
export function AuditLogPage(): JSX.Element {
  const { viewer } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const pages = search.pages ?? [];
  // The operator reads every organization's log (and may pick one); a Global Admin reads its own.
  const everyOrganization = viewer.permissions?.canReadAllOrganizations ?? false;
  const organizationId = everyOrganization ? (search.organizationId ?? "") : (viewer.organization?.id ?? "");
  const organizations = useOrganizations(everyOrganization);
  const users = useOrganizationUsers(organizationId);
  const filter = { action: search.action, actorId: search.actorId, outcome: search.outcome };
  const page = useAuditPage({ organizationId, everyOrganization, filter, after: pages.at(-1) });

  // A filter change starts again from the first page; each change is a history entry, so Back undoes it.
  const changeFilters = (next: AuditFilterValues & Pick<AuditSearch, "organizationId">) =>
    void navigate({
      to: "/audit-log",
      search: Object.fromEntries(Object.entries(next).filter(([, value]) => value)) as AuditSearch,
    });
  const goToPages = (next: string[]) =>
    void navigate({ to: "/audit-log", search: (previous: AuditSearch) => ({ ...previous, pages: next.length ? next : undefined }) });

  const data = page.data;
  const start = pages.length * PAGE_SIZE;
  const filtered = Boolean(search.action || search.actorId || search.outcome);
  return (
    <Page title="Audit log" intro="Every change made through Support Hub, and every attempt that was refused or denied, newest first.">
      <Card title="Entries" id="audit-entries-title">
        {everyOrganization ? (
          <div className="audit-organization">
            <Field label="Organization">
              {(props) => (
                <select
                  {...props}
                  value={organizationId}
                  // The actor filter names a user of one organization: it goes when the organization changes.
                  onChange={(event) => changeFilters({ ...filter, actorId: undefined, organizationId: event.target.value || undefined })}
                >
                  <option value="">All organizations</option>
                  {organizations.data?.map((organization) => (
                    <option key={organization.id} value={organization.id}>
                      {organization.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        ) : null}
        <AuditFilters
          filters={filter}
          onChange={(next) => changeFilters({ ...next, organizationId: everyOrganization ? search.organizationId : undefined })}
          actors={organizationId ? (users.data ?? []) : null}
        />
        {page.isPending ? <Loading label="Loading the audit log…" /> : null}
        {page.error ? <ErrorState error={page.error} onRetry={() => void page.refetch()} /> : null}
        {data === null ? <Empty title="This organization does not exist" /> : null}
        {data ? (
          <div aria-busy={page.isFetching}>
            <p className="muted" data-testid="audit-total" aria-live="polite">
              {data.totalCount === 0 ? "No entries" : pageRange(start, data.nodes.length, data.totalCount, "entry", "entries")}
            </p>
            {data.nodes.length === 0 ? (
              <Empty title="No entries match">
                <p>{filtered ? "Try other filters." : "Changes made through Support Hub appear here."}</p>
              </Empty>
            ) : (
              <AuditEntryList entries={data.nodes} showOrganization={everyOrganization && !organizationId} />
            )}
            <PageTrailPager pages={pages} pageInfo={data.pageInfo} busy={page.isPlaceholderData} onChange={goToPages} />
          </div>
        ) : null}
      </Card>
    </Page>
  );
}
