import http from "node:http";
import type { Express } from "express";
import type { GatewayConfig } from "../config";

/**
 * The HTTP server, with explicit timeouts instead of Node's defaults (a minute for headers, five
 * for a request): a client that sends its headers or its body slowly (slowloris) is disconnected
 * after `headersMs` / `requestMs`, so a few hundred such sockets cannot hold the process's memory
 * and file descriptors. Node checks those deadlines every `connectionsCheckingInterval` (30 s by
 * default, longer than the timeouts themselves): it is tightened to match.
 */
export function createHttpServer(app: Express, timeouts: GatewayConfig["httpTimeouts"]): http.Server {
  const server = http.createServer(
    {
      connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
    },
    app,
  );
  // Idle keep-alive sockets close after this; behind a balancer it must exceed the balancer's idle timeout.
  server.keepAliveTimeout = timeouts.keepAliveMs;
  return server;
}
