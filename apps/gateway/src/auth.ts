import { createSecretKey } from "node:crypto";
import { LRUCache } from "lru-cache";
import { SignJWT, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from "jose";
import type { GatewayConfig } from "./config";
import { unauthenticated } from "./errors";

/** What a verified token tells us: only who the caller is. Roles come from the database per request. */
export interface TokenClaims {
  userId: string;
}

export interface TokenVerifier {
  verify(token: string): Promise<TokenClaims>;
}

/**
 * jose verifies signature, `exp`, `nbf`, issuer and audience, and refuses `alg: none`
 * because we pin the accepted algorithms. A token must carry `exp` (one without it would be valid
 * forever) and an `iat` no older than the configured maximum age, whatever its `exp` says.
 */
export function createTokenVerifier(auth: GatewayConfig["auth"]): TokenVerifier {
  // A KeyObject made once: given raw bytes, jose would import the key again on every request.
  const secret = createSecretKey(Buffer.from(auth.jwtSecret, "utf8"));
  const jwks: JWTVerifyGetKey | undefined = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const options = {
    issuer: auth.issuer,
    audience: auth.audience,
    algorithms: jwks ? ["RS256", "ES256", "PS256"] : ["HS256"],
    clockTolerance: 5,
    requiredClaims: ["exp", "iat"],
    maxTokenAge: auth.maxTokenAgeSeconds,
  };
  // Verified tokens, until they expire (`exp`, or `iat` + the maximum age, whichever is first; no
  // clock tolerance): a client sends the same token with every request, and verifying its
  // signature and claims again cost about as much as answering from the response cache. Only
  // successful verifications are kept; the key is the whole token, signature included.
  const verified = new LRUCache<string, { claims: TokenClaims; validUntilMs: number }>({ max: 10_000 });
  return {
    async verify(token) {
      const hit = verified.get(token);
      if (hit) {
        if (Date.now() < hit.validUntilMs) return hit.claims;
        verified.delete(token);
      }
      try {
        const { payload } = jwks ? await jwtVerify(token, jwks, options) : await jwtVerify(token, secret, options);
        if (typeof payload.sub !== "string" || payload.sub.length === 0) throw unauthenticated("Token has no subject");
        const claims = { userId: payload.sub };
        const validUntilMs = Math.min((payload.exp ?? 0) * 1000, ((payload.iat ?? 0) + auth.maxTokenAgeSeconds) * 1000);
        if (validUntilMs > Date.now()) verified.set(token, { claims, validUntilMs });
        return claims;
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired) {
          throw unauthenticated(error.claim === "iat" ? "Token is older than the maximum token age" : "Token has expired");
        }
        if (error instanceof joseErrors.JWTClaimValidationFailed && error.reason === "missing") {
          throw unauthenticated(`Token must carry the "${error.claim}" claim`);
        }
        if (error instanceof joseErrors.JWTClaimValidationFailed) {
          throw unauthenticated(`Token claim "${error.claim}" is not valid`);
        }
        if (error instanceof joseErrors.JOSEError) throw unauthenticated("Token is not valid");
        throw error;
      }
    },
  };
}

/** Signs a short-lived HS256 token for a user id (dev secret only: used by `pnpm token` and tests). */
export async function signDevToken(
  auth: GatewayConfig["auth"],
  userId: string,
  options: { expiresIn?: string; notBefore?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "12h");
  if (options.notBefore) jwt = jwt.setNotBefore(options.notBefore);
  return jwt.sign(new TextEncoder().encode(auth.jwtSecret));
}

/** Extracts the bearer token from an Authorization header; a malformed header is an authentication failure. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const match = /^Bearer\s+([A-Za-z0-9\-_.]+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('Authorization header must be "Bearer <token>"');
  return match[1];
}
