/** The admin console's dev server (`pnpm dev:console`): allowed by default outside production. */
export const DEV_CONSOLE_ORIGINS = ["http://127.0.0.1:5173", "http://localhost:5173"] as const;

/**
 * Parses `CORS_ORIGINS`: a comma-separated allowlist of exact origins (`scheme://host[:port]`).
 * `*` is refused: every request carries a bearer token, so any origin must be named.
 */
export function parseCorsOrigins(value: string | undefined, fallback: readonly string[]): string[] {
  if (value === undefined) return [...fallback];
  const origins = value
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new Error(`CORS_ORIGINS: "${origin}" is not an origin like https://console.example`);
    }
    if (!["http:", "https:"].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(`CORS_ORIGINS: "${origin}" is not an origin like https://console.example (no path, no trailing slash)`);
    }
  }
  return origins;
}
