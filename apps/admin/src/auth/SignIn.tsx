import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { getDevAccounts } from "../api/dev-token";
import { roleLabel } from "../api/format";
import { ErrorState, Loading } from "../components/states";

/** Picker of the seed's demo users, listed and signed in by the gateway's dev endpoints. */
export function SignIn({ onSignIn, error }: { onSignIn: (email: string) => Promise<void>; error: string | null }) {
  const [pending, setPending] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const accounts = useQuery({ queryKey: ["devAccounts"], queryFn: ({ signal }) => getDevAccounts("", signal) });
  useEffect(() => heading.current?.focus(), []);

  const signIn = async (email: string) => {
    setPending(email);
    try {
      await onSignIn(email);
    } finally {
      setPending(null);
    }
  };

  return (
    <main className="signin" id="main">
      <h1 ref={heading} tabIndex={-1}>
        Sign in to Support Hub
      </h1>
      <p className="intro">
        Pick a demo account. Each one shows a different rule of the partner program: activation, linking, exhausted contracts, CSP
        customers, the empty state and more.
      </p>
      {error ? (
        <p className="form-errors" role="alert">
          {error}
        </p>
      ) : null}
      {pending ? (
        <p role="status" className="muted">
          Signing in as {pending}…
        </p>
      ) : null}
      {accounts.isPending ? <Loading label="Loading the demo accounts…" /> : null}
      {accounts.status === "error" ? <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} /> : null}
      <ul className="account-list" aria-label="Demo accounts">
        {(accounts.data ?? []).map((account) => (
          <li key={account.email}>
            <button
              type="button"
              className="account"
              onClick={() => signIn(account.email)}
              disabled={pending !== null}
              aria-describedby={`acct-${account.email.replace(/\W/g, "-")}`}
            >
              <span className="account-name">{account.displayName}</span>
              <span className="account-email">{account.email}</span>
              <span className="account-meta" id={`acct-${account.email.replace(/\W/g, "-")}`}>
                <span className="org">{account.organization ?? "No organization (MSA)"}</span>
                {account.roles.length > 0 ? (
                  account.roles.map((role) => (
                    <span className="badge" key={role}>
                      {roleLabel(role)}
                    </span>
                  ))
                ) : (
                  <span className="badge badge-muted">No role</span>
                )}
                {account.note ? <span className="note">{account.note}</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
