import { useState } from "react";
import { useAnnounce } from "../../components/announcer";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { CopyButton } from "../../components/copy-button";
import { FormErrors } from "../../components/fields";
import { Card } from "../../components/page";
import { useRotateAccessId } from "./linked-accounts-queries";

/**
 * Rotation of the organization's Access ID (one for all its contracts), behind a confirmation. The
 * new ID is shown here at once with a copy button (the Activation screen shows the current one too); never put in the URL.
 */
export function RotateAccessIdCard() {
  const announce = useAnnounce();
  const rotate = useRotateAccessId();
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [rotated, setRotated] = useState<{ accessId: string; kept: number } | null>(null);

  const confirm = async () => {
    try {
      const result = await rotate.mutateAsync(undefined);
      if (result.userErrors.length > 0 || !result.accessId) {
        setErrors(result.userErrors.map((error) => error.message));
      } else {
        setErrors([]);
        setRotated({ accessId: result.accessId, kept: result.linkedAccountCount ?? 0 });
        announce("New Access ID issued: copy it now");
      }
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    }
    setConfirming(false);
  };

  return (
    <Card title="Access ID" id="access-id-title">
      <p>
        One Access ID serves all your support contracts. If it reached someone who should not have it, issue a new one: the Contract ID
        stays the same.
      </p>
      <FormErrors messages={errors} />
      {rotated ? (
        <div className="notice notice-success" data-testid="new-access-id">
          <p>
            <strong>Your new Access ID.</strong> Copy it now and share it only with accounts that should link.
          </p>
          <p className="access-id-row">
            <code>{rotated.accessId}</code> <CopyButton value={rotated.accessId} label="new Access ID" />
          </p>
          <p className="muted small">
            {rotated.kept === 1 ? "1 account stays linked" : `${rotated.kept} accounts stay linked`}: unlink any that should not.
          </p>
        </div>
      ) : null}
      <button type="button" className="button secondary" onClick={() => setConfirming(true)} disabled={rotate.isPending}>
        Rotate Access ID
      </button>
      <ConfirmDialog
        open={confirming}
        title="Rotate the Access ID?"
        confirmLabel="Issue a new Access ID"
        pending={rotate.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        <p>A new Access ID replaces the current one for all your support contracts; the Contract ID stays.</p>
        <ul>
          <li>Accounts already linked keep working. Unlink them one by one if they should not.</li>
          <li>The old Access ID and Contract ID no longer link anyone new.</li>
          <li>The new Access ID appears here at once, with a copy button. Give it only to accounts that should link.</li>
        </ul>
      </ConfirmDialog>
    </Card>
  );
}
