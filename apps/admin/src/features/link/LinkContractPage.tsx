import type { LinkSupportContractResult } from "@support-hub/sdk";
import { RateLimitedError } from "@support-hub/sdk";
import { type FormEvent, useRef, useState } from "react";
import { formatDateTime } from "../../api/format";
import { useSdkMutation } from "../../api/sdk-query";
import { useSession } from "../../auth/session";
import { useAnnounce } from "../../components/announcer";
import { Field, type FieldErrors, focusFirstInvalid } from "../../components/fields";
import { Page } from "../../components/page";
import { ContractsTable } from "../overview/ContractsTable";

type Result = LinkSupportContractResult;

const CODE_TITLES: Record<string, string> = {
  INVALID_PAIR: "Wrong Access ID or Contract ID",
  CONTRACT_EXPIRED: "This contract has expired",
  NO_INCIDENTS_REMAINING: "This contract has no incidents left",
  CONTRACT_NOT_STARTED: "This contract has not started yet",
};

/** Links an Access ID + Contract ID pair to the signed-in account (once per account). */
export function LinkContractPage() {
  const { viewer } = useSession();
  const link = useSdkMutation("linkSupportContract", (client, input: Parameters<typeof client.linkSupportContract>[0]) =>
    client.linkSupportContract(input),
  );
  const pending = link.isPending;
  const announce = useAnnounce();
  const form = useRef<HTMLFormElement>(null);
  const [accessId, setAccessId] = useState("");
  const [contractId, setContractId] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setResult(null);
    const errors: FieldErrors = {};
    if (!accessId.trim()) errors.accessId = "Enter the Access ID";
    if (!contractId.trim()) errors.contractNumber = "Enter the Contract ID";
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    try {
      const payload = await link.mutateAsync({ accessId: accessId.trim(), contractNumber: contractId.trim() });
      const refusal = payload.userErrors[0];
      if (refusal) {
        setFailure({ title: CODE_TITLES[refusal.code] ?? "The contract could not be linked", message: refusal.message });
        announce(refusal.message, "error");
      } else {
        setResult(payload);
        announce(payload.diagnostic ? "Already linked: nothing more is needed" : "Contract linked to your account");
      }
    } catch (error) {
      const message =
        error instanceof RateLimitedError
          ? `Too many attempts. Try again in ${error.retryAfter ?? 60} seconds.`
          : error instanceof Error
            ? error.message
            : String(error);
      setFailure({ title: "The contract could not be linked", message });
    }
  };

  return (
    <Page
      title="Link a contract"
      intro="Enter the Access ID and Contract ID your organization's admin shared with you. Each account links once."
    >
      <div className="grid">
        <form ref={form} className="card form" onSubmit={submit} noValidate aria-label="Link a contract">
          <Field label="Access ID" error={fieldErrors.accessId} required hint="For example FAB-ACCESS-DEMO-0001">
            {(props) => (
              <input {...props} name="accessId" autoComplete="off" value={accessId} onChange={(e) => setAccessId(e.target.value)} />
            )}
          </Field>
          <Field label="Contract ID" error={fieldErrors.contractNumber} required>
            {(props) => (
              <input {...props} name="contractId" autoComplete="off" value={contractId} onChange={(e) => setContractId(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Linking…" : "Link contract"}
          </button>
        </form>
        <div aria-live="polite">
          {failure ? (
            <div className="state state-error" role="alert" data-testid="link-error">
              <p className="state-title">{failure.title}</p>
              <p>{failure.message}</p>
            </div>
          ) : null}
          {result?.diagnostic ? (
            <div className="notice notice-info" data-testid="link-diagnostic">
              <p className="state-title">Already linked — nothing more is needed</p>
              <p>{result.diagnostic.message}</p>
              {result.diagnostic.firstLinkedAt ? (
                <p className="muted">Linked since {formatDateTime(result.diagnostic.firstLinkedAt)}</p>
              ) : null}
            </div>
          ) : result ? (
            <div className="notice notice-success" data-testid="link-success">
              <p className="state-title">Linked</p>
              <p>Your account can now open support incidents on these contracts.</p>
            </div>
          ) : null}
          {result?.contracts ? (
            <ContractsTable contracts={result.diagnostic?.contracts ?? result.contracts} title="Contracts of this pair" />
          ) : null}
        </div>
      </div>
      {viewer.linkedContracts && viewer.linkedContracts.length > 0 && !result ? (
        <ContractsTable contracts={viewer.linkedContracts} title="Contracts linked to your account" />
      ) : null}
    </Page>
  );
}
