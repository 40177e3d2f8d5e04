import { afterEach, describe, expect, it, vi } from "vitest";
import { createTokenVerifier, signDevToken } from "../src/auth";
import { loadConfig } from "../src/config";

// Verified tokens are remembered until they expire: the cache must never extend a token's life
// nor accept a token it did not verify.
const auth = loadConfig({ JWT_SECRET: "token-cache-test-secret-0123456789abcdef", NODE_ENV: "test" }).auth;
const userId = "20000000-0000-4000-8000-000000000002";

afterEach(() => {
  vi.useRealTimers();
});

describe("verified-token cache", () => {
  it("answers a repeated token, and refuses it once expired (beyond the clock tolerance)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-30T12:00:00Z"));
    const verifier = createTokenVerifier(auth);
    const token = await signDevToken(auth, userId, { expiresIn: "60s" });
    expect(await verifier.verify(token)).toEqual({ userId });
    expect(await verifier.verify(token)).toEqual({ userId });
    vi.setSystemTime(new Date("2026-11-30T12:01:10Z")); // exp + 10 s
    await expect(verifier.verify(token)).rejects.toThrow("Token has expired");
  });

  it("keys on the whole token: a tampered signature of a cached token is refused", async () => {
    const verifier = createTokenVerifier(auth);
    const token = await signDevToken(auth, userId);
    await verifier.verify(token);
    // A character inside the signature (the last one may only carry padding bits).
    const at = token.length - 5;
    const other = token[at] === "A" ? "B" : "A";
    await expect(verifier.verify(`${token.slice(0, at)}${other}${token.slice(at + 1)}`)).rejects.toThrow("Token is not valid");
  });
});
