import { fileURLToPath } from "node:url";
import { startTestGateway, type TestGateway } from "@support-hub/gateway/testing";
import { BadInputError, createSupportHubClient } from "@support-hub/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const manifest = fileURLToPath(new URL("../../packages/sdk/src/generated/persisted-documents.json", import.meta.url));

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ config: { persistedDocumentsFile: manifest } });
});
afterAll(() => gateway?.stop());

describe("gateway in persisted-documents-only mode", () => {
  it("runs the SDK's documents sent by hash", async () => {
    const client = createSupportHubClient({
      url: gateway.graphqlUrl,
      token: await gateway.token("fabrikamGlobalAdmin"),
      persistedDocuments: true,
    });
    const viewer = await client.viewer();
    expect(viewer.email).toBe("frank.admin@fabrikam.example");
    const page = await client.incidents({ first: 2 });
    expect(page.nodes).toHaveLength(2);
  });

  it("refuses any other document, even a valid query", async () => {
    const response = await gateway.gql("{ viewer { email } }", {}, { as: "fabrikamGlobalAdmin" });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "PERSISTED_DOCUMENT_REQUIRED" });
  });

  it("refuses an unknown hash", async () => {
    const response = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await gateway.token("fabrikamGlobalAdmin")}` },
      body: JSON.stringify({ documentId: "sha256:0000", variables: {} }),
    });
    expect(response.status).toBe(400);
  });

  it("maps the refusal to BadInputError in the SDK when the client sends text", async () => {
    const client = createSupportHubClient({ url: gateway.graphqlUrl, token: await gateway.token("fabrikamGlobalAdmin"), retry: false });
    await expect(client.viewer()).rejects.toBeInstanceOf(BadInputError);
  });
});
