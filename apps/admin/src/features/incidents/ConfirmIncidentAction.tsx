import type { IncidentFieldsFragment } from "@support-hub/sdk";
import { useAnnounce } from "../../components/announcer";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { useResolveIncident, useStartWorkOnIncident, useWithdrawIncident } from "./incident-queries";

export type IncidentAction = "withdraw" | "resolve" | "startWork";

const COPY: Record<IncidentAction, { title: (number: string) => string; body: string; confirm: string }> = {
  withdraw: {
    title: (number) => `Withdraw ${number}?`,
    body: "Support stops working on it. If it used one of your contract's incidents, that incident is given back. This cannot be undone.",
    confirm: "Withdraw incident",
  },
  resolve: {
    title: (number) => `Resolve ${number}?`,
    body: "The incident is closed as solved. It cannot be reopened, and the incident it used is not given back.",
    confirm: "Resolve incident",
  },
  startWork: {
    title: (number) => `Start work on ${number}?`,
    body: "It becomes in progress: support owns it from now on, and its requester can no longer withdraw it. This cannot be undone.",
    confirm: "Start work",
  },
};

/** Asks before withdrawing, resolving or starting work on an incident, then runs the mutation and says what happened. */
export function ConfirmIncidentAction({
  pending,
  onDone,
}: {
  pending: { incident: IncidentFieldsFragment; action: IncidentAction } | null;
  onDone: () => void;
}) {
  const announce = useAnnounce();
  const withdraw = useWithdrawIncident();
  const resolve = useResolveIncident();
  const startWork = useStartWorkOnIncident();
  const copy = pending ? COPY[pending.action] : null;

  const confirm = async () => {
    if (!pending) return;
    const { incident, action } = pending;
    try {
      if (action === "withdraw") {
        const result = await withdraw.mutateAsync(incident.id);
        if (result.userErrors[0]) announce(result.userErrors[0].message, "error");
        else announce(`${incident.number} withdrawn${result.wasRefunded ? ": its incident was refunded" : ""}`);
      } else if (action === "startWork") {
        const result = await startWork.mutateAsync(incident.id);
        if (result.userErrors[0]) announce(result.userErrors[0].message, "error");
        else announce(`Work started on ${incident.number}: it is in progress`);
      } else {
        const result = await resolve.mutateAsync(incident.id);
        if (result.userErrors[0]) announce(result.userErrors[0].message, "error");
        else announce(`${incident.number} resolved`);
      }
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error), "error");
    } finally {
      onDone();
    }
  };

  return (
    <ConfirmDialog
      open={pending !== null}
      title={copy && pending ? copy.title(pending.incident.number) : ""}
      confirmLabel={copy?.confirm ?? "Confirm"}
      pending={withdraw.isPending || resolve.isPending || startWork.isPending}
      onConfirm={confirm}
      onCancel={onDone}
    >
      <p>
        <strong>{pending?.incident.title}</strong>
      </p>
      <p>{copy?.body}</p>
    </ConfirmDialog>
  );
}
