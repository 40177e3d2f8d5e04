import type { IncidentFieldsFragment } from "@support-hub/sdk";
import { useAnnounce } from "../../components/announcer";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { useResolveIncident, useWithdrawIncident } from "./incident-queries";

export type IncidentAction = "withdraw" | "resolve";

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
};

/** Asks before withdrawing or resolving an incident, then runs the mutation and says what happened. */
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
  const copy = pending ? COPY[pending.action] : null;

  const confirm = async () => {
    if (!pending) return;
    const { incident, action } = pending;
    try {
      if (action === "withdraw") {
        const result = await withdraw.mutateAsync(incident.id);
        if (result.userErrors[0]) announce(result.userErrors[0].message, "error");
        else announce(`${incident.number} withdrawn${result.wasRefunded ? ": its incident was refunded" : ""}`);
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
      pending={withdraw.isPending || resolve.isPending}
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
