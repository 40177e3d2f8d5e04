/**
 * The machine's ceiling: a bare node:http server answering every POST with the captured dashboard
 * response (pre-serialized JSON). Run as a child process by `run.ts`.
 */
import { readFileSync } from "node:fs";
import http from "node:http";

const port = Number(process.env.BASELINE_PORT);
const body = readFileSync(String(process.env.BASELINE_RESPONSE_FILE));

const server = http.createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    response.end(body);
  });
});
server.listen(port, "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
