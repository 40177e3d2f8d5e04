import type { LinkedAccountFieldsFragment } from "@support-hub/sdk";
import { useState } from "react";
import { useAnnounce } from "../../components/announcer";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { FormErrors } from "../../components/fields";
import { useUnlinkAccount } from "./linked-accounts-queries";

export interface PendingUnlink {
  supportContractId: string;
  contractLabel: string;
  account: LinkedAccountFieldsFragment;
  user: NonNullable<LinkedAccountFieldsFragment["user"]>;
}

/** Asks before removing one account's link; a refusal (userErrors) stays in the dialog, in words. */
export function ConfirmUnlink({ pending, onDone }: { pending: PendingUnlink | null; onDone: () => void }) {
  const announce = useAnnounce();
  const unlink = useUnlinkAccount();
  const [errors, setErrors] = useState<string[]>([]);
  const close = () => {
    setErrors([]);
    onDone();
  };

  const confirm = async () => {
    if (!pending) return;
    try {
      const result = await unlink.mutateAsync({ supportContractId: pending.supportContractId, userId: pending.user.id });
      if (result.userErrors.length > 0) return setErrors(result.userErrors.map((error) => error.message));
      announce(`${pending.user.displayName} unlinked from ${pending.contractLabel.toLowerCase()}`);
      close();
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <ConfirmDialog
      open={pending !== null}
      title={pending ? `Unlink ${pending.user.displayName}?` : ""}
      confirmLabel="Unlink account"
      pending={unlink.isPending}
      onConfirm={confirm}
      onCancel={close}
    >
      <p>
        <strong>{pending?.user.email}</strong> can no longer open incidents on {pending?.contractLabel.toLowerCase()}. Incidents it already
        opened stay.
      </p>
      <p>It can link again with the current Access ID and Contract ID: rotate the Access ID too to keep it out.</p>
      <FormErrors messages={errors} />
    </ConfirmDialog>
  );
}
