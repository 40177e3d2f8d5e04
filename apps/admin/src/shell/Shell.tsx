import { Link, Outlet, useLocation } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { roleLabel } from "../api/format";
import { isCspOnly, useSession } from "../auth/session";
import { Page } from "../components/page";
import { NotAuthorized } from "../components/states";
import { screenAt, visibleScreens } from "./screens";

/** Header, navigation of the screens this viewer can use, and the current screen. */
export function Shell() {
  const { viewer, signOut } = useSession();
  const pathname = useLocation({ select: (location) => location.pathname });
  const [menuOpen, setMenuOpen] = useState(false);
  const screens = visibleScreens(viewer);
  const current = screenAt(pathname);
  const allowed = current ? current.visible(viewer) : true;
  useEffect(() => {
    document.title = `${current?.label ?? "Support Hub"} · Support Hub console`;
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
          Menu: {current?.label ?? "Support Hub"}
        </button>
        <ul id="nav-list" className={menuOpen ? "open" : undefined}>
          {screens.map((screen) => (
            <li key={screen.path}>
              <Link to={screen.path} onClick={() => setMenuOpen(false)} activeProps={{ "aria-current": "page" }}>
                {screen.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="main">
        {allowed ? <Outlet /> : <Unavailable cspOnly={isCspOnly(viewer)} />}
      </main>
    </div>
  );
}

/** A screen reached by its address that this account cannot use: said plainly, not attempted. */
function Unavailable({ cspOnly }: { cspOnly: boolean }) {
  return (
    <Page title="Not available">
      {cspOnly ? (
        <NotAuthorized message="You are not authorized for this action." />
      ) : (
        <p>This screen is not available to your account. Pick one from the navigation.</p>
      )}
    </Page>
  );
}

export function NotFound() {
  return (
    <Page title="Page not found">
      <p>
        There is no screen at this address. <Link to="/">Go to the start page</Link>.
      </p>
    </Page>
  );
}
