import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Proves the layering rules of .biome.json (see ARCHITECTURE.md): the real config is copied next
// to one-file fixtures laid out like the repo, linted in one run; every wrong-way import must be
// reported by its rule and every allowed one must pass. The work tree is never touched.
const root = fileURLToPath(new URL("../../", import.meta.url));
const biome = join(root, "node_modules/.bin/biome");

const use = (name: string) => `\nexport const used = ${name};\n`;

/** [package folder, source, the rule that must refuse it] */
const wrongWay: [string, string, string][] = [
  ["packages/domain/src", `import { createDatabase } from "@support-hub/db";${use("createDatabase")}`, "noRestrictedImports"],
  ["packages/domain/src", `import { GraphQLError } from "graphql";${use("GraphQLError")}`, "noRestrictedImports"],
  ["packages/domain/src", `import { sql } from "kysely";${use("sql")}`, "noRestrictedImports"],
  ["packages/domain/src", `import { Pool } from "pg";${use("Pool")}`, "noRestrictedImports"],
  ["packages/domain/src", `import { readFileSync } from "node:fs";${use("readFileSync")}`, "noNodejsModules"],
  [
    "packages/db/src",
    `import { buildGatewaySchema } from "../../../apps/gateway/src/schema";${use("buildGatewaySchema")}`,
    "noRestrictedImports",
  ],
  ["packages/db/src", `import { createClient } from "@support-hub/sdk";${use("createClient")}`, "noRestrictedImports"],
  ["packages/db/src", `import { GraphQLError } from "graphql";${use("GraphQLError")}`, "noRestrictedImports"],
  ["apps/gateway/src", `import { createClient } from "@support-hub/sdk";${use("createClient")}`, "noRestrictedImports"],
  ["apps/gateway/src", `import { x } from "../../../packages/db/src/create-database";${use("x")}`, "noRestrictedImports"],
  ["packages/sdk/src", `import { isOperator } from "@support-hub/domain";${use("isOperator")}`, "noRestrictedImports"],
  [
    "packages/sdk/src",
    `import type { GatewayContext } from "@support-hub/gateway/context";\nexport type Used = GatewayContext;\n`,
    "noRestrictedImports",
  ],
  ["packages/sdk/src", `import { readFile } from "node:fs/promises";${use("readFile")}`, "noNodejsModules"],
  ["packages/sdk/src", `import { print } from "graphql";${use("print")}`, "noRestrictedImports"],
  ["packages/sdk/src", "export const used = process.env.TOKEN;\n", "noRestrictedGlobals"],
  ["packages/sdk/src", `export const used = Buffer.from("x");\n`, "noRestrictedGlobals"],
  ["packages/sdk/scripts", `import { loadConfig } from "@support-hub/gateway/config";${use("loadConfig")}`, "noRestrictedImports"],
  ["apps/admin/src", `import { isOperator } from "@support-hub/domain";${use("isOperator")}`, "noRestrictedImports"],
  ["apps/admin/src", `import { loadConfig } from "@support-hub/gateway/config";${use("loadConfig")}`, "noRestrictedImports"],
];

/** [package folder, source] that the layering allows */
const allowed: [string, string][] = [
  ["packages/domain/src", `import { addDays } from "../dates/iso-date";${use("addDays")}`],
  [
    "packages/db/src",
    `import { isOperator } from "@support-hub/domain";\nimport { sql } from "kysely";\nexport const used = [isOperator, sql];\n`,
  ],
  [
    "apps/gateway/src",
    `import { isOperator } from "@support-hub/domain";\nimport { createDatabase } from "@support-hub/db";\nimport { seedDemoData } from "@support-hub/db/testing";\nimport { GraphQLError } from "graphql";\nexport const used = [isOperator, createDatabase, seedDemoData, GraphQLError];\n`,
  ],
  [
    "packages/sdk/src",
    `import type { TypedDocumentNode } from "@graphql-typed-document-node/core";\nimport { request } from "./request";\nexport type Used = TypedDocumentNode;\nexport const used = request;\n`,
  ],
  [
    "apps/admin/src",
    `import { createClient } from "@support-hub/sdk";\nimport { useState } from "react";\nexport const used = [createClient, useState];\n`,
  ],
];

interface Diagnostic {
  category: string;
  location: { path: string };
}

let sandbox = "";
let diagnostics: Diagnostic[] = [];
const fileOf = (kind: string, index: number, folder: string) => `${folder}/${kind}-${index}.ts`;

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), "layering-"));
  copyFileSync(join(root, ".biome.json"), join(sandbox, ".biome.json"));
  const write = (path: string, source: string) => {
    mkdirSync(dirname(join(sandbox, path)), { recursive: true });
    writeFileSync(join(sandbox, path), source);
  };
  for (const [index, [folder, source]] of wrongWay.entries()) write(fileOf("wrong", index, folder), source);
  for (const [index, [folder, source]] of allowed.entries()) write(fileOf("allowed", index, folder), source);
  const run = spawnSync(biome, ["lint", "--reporter=json", "--max-diagnostics=none", "."], { cwd: sandbox, encoding: "utf8" });
  diagnostics = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

const layeringRules = /noRestrictedImports|noNodejsModules|noRestrictedGlobals/;
const reportedFor = (path: string) => diagnostics.filter((d) => d.location.path === path).map((d) => d.category);

describe("the layering is enforced by lint", () => {
  it.each(wrongWay.map(([folder, source, rule], index) => [fileOf("wrong", index, folder), source.split("\n")[0], rule, index]))(
    "%s (%s) is refused by %s",
    (path, _source, rule) => {
      expect(reportedFor(String(path))).toContain(`lint/${rule === "noNodejsModules" ? "correctness" : "style"}/${rule}`);
    },
  );

  it.each(allowed.map(([folder, source], index) => [fileOf("allowed", index, folder), source.split("\n")[0]]))("%s (%s) passes", (path) => {
    expect(reportedFor(String(path)).filter((category) => layeringRules.test(category))).toEqual([]);
  });
});
