import type { IncidentFieldsFragment } from "@support-hub/sdk";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { formatDateTime, humanize, planLabel, SEVERITY_LABELS } from "../../api/format";
import { useSession } from "../../auth/session";
import { Card, Page } from "../../components/page";
import { Empty, ErrorState, Loading } from "../../components/states";
import { AddNoteForm } from "./AddNoteForm";
import { ConfirmIncidentAction, type IncidentAction } from "./ConfirmIncidentAction";
import { useIncidentByNumber, useIncidentTimeline } from "./incident-detail-queries";
import { IncidentTimeline } from "./IncidentTimeline";

const route = getRouteApi("/incidents/$number");

/** One incident by its number: its fields, its timeline, a note form and start work / withdraw / resolve (confirmed). */
export function IncidentDetailPage() {
  const { number } = route.useParams();
  const incident = useIncidentByNumber(number);
  const data = incident.data;

  return (
    <Page title={data ? `${data.number}: ${data.title}` : number}>
      <p>
        <Link to="/incidents" className="back-link">
          ← All incidents
        </Link>
      </p>
      {incident.isPending ? <Loading label="Loading the incident…" /> : null}
      {incident.error ? <ErrorState error={incident.error} onRetry={() => void incident.refetch()} /> : null}
      {incident.isSuccess && !data ? (
        <Empty title={`No incident ${number}`}>
          <p>It does not exist, or your account may not read it.</p>
        </Empty>
      ) : null}
      {data ? <IncidentDetail incident={data} /> : null}
    </Page>
  );
}

function IncidentDetail({ incident }: { incident: IncidentFieldsFragment }) {
  const { viewer } = useSession();
  const timeline = useIncidentTimeline(incident.id);
  const [confirming, setConfirming] = useState<IncidentAction | null>(null);
  const open = incident.status === "OPEN";
  const active = open || incident.status === "IN_PROGRESS";
  const mine = incident.createdBy?.id === viewer.id;
  const events = timeline.data?.timeline.nodes ?? [];

  return (
    <div className="grid grid-halves">
      <Card title="Details" id="details-title">
        <p className="incident-head">
          <span className={`badge status-${incident.status.toLowerCase()}`}>{humanize(incident.status)}</span>
        </p>
        <dl className="details" data-testid="incident-details">
          <dt>Product</dt>
          <dd>
            {incident.productVersion.product.name} {incident.productVersion.name}
          </dd>
          <dt>Plan</dt>
          <dd>
            {planLabel(incident.planKind)}
            {incident.isRefunded ? " (refunded)" : incident.wasConsumed ? " (used one incident)" : ""}
          </dd>
          <dt>Severity</dt>
          <dd>{SEVERITY_LABELS[incident.severity] ?? incident.severity}</dd>
          {incident.customer ? (
            <>
              <dt>Customer</dt>
              <dd>{incident.customer.name}</dd>
            </>
          ) : null}
          <dt>Contact</dt>
          <dd>
            {/* One part per line: a long e-mail address wraps on its own, not after a dangling separator. */}
            {incident.contact.name}
            <br />
            <a href={`mailto:${incident.contact.email}`}>{incident.contact.email}</a>
            {incident.contact.phone ? (
              <>
                <br />
                {incident.contact.phone}
              </>
            ) : null}
          </dd>
          <dt>Opened</dt>
          <dd>
            {formatDateTime(incident.createdAt)} by {incident.createdBy?.displayName ?? "a deleted account"}
          </dd>
          <dt>Last change</dt>
          <dd>{formatDateTime(incident.updatedAt)}</dd>
          {incident.resolvedAt ? (
            <>
              <dt>Resolved</dt>
              <dd>{formatDateTime(incident.resolvedAt)}</dd>
            </>
          ) : null}
          {incident.withdrawnAt ? (
            <>
              <dt>Withdrawn</dt>
              <dd>{formatDateTime(incident.withdrawnAt)}</dd>
            </>
          ) : null}
        </dl>
        <h3>Description</h3>
        <p className="incident-description">{incident.description}</p>
        {active ? (
          <div className="actions">
            {/* The API says who may: only the operator, only while OPEN (the same rule the mutation enforces). */}
            {incident.viewerCanStartWork ? (
              <button type="button" className="button" onClick={() => setConfirming("startWork")}>
                Start work
              </button>
            ) : null}
            {open && mine ? (
              <button type="button" className="button secondary" onClick={() => setConfirming("withdraw")}>
                Withdraw
              </button>
            ) : null}
            <button type="button" className="button secondary" onClick={() => setConfirming("resolve")}>
              Resolve
            </button>
          </div>
        ) : null}
      </Card>
      <Card title="Timeline" id="timeline-title">
        {timeline.isPending ? <Loading label="Loading the timeline…" /> : null}
        {timeline.error ? <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} /> : null}
        {timeline.data ? <IncidentTimeline events={events} /> : null}
        {active ? (
          <AddNoteForm incidentId={incident.id} incidentNumber={incident.number} />
        ) : (
          <p className="muted">This incident is {humanize(incident.status).toLowerCase()}: no more notes.</p>
        )}
      </Card>
      <ConfirmIncidentAction pending={confirming ? { incident, action: confirming } : null} onDone={() => setConfirming(null)} />
    </div>
  );
}
