/**
 * Dev sign-in: asks the gateway's dev endpoint (enabled only with the built-in dev secret) for a
 * demo user's token. This is the one call outside the SDK, because it is not GraphQL data; the
 * secret itself never reaches the browser.
 */
export async function getDevToken(baseUrl: string, email: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email }),
      signal,
    });
  } catch {
    throw new Error("The gateway cannot be reached. Is it running (pnpm dev:console)?");
  }
  if (response.status === 404) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new Error(
      body?.error ? `No demo user ${email} on this gateway.` : "This gateway has no dev sign-in (it runs with a production secret).",
    );
  }
  if (!response.ok) throw new Error(`Sign-in failed (HTTP ${response.status}).`);
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== "string") throw new Error("Sign-in failed: the gateway sent no token.");
  return body.token;
}

/** An account offered by the dev sign-in (`GET /dev/users`): read from the gateway's database, never copied here. */
export interface DevAccount {
  email: string;
  displayName: string;
  /** The organization's name; null for a personal account outside any organization. */
  organization: string | null;
  roles: readonly string[];
  /** What the demo account shows off; null for an account that is not one of the seed's. */
  note: string | null;
}

/** The accounts the gateway's dev sign-in offers, demo users first. */
export async function getDevAccounts(baseUrl: string, signal?: AbortSignal): Promise<DevAccount[]> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/dev/users`, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error("The gateway cannot be reached. Is it running (pnpm dev:console)?");
  }
  if (response.status === 404) throw new Error("This gateway has no dev sign-in (it runs with a production secret).");
  if (!response.ok) throw new Error(`The demo accounts could not be loaded (HTTP ${response.status}).`);
  const body = (await response.json()) as { users?: DevAccount[] };
  return body.users ?? [];
}
