import { signDevToken } from "../auth";
import type { GatewayConfig } from "../config";
import type { AppDatabase } from "../database";
import { findUserIdByEmail } from "../users/user.queries";
import { EXAMPLE_OPERATIONS, EXPLORER_DEMO_EMAIL } from "./example-operations";

/** What both explorers open with: the example document and, when allowed, a demo Authorization header. */
export interface ExplorerSession {
  document: string;
  headers: Record<string, string>;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "[::1]", "localhost"]);

/** True when the gateway listens on the loopback interface only, so no other machine can load its pages. */
export function listensOnLoopbackOnly(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.trim().toLowerCase());
}

/**
 * The dev token goes into the served pages only with the built-in dev secret (never in
 * production) and only on loopback: anyone who can load the page could copy the token.
 */
export function mayEmbedDevToken(config: GatewayConfig): boolean {
  return config.auth.devTokens && listensOnLoopbackOnly(config.host);
}

export async function explorerSession(config: GatewayConfig, database: AppDatabase): Promise<ExplorerSession> {
  const headers: Record<string, string> = {};
  if (mayEmbedDevToken(config)) {
    const userId = await findUserIdByEmail(database.db, EXPLORER_DEMO_EMAIL).catch(() => undefined);
    if (userId) headers.Authorization = `Bearer ${await signDevToken(config.auth, userId, { expiresIn: "30d" })}`;
  }
  return { document: EXAMPLE_OPERATIONS, headers };
}
