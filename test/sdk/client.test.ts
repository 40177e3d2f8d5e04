import { startTestGateway, type TestGateway } from "@support-hub/gateway/testing";
import {
  AbortError,
  AuthenticationError,
  BadInputError,
  createSupportHubClient,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  QueryTooComplexError,
  RateLimitedError,
  ServerError,
  ServiceUnavailableError,
  SupportHubError,
  TimeoutError,
  type TypedDocument,
} from "@support-hub/sdk";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closedPortUrl, json, startScriptedServer } from "../support/local-server";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

/**
 * A scripted gateway in memory: answers each POST with `answer(hit)`. No sockets, so under fake
 * timers the only timer left is the SDK's own retry wait.
 */
function scriptedFetch(answer: (hit: number) => Response) {
  let hits = 0;
  const fetch = (async () => answer(++hits)) as typeof globalThis.fetch;
  return { fetch, hits: () => hits };
}

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

async function clientAs(user: Parameters<TestGateway["token"]>[0]) {
  return createSupportHubClient({ url: gateway.graphqlUrl, token: await gateway.token(user), retry: false });
}

async function versionId(client: Awaited<ReturnType<typeof clientAs>>, productKey: string, versionName?: string) {
  const products = await client.products();
  const product = products.find((candidate) => candidate.key === productKey);
  const version = versionName ? product?.versions.find((v) => v.name === versionName) : product?.versions[0];
  if (!version) throw new Error(`no version of ${productKey}`);
  return version.id;
}

describe("typed results", () => {
  it("returns the viewer with roles and organization", async () => {
    const client = await clientAs("contosoGlobalAdmin");
    const viewer = await client.viewer();
    expect(viewer.email).toBe("alice.admin@contoso.example");
    expect(viewer.roles).toContain("GLOBAL_ADMIN");
    expect(viewer.organization?.name).toMatch(/Contoso/);
  });

  it("returns business refusals as typed userErrors, not exceptions", async () => {
    const client = await clientAs("fabrikamGlobalAdmin");
    const payload = await client.createSupportIncident({
      productVersionId: await versionId(client, "windows-server"),
      title: "   ",
      description: "Something broke",
      severity: "C",
      contact: { name: "Frank", email: "not-an-email" },
    });
    expect(payload.incident).toBeNull();
    const codes = payload.userErrors.map((error) => `${error.field?.join(".")}:${error.code}`);
    expect(codes).toContain("input.title:FIELD_REQUIRED");
    expect(codes).toContain("input.contact.email:INVALID_EMAIL");
  });

  it("creates an incident idempotently and withdraws it with a refund", async () => {
    const client = await clientAs("fabrikamGlobalAdmin");
    const input = {
      productVersionId: await versionId(client, "windows-server"),
      title: "Cluster node fails to join",
      description: "Node 2 cannot rejoin.",
      severity: "B" as const,
      contact: { name: "Frank Admin", email: "frank.admin@fabrikam.example" },
    };
    const first = await client.createSupportIncident(input, { idempotencyKey: "sdk-test-create-1" });
    expect(first.userErrors).toEqual([]);
    const again = await client.createSupportIncident(input, { idempotencyKey: "sdk-test-create-1" });
    expect(again.incident?.id).toBe(first.incident?.id);
    expect(again.isReplay).toBe(true);
    // The payloads carry the contract charged and refunded, with its count after the change.
    const charged = first.supportContract;
    expect(charged?.id).toBe(first.incident?.supportContract?.id);
    expect(charged?.remainingIncidentCount).not.toBeNull();
    expect(again.supportContract?.remainingIncidentCount).toBe(charged?.remainingIncidentCount);
    const withdrawn = await client.withdrawSupportIncident({ incidentId: first.incident!.id });
    expect(withdrawn.userErrors).toEqual([]);
    expect(withdrawn.incident?.status).toBe("WITHDRAWN");
    expect(withdrawn.wasRefunded).toBe(true);
    expect(withdrawn.supportContract?.id).toBe(charged?.id);
    expect(withdrawn.supportContract?.remainingIncidentCount).toBe((charged?.remainingIncidentCount ?? 0) + 1);
  });
});

describe("pagination", () => {
  it("walks every page of incidents with for await, matching totalCount", async () => {
    const client = await clientAs("northwindGlobalAdmin");
    const firstPage = await client.incidents({ first: 3 });
    expect(firstPage.nodes).toHaveLength(3);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const seen: string[] = [];
    for await (const incident of client.paginateIncidents({ first: 3 })) seen.push(incident.id);
    expect(seen.length).toBe(firstPage.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe("errors from a real gateway", () => {
  it("AuthenticationError for a bad token", async () => {
    const client = createSupportHubClient({ url: gateway.graphqlUrl, token: "not.a.token", retry: false });
    const error = await client.viewer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
  });

  it("ForbiddenError for a missing role, with code NOT_AUTHORIZED for a CSP-only account", async () => {
    const helpdesk = await clientAs("contosoHelpdesk");
    const forbidden = await helpdesk.organizations().catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect((forbidden as ForbiddenError).code).toBe("FORBIDDEN");
    const cspOnly = await clientAs("adatumCspAgent");
    const viewer = await cspOnly.viewer();
    const notAuthorized = await cspOnly.technicalBenefits({ organizationId: viewer.organization!.id }).catch((e: unknown) => e);
    expect(notAuthorized).toBeInstanceOf(ForbiddenError);
    expect((notAuthorized as ForbiddenError).code).toBe("NOT_AUTHORIZED");
  });

  it("another tenant's organization is null, like a missing one; paging its audit log is a NotFoundError", async () => {
    const fabrikam = await clientAs("fabrikamGlobalAdmin");
    const fabrikamId = (await fabrikam.viewer()).organization!.id;
    const contoso = await clientAs("contosoGlobalAdmin");
    expect(await contoso.organization({ id: fabrikamId })).toBeNull();
    expect(await contoso.supportContracts({ organizationId: fabrikamId })).toBeNull();
    const walk = contoso.paginateOrganizationAuditLog({ organizationId: fabrikamId });
    await expect(walk.next()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("BadInputError for a page size over the maximum", async () => {
    const client = await clientAs("contosoGlobalAdmin");
    await expect(client.incidents({ first: 101 })).rejects.toBeInstanceOf(BadInputError);
  });

  it("QueryTooComplexError with the limit for a too-deep query", async () => {
    const client = await clientAs("contosoGlobalAdmin");
    const deep = {
      toString: () =>
        "query Deep { viewer { organization { users { nodes { organization { users { nodes { organization { name } } } } } } } } }",
    } as TypedDocument<unknown, Record<string, never>>;
    const error = await client.request(deep).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTooComplexError);
    expect((error as QueryTooComplexError).limit).toBe("depth");
    expect((error as QueryTooComplexError).max).toBe(8);
  });

  it("RateLimitedError with retryAfter after repeated wrong Access ID guesses", async () => {
    const client = await clientAs("tailspinGlobalAdmin");
    let error: unknown;
    for (let attempt = 0; attempt < 10 && !error; attempt++) {
      const payload = await client
        .linkSupportContract({ accessId: `AID-WRONG-${attempt}`, contractNumber: "CID-WRONG" })
        .catch((e: unknown) => {
          error = e;
          return null;
        });
      if (payload) expect(payload.userErrors[0]?.code).toBe("INVALID_PAIR");
    }
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfter).toBeGreaterThan(0);
  });
});

describe("transport failures, retries and timeouts", () => {
  it("NetworkError when nothing listens", async () => {
    const client = createSupportHubClient({ url: await closedPortUrl(), retry: false });
    await expect(client.viewer()).rejects.toBeInstanceOf(NetworkError);
  });

  it("TimeoutError when the server does not answer in time", async () => {
    const server = await startScriptedServer(() => {
      /* never answers */
    });
    try {
      const client = createSupportHubClient({ url: server.url, timeoutMs: 150, retry: false });
      const error = await client.viewer().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toBeInstanceOf(NetworkError);
    } finally {
      await server.close();
    }
  });

  it("ServerError with the request id for a masked internal error", async () => {
    const server = await startScriptedServer((_req, res) =>
      json(
        res,
        200,
        { data: null, errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] },
        { "x-request-id": "req-42" },
      ),
    );
    try {
      const client = createSupportHubClient({ url: server.url, retry: false });
      const error = await client.viewer().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerError);
      expect((error as ServerError).requestId).toBe("req-42");
    } finally {
      await server.close();
    }
  });

  it("retries a query after 503s and succeeds", async () => {
    const server = await startScriptedServer((_req, res, hit) =>
      hit < 3
        ? json(res, 503, { errors: [{ message: "busy", extensions: { code: "INTERNAL_SERVER_ERROR" } }] })
        : json(res, 200, { data: { viewer: { email: "x@example.com" } } }),
    );
    try {
      const client = createSupportHubClient({ url: server.url, retry: { retries: 3, baseDelayMs: 10 } });
      const viewer = await client.viewer();
      expect(viewer.email).toBe("x@example.com");
      expect(server.hits()).toBe(3);
    } finally {
      await server.close();
    }
  });

  it("honours Retry-After on 429: retries after exactly that wait, not before (fake timers)", async () => {
    const gateway = scriptedFetch((hit) =>
      hit === 1
        ? jsonResponse(429, { errors: [{ message: "slow down", extensions: { code: "RATE_LIMITED" } }] }, { "retry-after": "1" })
        : jsonResponse(200, { data: { viewer: { email: "y@example.com" } } }),
    );
    vi.useFakeTimers();
    try {
      const client = createSupportHubClient({
        url: "http://gateway.test/graphql",
        fetch: gateway.fetch,
        retry: { retries: 1, baseDelayMs: 10 },
      });
      const viewer = client.viewer();
      await vi.advanceTimersByTimeAsync(999);
      expect(gateway.hits()).toBe(1); // not the 10 ms backoff: the server said 1 s
      await vi.advanceTimersByTimeAsync(1);
      expect((await viewer).email).toBe("y@example.com");
      expect(gateway.hits()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("SERVICE_UNAVAILABLE (the gateway's database is away): typed, retried after Retry-After", async () => {
    const unavailable = (res: Parameters<typeof json>[0]) =>
      json(
        res,
        503,
        {
          errors: [
            { message: "The database is temporarily unavailable", extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 1 } },
          ],
        },
        { "retry-after": "1" },
      );
    const gateway = scriptedFetch((hit) =>
      hit === 1
        ? jsonResponse(
            503,
            {
              errors: [
                { message: "The database is temporarily unavailable", extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 1 } },
              ],
            },
            { "retry-after": "1" },
          )
        : jsonResponse(200, { data: { viewer: { email: "z@example.com" } } }),
    );
    vi.useFakeTimers();
    try {
      const client = createSupportHubClient({
        url: "http://gateway.test/graphql",
        fetch: gateway.fetch,
        retry: { retries: 1, baseDelayMs: 10 },
      });
      const viewer = client.viewer();
      await vi.advanceTimersByTimeAsync(999);
      expect(gateway.hits()).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect((await viewer).email).toBe("z@example.com");
      expect(gateway.hits()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
    const down = await startScriptedServer((_req, res) => unavailable(res));
    try {
      const client = createSupportHubClient({ url: down.url, retry: false });
      const error = await client.viewer().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect(error).toBeInstanceOf(ServerError); // code written for ServerError still catches it
      expect((error as ServiceUnavailableError).code).toBe("SERVICE_UNAVAILABLE");
      expect((error as ServiceUnavailableError).retryAfter).toBe(1);
    } finally {
      await down.close();
    }
  });

  it("never retries a mutation without an idempotency key, and retries one with a key", async () => {
    const failing = () =>
      startScriptedServer((_req, res) => json(res, 503, { errors: [{ message: "busy", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }));
    const input = {
      productVersionId: "x",
      title: "t",
      description: "d",
      severity: "C" as const,
      contact: { name: "n", email: "n@example.com" },
    };
    const plain = await failing();
    try {
      const client = createSupportHubClient({ url: plain.url, retry: { retries: 2, baseDelayMs: 5 } });
      await expect(client.createSupportIncident(input)).rejects.toBeInstanceOf(SupportHubError);
      expect(plain.hits()).toBe(1);
    } finally {
      await plain.close();
    }
    const keyed = await failing();
    try {
      const client = createSupportHubClient({ url: keyed.url, retry: { retries: 2, baseDelayMs: 5 } });
      await expect(client.createSupportIncident(input, { idempotencyKey: "k-1" })).rejects.toBeInstanceOf(ServerError);
      expect(keyed.hits()).toBe(3);
    } finally {
      await keyed.close();
    }
  });

  it("cancels with an AbortSignal: the SDK's AbortError, with the platform's reason as cause", async () => {
    const server = await startScriptedServer(() => {
      /* never answers */
    });
    try {
      const client = createSupportHubClient({ url: server.url, timeoutMs: 10_000 });
      const controller = new AbortController();
      const pending = client.viewer({ signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const error = await pending.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AbortError);
      expect(error).toBeInstanceOf(SupportHubError);
      expect((error as AbortError).name).toBe("AbortError");
      expect((error as AbortError).code).toBe("ABORTED");
      expect(((error as AbortError).cause as Error).name).toBe("AbortError");
    } finally {
      await server.close();
    }
  });

  it("maps AbortSignal.timeout() to the SDK's TimeoutError", async () => {
    const server = await startScriptedServer(() => {
      /* never answers */
    });
    try {
      const client = createSupportHubClient({ url: server.url, timeoutMs: 10_000, retry: false });
      const error = await client.incidents({ first: 1 }, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).code).toBe("TIMEOUT");
      expect(((error as TimeoutError).cause as Error).name).toBe("TimeoutError");
    } finally {
      await server.close();
    }
  });

  it("maps a cancel during a retry wait, and a per-call timeoutMs overrides the client's", async () => {
    const server = await startScriptedServer((_req, res) => json(res, 503, { errors: [{ message: "busy" }] }));
    try {
      const client = createSupportHubClient({ url: server.url, retry: { retries: 5, baseDelayMs: 5_000, maxDelayMs: 5_000 } });
      const controller = new AbortController();
      // The wait is drawn at random up to 5 s (full jitter): pinned at half, so it cannot fall under
      // the 100 ms before the cancel (about one run in fifty did, and retried first).
      vi.spyOn(Math, "random").mockReturnValue(0.5);
      const pending = client.products(undefined, { signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      await expect(pending).rejects.toBeInstanceOf(AbortError);
      expect(server.hits()).toBe(1);
    } finally {
      vi.restoreAllMocks();
      await server.close();
    }
    const silent = await startScriptedServer(() => {
      /* never answers */
    });
    try {
      const client = createSupportHubClient({ url: silent.url, timeoutMs: 60_000, retry: false });
      const error = await client.viewer({ timeoutMs: 100 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).message).toMatch(/100 ms/);
    } finally {
      await silent.close();
    }
  });

  it("stops a pagination walk with the SDK's AbortError", async () => {
    const client = await clientAs("northwindGlobalAdmin");
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = async () => {
      for await (const incident of client.paginateIncidents({ first: 2 }, { signal: controller.signal })) {
        seen.push(incident.id);
        controller.abort();
      }
    };
    await expect(walk()).rejects.toBeInstanceOf(AbortError);
    expect(seen.length).toBeGreaterThan(0);
  });
});
