import { AuthenticationError, ForbiddenError, NetworkError, SupportHubError } from "@support-hub/sdk";
import type { ReactNode } from "react";

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty" role="status">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** The dedicated page for a CSP-only account (ForbiddenError with code NOT_AUTHORIZED). */
export function NotAuthorized({ message }: { message: string }) {
  return (
    <section className="state state-forbidden" role="alert" aria-labelledby="not-authorized-title" data-testid="not-authorized">
      <h2 id="not-authorized-title">Not authorized</h2>
      <p>{message}</p>
      <p className="muted">
        Technical benefits are for program-associated accounts. Ask your organization's Global Admin to associate your account with the
        partner program.
      </p>
    </section>
  );
}

/** Renders any error from the SDK in words a user can act on. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ForbiddenError && error.code === "NOT_AUTHORIZED") return <NotAuthorized message={error.message} />;
  let title = "Something went wrong";
  let detail = error instanceof Error ? error.message : String(error);
  if (error instanceof ForbiddenError) title = "You don't have access to this";
  else if (error instanceof AuthenticationError) title = "Your session has ended — sign in again";
  else if (error instanceof NetworkError) title = "The gateway cannot be reached";
  else if (error instanceof SupportHubError && error.requestId) detail = `${detail} (request ${error.requestId})`;
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <p>{detail}</p>
      {onRetry ? (
        <button type="button" className="button secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
