import type { JSX } from "react";
import type { LinkedAccountFieldsFragment } from "@support-hub/sdk";
import { useState } from "react";
import { countOf, formatDateTime, formatTerm, humanize } from "../../api/format";
import { useSession } from "../../auth/session";
import { Page } from "../../components/page";
import { Empty, ErrorState, Loading } from "../../components/states";
import { ConfirmUnlink, type PendingUnlink } from "./ConfirmUnlink";
import { useOrganizationLinkedAccounts } from "./linked-accounts-queries";
import { RotateAccessIdCard } from "./RotateAccessIdCard";

const KIND_LABELS: Record<string, string> = { AAD: "Work account", MSA: "Personal account" };
const contractLabel = (kind: string) => (kind === "ON_PREMISES" ? "On-premises support" : "Cloud support");

/** Global Admins and MPN Partner Admins: who linked each support contract, unlink one, rotate the Access ID. */
export function LinkedAccountsPage(): JSX.Element {
  const { viewer } = useSession();
  const organizationId = viewer.organization?.id ?? "";
  const contracts = useOrganizationLinkedAccounts(organizationId);
  const [pending, setPending] = useState<PendingUnlink | null>(null);

  return (
    <Page
      title="Linked accounts"
      intro="Anyone who enters your Access ID and Contract ID can link a contract and open incidents on it. Check who did, and remove who should not."
    >
      <RotateAccessIdCard />
      {contracts.isPending ? <Loading label="Loading linked accounts…" /> : null}
      {contracts.error ? <ErrorState error={contracts.error} onRetry={() => void contracts.refetch()} /> : null}
      {contracts.data?.length === 0 ? (
        <Empty title="No support contracts yet">
          <p>They are created when the technical benefits are activated.</p>
        </Empty>
      ) : null}
      {contracts.data?.map((contract) => {
        const accounts = contract.linkedAccounts?.nodes ?? [];
        const total = contract.linkedAccounts?.totalCount ?? 0;
        const headingId = `contract-${contract.id}`;
        return (
          <section key={contract.id} className="card" aria-labelledby={headingId} data-testid="linked-contract" data-kind={contract.kind}>
            <h2 id={headingId}>
              {contractLabel(contract.kind)} <span className="muted small">{formatTerm(contract.startsOn, contract.endsOn)}</span>
            </h2>
            <p className="muted">
              <span className={`badge state-${contract.state.toLowerCase()}`}>{humanize(contract.state)}</span>{" "}
              {countOf(total, "linked account")}
              {total > accounts.length ? ` (the first ${accounts.length} shown)` : ""}
            </p>
            {accounts.length === 0 ? (
              <p className="muted">Nobody has linked this contract.</p>
            ) : (
              <LinkedAccountsTable
                accounts={accounts}
                caption={`Accounts linked to ${contractLabel(contract.kind).toLowerCase()}`}
                onUnlink={(account) =>
                  account.user &&
                  setPending({ supportContractId: contract.id, contractLabel: contractLabel(contract.kind), account, user: account.user })
                }
                busyUserId={pending?.supportContractId === contract.id ? pending.user.id : null}
              />
            )}
          </section>
        );
      })}
      <ConfirmUnlink pending={pending} onDone={() => setPending(null)} />
    </Page>
  );
}

function LinkedAccountsTable({
  accounts,
  caption,
  onUnlink,
  busyUserId,
}: {
  accounts: readonly LinkedAccountFieldsFragment[];
  caption: string;
  onUnlink: (account: LinkedAccountFieldsFragment) => void;
  busyUserId: string | null;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to scroll by keyboard (axe: scrollable-region-focusable)
    <div className="table-wrap" tabIndex={0}>
      <table className="linked-accounts">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Kind</th>
            <th scope="col">Linked since</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.user?.id ?? account.linkedAt} data-testid="linked-account" data-email={account.user?.email ?? ""}>
              <th scope="row">
                {account.user ? (
                  <>
                    <strong>{account.user.displayName}</strong>
                    <br />
                    <span className="muted small">{account.user.email}</span>
                  </>
                ) : (
                  <span className="muted">A deleted account</span>
                )}
              </th>
              <td>
                {KIND_LABELS[account.accountKind] ?? humanize(account.accountKind)}
                <br />
                {account.isOutsideOrganization ? (
                  <span className="badge badge-outside">Outside your organization</span>
                ) : (
                  <span className="muted small">Your organization</span>
                )}
              </td>
              <td className="nowrap" data-label="Linked since">
                {formatDateTime(account.linkedAt)}
              </td>
              <td>
                {account.user ? (
                  <button
                    type="button"
                    className="button small secondary"
                    disabled={busyUserId === account.user.id}
                    onClick={() => onUnlink(account)}
                    aria-label={`Unlink ${account.user.displayName}`}
                  >
                    Unlink
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
