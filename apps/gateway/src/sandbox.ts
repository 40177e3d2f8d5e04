import type { GatewayConfig } from "./config";
import { signDevToken } from "./auth";
import type { AppDatabase } from "./database";
import { findUserIdByEmail } from "./users/user.queries";

/** The demo admin whose token the Sandbox opens with. */
export const SANDBOX_DEMO_EMAIL = "alice.admin@contoso.example";

const EXAMPLE_OPERATIONS = `# Welcome to Support Hub. You are signed in as a demo Global Admin of Contoso
# (see the Authorization header below). Run a query with the play button.

query Viewer {
  viewer {
    displayName
    email
    roles
    organization { id name cspRelationship }
  }
}
`;

/** Opens Apollo Sandbox with example operations and, in dev, a ready Authorization header. */
export async function sandboxInitialState(config: GatewayConfig, database: AppDatabase) {
  const headers: Record<string, string> = {};
  if (config.auth.devTokens) {
    const userId = await findUserIdByEmail(database.db, SANDBOX_DEMO_EMAIL).catch(() => undefined);
    if (userId) headers.Authorization = `Bearer ${await signDevToken(config.auth, userId, { expiresIn: "30d" })}`;
  }
  return { document: EXAMPLE_OPERATIONS, headers };
}
