// An integrator's program, compiled in a fresh project against the packed SDK (see tarball.test.ts).
import {
  AbortError,
  createSupportHubClient,
  createSupportHubCore,
  type IncidentsResult,
  TimeoutError,
  type ViewerResult,
  viewer,
} from "@support-hub/sdk";

const url = process.env.SUPPORT_HUB_URL;
if (!url) throw new Error("SUPPORT_HUB_URL is not set");
const client = createSupportHubClient({ url, token: process.env.SUPPORT_HUB_TOKEN });

// Every variable optional: no argument needed.
const me: ViewerResult = await client.viewer();
const page: IncidentsResult = await client.incidents();
const products = await client.products();
const first = products[0]; // noUncheckedIndexedAccess: possibly undefined
const timedOut = await client.incidents({ first: 100 }, { signal: AbortSignal.timeout(1) }).catch((error: unknown) => error);
const controller = new AbortController();
controller.abort();
const aborted = await client.products(undefined, { signal: controller.signal }).catch((error: unknown) => error);
const viaCore = await viewer(createSupportHubCore({ url, token: process.env.SUPPORT_HUB_TOKEN }), { timeoutMs: 5_000 });

console.log(
  JSON.stringify({
    email: me.email,
    incidents: page.totalCount,
    firstProduct: first?.key ?? null,
    timedOut: timedOut instanceof TimeoutError,
    aborted: aborted instanceof AbortError,
    coreEmail: viaCore.email,
  }),
);
