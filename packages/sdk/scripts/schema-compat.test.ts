import { describe, expect, it } from "vitest";
import { acknowledgedPaths, unacknowledgedBreakingChanges } from "./schema-compat.js";

const before = `
  type Query { incidents(first: Int): [Incident!]! legacy: String }
  type Incident { id: ID! title: String! severity: Severity! }
  enum Severity { A B C }
`;

describe("schema compatibility check", () => {
  it("accepts additive changes", async () => {
    const after = before.replace("title: String!", "title: String! description: String");
    expect(await unacknowledgedBreakingChanges(before, after, "")).toEqual([]);
  });

  it("reports a removed field and a removed enum value", async () => {
    const after = before.replace(" legacy: String", "").replace("enum Severity { A B C }", "enum Severity { A B }");
    const breaking = await unacknowledgedBreakingChanges(before, after, "");
    expect(breaking.map((change) => change.path).sort()).toEqual(["Query.legacy", "Severity.C"]);
  });

  it("accepts a breaking change that the changelog lists under a Breaking heading", async () => {
    const after = before.replace(" legacy: String", "");
    const changelog = "# Changelog\n\n## 2026-11-25\n### Breaking\n- `Query.legacy` removed: use `Query.incidents`.\n";
    expect(await unacknowledgedBreakingChanges(before, after, changelog)).toEqual([]);
  });

  it("ignores coordinates mentioned outside Breaking sections", () => {
    const changelog = "## Added\n- `Query.legacy`\n## Breaking\n- `Incident.title` is now nullable\n";
    expect([...acknowledgedPaths(changelog)]).toEqual(["Incident.title"]);
  });
});
