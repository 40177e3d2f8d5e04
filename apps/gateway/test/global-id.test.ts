import { describe, expect, it } from "vitest";
import { fromGlobalId, NodeType, toGlobalId } from "../src/relay/global-id";

const encoded = (type: string, id: string | number) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

describe("global IDs (kept for the IDs made lately)", () => {
  it("is base64url of Type:localId, and decodes back", () => {
    const id = toGlobalId(NodeType.SupportIncident, "4b4f3a0e-0000-4000-8000-000000000001");
    expect(id).toBe(encoded("SupportIncident", "4b4f3a0e-0000-4000-8000-000000000001"));
    expect(fromGlobalId(id)).toEqual({ type: "SupportIncident", id: "4b4f3a0e-0000-4000-8000-000000000001" });
  });

  it("keeps types apart for the same local id, and numbers apart from other ids", () => {
    expect(toGlobalId(NodeType.User, "same")).toBe(encoded("User", "same"));
    expect(toGlobalId(NodeType.Organization, "same")).toBe(encoded("Organization", "same"));
    expect(toGlobalId(NodeType.AuditEntry, 42)).toBe(encoded("AuditEntry", 42));
    expect(toGlobalId(NodeType.AuditEntry, 43)).toBe(encoded("AuditEntry", 43));
  });

  it("answers right for ids made long ago, recently and just now (across generations)", () => {
    const ids = Array.from({ length: 7_000 }, (_, i) => `id-${i}`);
    for (const id of ids) toGlobalId(NodeType.Product, id);
    for (const id of [...ids].reverse()) expect(toGlobalId(NodeType.Product, id)).toBe(encoded("Product", id));
  });
});
