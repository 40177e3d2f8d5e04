import { useCallback, useEffect, useMemo, useState } from "react";
import { getDevToken } from "./api/dev-token";
import { roleLabel } from "./api/format";
import { clientFor, type Session, SessionContext, type Viewer } from "./auth/session";
import { SignIn } from "./auth/SignIn";
import { Announcer } from "./components/announcer";
import { ErrorState, Loading } from "./components/states";
import { ROUTES } from "./routes";

const STORAGE_KEY = "support-hub-console-session";

const read = () => window.location.hash.replace(/^#\/?/, "");

function useHashPath(): [string, (path: string) => void] {
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return [path, (next) => (window.location.hash = `/${next}`)];
}

export function App() {
  const [auth, setAuth] = useState<{ email: string; token: string } | null>(() => {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    return saved ? (JSON.parse(saved) as { email: string; token: string }) : null;
  });
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [signInError, setSignInError] = useState<string | null>(null);
  const client = useMemo(() => (auth ? clientFor(auth.token) : null), [auth]);

  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setAuth(null);
    setViewer(null);
    setError(null);
    window.location.hash = "";
  }, []);

  const refreshViewer = useCallback(async () => {
    if (client) setViewer(await client.viewer());
  }, [client]);

  useEffect(() => {
    if (!client) return;
    setError(null);
    client.viewer().then(setViewer, setError);
  }, [client]);

  const signIn = async (email: string) => {
    setSignInError(null);
    try {
      const token = await getDevToken("", email);
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ email, token }));
      setViewer(null);
      setAuth({ email, token });
      window.location.hash = "";
    } catch (cause) {
      setSignInError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  if (!auth || !client) return <SignIn onSignIn={signIn} error={signInError} />;
  if (error) {
    return (
      <main className="signin" id="main">
        <ErrorState error={error} />
        <button type="button" className="button" onClick={signOut}>
          Back to sign-in
        </button>
      </main>
    );
  }
  if (!viewer) {
    return (
      <main className="signin" id="main">
        <Loading label="Loading your account…" />
      </main>
    );
  }
  const session: Session = { email: auth.email, token: auth.token, client, viewer, refreshViewer, signOut };
  return (
    <SessionContext.Provider value={session}>
      <Announcer>
        <Shell viewer={viewer} signOut={signOut} />
      </Announcer>
    </SessionContext.Provider>
  );
}

function Shell({ viewer, signOut }: { viewer: Viewer; signOut: () => void }) {
  const [path, navigate] = useHashPath();
  const [menuOpen, setMenuOpen] = useState(false);
  const routes = ROUTES.filter((route) => route.visible(viewer));
  const current = routes.find((route) => route.path === path) ?? routes[0]!;
  useEffect(() => {
    document.title = `${current.label} · Support Hub console`;
  }, [current]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Support Hub</span>
        <div className="whoami" data-testid="whoami">
          <span className="whoami-name">{viewer.displayName}</span>
          <span className="whoami-org">{viewer.organization?.name ?? "No organization"}</span>
          <span className="whoami-roles">
            <span className="visually-hidden">Roles: </span>
            {viewer.roles.length > 0 ? (
              viewer.roles.map((role) => (
                <span className="badge" key={role}>
                  {roleLabel(role)}
                </span>
              ))
            ) : (
              <span className="badge badge-muted">No role</span>
            )}
          </span>
        </div>
        <button type="button" className="button small secondary" onClick={signOut}>
          Sign out
        </button>
      </header>
      <nav className="nav" aria-label="Console">
        <button
          type="button"
          className="nav-toggle"
          aria-expanded={menuOpen}
          aria-controls="nav-list"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu: {current.label}
        </button>
        <ul id="nav-list" className={menuOpen ? "open" : undefined}>
          {routes.map((route) => (
            <li key={route.path}>
              <a
                href={`#/${route.path}`}
                aria-current={route === current ? "page" : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  setMenuOpen(false);
                  navigate(route.path);
                }}
              >
                {route.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="main">
        <div key={current.path}>{current.render()}</div>
      </main>
    </div>
  );
}
