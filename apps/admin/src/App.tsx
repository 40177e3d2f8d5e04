import type { SupportHubClient } from "@support-hub/sdk";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { useCallback, useMemo, useState } from "react";
import { getDevToken } from "./api/dev-token";
import { sdkKey } from "./api/sdk-query";
import { clientFor, ClientContext, type Session, SessionContext, type Viewer } from "./auth/session";
import { SignIn } from "./auth/SignIn";
import { Announcer } from "./components/announcer";
import { ErrorState, Loading } from "./components/states";
import { createAppRouter } from "./router";

const STORAGE_KEY = "support-hub-console-session";
type Auth = { email: string; token: string };

export function App() {
  const queryClient = useQueryClient();
  const [auth, setAuth] = useState<Auth | null>(() => {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    return saved ? (JSON.parse(saved) as Auth) : null;
  });
  const [signInError, setSignInError] = useState<string | null>(null);
  const client = useMemo(() => (auth ? clientFor(auth.token) : null), [auth]);

  // Each account starts from an empty cache: nothing one user read is shown to the next.
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    queryClient.clear();
    window.history.replaceState(null, "", "/");
    setAuth(null);
  }, [queryClient]);

  const signIn = async (email: string) => {
    setSignInError(null);
    try {
      const token = await getDevToken("", email);
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ email, token }));
      queryClient.clear();
      setAuth({ email, token });
    } catch (cause) {
      setSignInError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  if (!auth || !client) return <SignIn onSignIn={signIn} error={signInError} />;
  return (
    <ClientContext.Provider value={client}>
      <SignedIn email={auth.email} client={client} signOut={signOut} />
    </ClientContext.Provider>
  );
}

function SignedIn({ email, client, signOut }: { email: string; client: SupportHubClient; signOut: () => void }) {
  const viewer = useQuery({ queryKey: sdkKey("viewer"), queryFn: ({ signal }) => client.viewer({ signal }) });
  if (viewer.error && !viewer.data) {
    return (
      <main className="signin" id="main">
        <ErrorState error={viewer.error} />
        <button type="button" className="button" onClick={signOut}>
          Back to sign-in
        </button>
      </main>
    );
  }
  if (!viewer.data) {
    return (
      <main className="signin" id="main">
        <Loading label="Loading your account…" />
      </main>
    );
  }
  return <Console session={{ email, client, viewer: viewer.data, signOut }} />;
}

function Console({ session }: { session: Session }) {
  const [router] = useState(() => createAppRouter(session.viewer));
  return (
    <SessionContext.Provider value={session}>
      <Announcer>
        <RouterProvider router={router} context={{ viewer: session.viewer satisfies Viewer }} />
      </Announcer>
    </SessionContext.Provider>
  );
}
