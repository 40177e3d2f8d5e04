/**
 * The project brings its own Node: the root devDependency `node` (pinned to an LTS) puts its
 * binary in node_modules/.bin, which pnpm puts first on every script's PATH, in every workspace
 * package. These tests print the runtime so the CI log shows which Node ran the suites.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const rootPackage = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  devDependencies: Record<string, string>;
  engines: { node: string };
};
const pinned = rootPackage.devDependencies.node ?? "";
// Run through pnpm (`pnpm test`, turbo, .ci/test-all): pnpm says so in the environment.
const viaPnpm = process.env.npm_config_user_agent?.startsWith("pnpm/") ?? false;

describe("the Node runtime", () => {
  it("is the pinned Node 24 LTS when run through pnpm", () => {
    console.log(`node -v: ${process.version} (${process.execPath}); pinned: ${pinned}; engines: ${rootPackage.engines.node}`);
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    if (!viaPnpm) return;
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(24);
    expect(process.version).toBe(`v${pinned}`);
  });

  it("is what `node` means in every workspace package's scripts (pnpm start runs `node dist/main.js`)", () => {
    const pnpm = process.env.npm_execpath;
    if (!viaPnpm || !pnpm) return;
    // npm_execpath is pnpm's own entry point; run it the way pnpm ran us.
    const output = execFileSync(
      process.execPath,
      [pnpm, "-r", "--silent", "exec", "node", "-p", 'process.env.PNPM_PACKAGE_NAME + " " + process.version'],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    console.log(output.trim());
    const lines = output.trim().split("\n");
    expect(lines.map((line) => line.split(" ")[0]).sort()).toEqual([
      "@support-hub/admin",
      "@support-hub/db",
      "@support-hub/domain",
      "@support-hub/e2e",
      "@support-hub/gateway",
      "@support-hub/sdk",
    ]);
    for (const line of lines) expect(line.split(" ")[1]).toBe(`v${pinned}`);
  });
});
