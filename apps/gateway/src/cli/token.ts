import { DEMO_USERS } from "@support-hub/db";
import { signDevToken } from "../auth";
import { loadConfig } from "../config";

/**
 * `pnpm --silent token <email>`: prints a bearer token for a demo user, signed with the dev secret.
 * Reads the demo seed's fixed ids, so it works while the gateway holds the PGlite data folder.
 */
const email = (process.argv[2] ?? "").trim().toLowerCase();
const config = loadConfig();
const user = Object.values(DEMO_USERS).find((candidate) => candidate.email === email);
if (!user) {
  const known = Object.values(DEMO_USERS)
    .map((candidate) => `  ${candidate.email}`)
    .join("\n");
  process.stderr.write(`Usage: pnpm --silent token <email>\nDemo users:\n${known}\n`);
  process.exit(2);
}
if (!config.auth.devTokens) {
  process.stderr.write("Refusing: tokens are printed only with the built-in dev secret.\n");
  process.exit(2);
}
process.stdout.write(`${await signDevToken(config.auth, user.id)}\n`);
