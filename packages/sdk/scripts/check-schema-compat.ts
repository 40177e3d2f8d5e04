import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { unacknowledgedBreakingChanges } from "./schema-compat.js";

/**
 * `pnpm check:schema [base-ref]`: fails when schema/schema.graphql has breaking changes against
 * the base (default: main) that schema/CHANGELOG.md does not list.
 */
const root = fileURLToPath(new URL("../../../", import.meta.url));
const base = process.argv[2] ?? "main";
const current = readFileSync(`${root}schema/schema.graphql`, "utf8");
const changelog = readFileSync(`${root}schema/CHANGELOG.md`, "utf8");
let previous: string;
try {
  previous = execFileSync("git", ["show", `${base}:schema/schema.graphql`], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
} catch {
  console.log(`No schema/schema.graphql on ${base}: nothing to compare.`);
  process.exit(0);
}
const breaking = await unacknowledgedBreakingChanges(previous, current, changelog);
if (breaking.length === 0) {
  console.log(`schema/schema.graphql: no unacknowledged breaking change against ${base}.`);
} else {
  console.error(`Breaking changes against ${base} missing from schema/CHANGELOG.md:`);
  for (const change of breaking) console.error(`  \`${change.path}\`: ${change.message}`);
  process.exit(1);
}
