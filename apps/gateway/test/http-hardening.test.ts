/**
 * The HTTP layer around GraphQL: slow clients are disconnected (explicit server timeouts), unknown
 * paths answer JSON, every 429/503 has Retry-After, and X-Forwarded-For names the client only when
 * TRUST_PROXY trusts the hop it came through.
 */
import net from "node:net";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { DEFAULT_RETRY_AFTER_SECONDS, retryAfterOnRefusals } from "../src/http/retry-after";
import { applyTrustProxy } from "../src/http/trust-proxy";
import { startTestGateway, type TestGateway } from "./support/test-gateway";

const LINK = `mutation ($input: LinkSupportContractInput!) { linkSupportContract(input: $input) { userErrors { code } } }`;
const WRONG_PAIR = { input: { accessId: "AID-WRNG-0000-0001", contractNumber: "CID-WRNG-0000-0001" } };

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({
    env: { HTTP_HEADERS_TIMEOUT_MS: "1000", HTTP_REQUEST_TIMEOUT_MS: "2000", HTTP_KEEP_ALIVE_TIMEOUT_MS: "500" },
  });
});
afterAll(() => gateway?.stop());

/**
 * A raw socket that sends a request's first bytes, then one more line every 200 ms for a minute
 * (headers, or body bytes once `body` is set). Resolves with how long the server kept it open.
 */
function slowClient(port: number, opening: string): Promise<{ openMs: number; answer: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let answer = "";
    const socket = net.connect(port, "127.0.0.1", () => socket.write(opening));
    const drip = setInterval(() => {
      if (Date.now() - started > 60_000) socket.end();
      else if (!socket.destroyed) socket.write(opening.includes("\r\n\r\n") ? "x" : "x-slow: 1\r\n");
    }, 200);
    socket.on("data", (chunk) => {
      answer += chunk.toString();
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      clearInterval(drip);
      resolve({ openMs: Date.now() - started, answer });
    });
  });
}

describe("server timeouts", () => {
  it("disconnects 20 slowloris clients that trickle their headers, and keeps serving others", async () => {
    const port = Number(new URL(gateway.url).port);
    const clients = Array.from({ length: 20 }, () => slowClient(port, "POST /graphql HTTP/1.1\r\nHost: localhost\r\n"));
    const meanwhile = await fetch(`${gateway.url}/healthz`);
    expect(meanwhile.status).toBe(200);
    const results = await Promise.all(clients);
    for (const { openMs, answer } of results) {
      // They meant to keep going for a minute: the server ended it after the headers timeout.
      expect(openMs).toBeLessThan(15_000);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    }
  });

  it("disconnects a client that sends its headers but trickles the body (request timeout)", async () => {
    const port = Number(new URL(gateway.url).port);
    const opening = "POST /graphql HTTP/1.1\r\nHost: localhost\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n";
    const { openMs } = await slowClient(port, opening);
    expect(openMs).toBeLessThan(15_000);
  });

  it("closes an idle keep-alive connection after the keep-alive timeout", async () => {
    const port = Number(new URL(gateway.url).port);
    const started = Date.now();
    const closed = await new Promise<{ answer: string }>((resolve) => {
      let answer = "";
      const socket = net.connect(port, "127.0.0.1", () =>
        socket.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n"),
      );
      socket.on("data", (chunk) => {
        answer += chunk.toString();
      });
      socket.on("close", () => resolve({ answer }));
    });
    expect(closed.answer).toMatch(/^HTTP\/1\.1 200/);
    // Node's default would keep it for 5 s; this gateway is configured for 0.5 s.
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it("refuses a request deadline shorter than the headers deadline at startup", () => {
    expect(() => loadConfig({ NODE_ENV: "test", HTTP_HEADERS_TIMEOUT_MS: "5000", HTTP_REQUEST_TIMEOUT_MS: "1000" })).toThrow(
      /HTTP_REQUEST_TIMEOUT_MS/,
    );
  });
});

describe("unknown paths", () => {
  it.each([
    ["GET", "/nope"],
    ["POST", "/graphql-typo"],
    ["GET", "/healthz/extra"],
  ])("%s %s answers a JSON 404 with NOT_FOUND and the request id", async (method, path) => {
    const response = await fetch(`${gateway.url}${path}`, { method, headers: { "x-request-id": "lost-1" } });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { errors: Array<{ extensions: unknown }> };
    expect(body.errors[0]?.extensions).toEqual({ code: "NOT_FOUND", requestId: "lost-1" });
  });
});

describe("Retry-After", () => {
  let server: import("node:http").Server;
  let base: string;
  beforeAll(async () => {
    const app = express();
    app.use(retryAfterOnRefusals);
    app.get("/busy", (_req, res) => void res.status(503).json({}));
    app.get("/throttled", (_req, res) => void res.status(429).setHeader("retry-after", "42").json({}));
    app.get("/fine", (_req, res) => void res.json({}));
    app.get("/raw", (_req, res) => {
      res.writeHead(503);
      res.end();
    });
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("fills in a default on any 429/503 that has none, keeps a producer's own value, adds nothing elsewhere", async () => {
    const header = async (path: string) => (await fetch(`${base}${path}`)).headers.get("retry-after");
    expect(await header("/busy")).toBe(String(DEFAULT_RETRY_AFTER_SECONDS));
    expect(await header("/raw")).toBe(String(DEFAULT_RETRY_AFTER_SECONDS));
    expect(await header("/throttled")).toBe("42");
    expect(await header("/fine")).toBeNull();
  });
});

describe("TRUST_PROXY", () => {
  const addressesThrottled = async (target: TestGateway) =>
    (await target.database.db.selectFrom("rateLimitBuckets").select("key").where("key", "like", "link-contract:address:%").execute())
      .map((row) => row.key.replace("link-contract:address:", ""))
      .sort();

  it("by default X-Forwarded-For is ignored: the throttle sees the connecting address", async () => {
    const forged = await gateway.gql(LINK, WRONG_PAIR, { as: "fabrikamGlobalAdmin", headers: { "x-forwarded-for": "203.0.113.7" } });
    expect(forged.data?.linkSupportContract.userErrors[0].code).toBe("INVALID_PAIR");
    expect(await addressesThrottled(gateway)).toEqual(["127.0.0.1"]);
  });

  it("trusting the loopback balancer, each client behind it is throttled on its own address", async () => {
    const behindProxy = await startTestGateway({ env: { TRUST_PROXY: "loopback" } });
    try {
      for (const client of ["203.0.113.7", "198.51.100.9"]) {
        const response = await behindProxy.gql(LINK, WRONG_PAIR, {
          as: "fabrikamGlobalAdmin",
          // A client-supplied first entry is not trusted past the hop that appended the real one.
          headers: { "x-forwarded-for": `10.6.6.6, ${client}` },
        });
        expect(response.data?.linkSupportContract.userErrors[0].code).toBe("INVALID_PAIR");
      }
      expect(await addressesThrottled(behindProxy)).toEqual(["198.51.100.9", "203.0.113.7"]);
    } finally {
      await behindProxy.stop();
    }
  });

  it("reads Express's trust proxy values, and refuses an invalid one", () => {
    const trust = (value: string) => loadConfig({ NODE_ENV: "test", TRUST_PROXY: value }).trustProxy;
    expect(trust("")).toBe(false);
    expect(trust("false")).toBe(false);
    expect(trust("TRUE")).toBe(true);
    expect(trust("2")).toBe(2);
    expect(trust("loopback, 10.0.0.0/8")).toBe("loopback, 10.0.0.0/8");
    expect(() => applyTrustProxy(express(), trust("not-an-address"))).toThrow(/TRUST_PROXY "not-an-address"/);
  });
});
