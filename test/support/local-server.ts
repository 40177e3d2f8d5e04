import http from "node:http";
import type { AddressInfo } from "node:net";

/** A real HTTP server on 127.0.0.1 whose answers a test scripts, to produce transport failures. */
export async function startScriptedServer(
  handler: (request: http.IncomingMessage, response: http.ServerResponse, hit: number) => void,
): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((request, response) => {
    hits += 1;
    request.resume();
    request.on("end", () => handler(request, response, hits));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port that was free a moment ago (the OS picks it; nothing listens on it now). */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A free port with nothing listening on it. */
export async function closedPortUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}/graphql`;
}

export function json(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}
