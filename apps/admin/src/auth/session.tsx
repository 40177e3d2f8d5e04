import { createSupportHubClient, type SupportHubClient, type ViewerResult } from "@support-hub/sdk";
import { createContext, useContext } from "react";

export type Viewer = ViewerResult;

/** The signed-in account: its client, and the viewer read through the shared cache (key ["viewer"]). */
export interface Session {
  email: string;
  client: SupportHubClient;
  viewer: Viewer;
  signOut: () => void;
}

/** The client alone, available before the viewer has loaded (the viewer is itself a query). */
export const ClientContext = createContext<SupportHubClient | null>(null);
export const SessionContext = createContext<Session | null>(null);

export function useClient(): SupportHubClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error("useClient() outside a signed-in session");
  return client;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() outside a signed-in session");
  return session;
}

/** Same origin: the Vite server (dev) or any reverse proxy forwards /graphql to the gateway. */
export function clientFor(token: string): SupportHubClient {
  return createSupportHubClient({ url: "/graphql", getToken: () => token, timeoutMs: 15_000 });
}

/**
 * A CSP-only account (associated with the Cloud Solution Provider program, not the partner
 * program) gets NOT_AUTHORIZED on the organization's offers, benefits and hours.
 * TODO(api): a `viewer.permissions` flag would say this without the console knowing the rule.
 */
export const isCspOnly = (viewer: Viewer): boolean => viewer.organization !== null && !viewer.isMpnAssociated;
