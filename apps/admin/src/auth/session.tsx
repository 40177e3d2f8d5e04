import { createSupportHubClient, type SupportHubClient, type ViewerResult } from "@support-hub/sdk";
import { createContext, useContext } from "react";

export type Viewer = ViewerResult;

export interface Session {
  email: string;
  token: string;
  client: SupportHubClient;
  viewer: Viewer;
  /** Re-reads the viewer (e.g. after linking a contract or a role change). */
  refreshViewer: () => Promise<void>;
  signOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() outside a signed-in session");
  return session;
}

/** Same origin: the Vite server (dev) or any reverse proxy forwards /graphql to the gateway. */
export function clientFor(token: string): SupportHubClient {
  return createSupportHubClient({ url: "/graphql", getToken: () => token, timeoutMs: 15_000 });
}
