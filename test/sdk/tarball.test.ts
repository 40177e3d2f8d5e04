import { execFile, execFileSync } from "node:child_process";
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startTestGateway, type TestGateway } from "@support-hub/gateway/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The SDK as an integrator gets it: `pnpm pack`, `npm install <tarball>` in a fresh project
 * outside the monorepo, a strict tsconfig (`exactOptionalPropertyTypes`,
 * `noUncheckedIndexedAccess`, library declarations checked too), then the compiled example runs
 * against a live gateway.
 */
const sdkDir = fileURLToPath(new URL("../../packages/sdk/", import.meta.url));
const fixtures = fileURLToPath(new URL("./integrator/", import.meta.url));
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const rootPackage = JSON.parse(await readFile(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as {
  devDependencies: Record<string, string>;
};

let project: string;
let tarball: string;
let gateway: TestGateway;

/**
 * The environment of an integrator's shell: the machine's own node and npm, not the monorepo's
 * (no `node_modules/.bin` on PATH, no `npm_config_*` that pnpm sets for its scripts). Under the
 * bundled Node, npm would also look for its global npmrc (registry, CA file) beside that binary.
 */
function integratorEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_(config|package|lifecycle)_/i.test(key) && !/^pnpm_/i.test(key)) env[key] = value;
  }
  env.PATH = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter((dir) => !dir.split(path.sep).includes("node_modules"))
    .join(path.delimiter);
  return env;
}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(command, args, { cwd: project, encoding: "utf8", env: { ...integratorEnv(), ...env }, stdio: ["ignore", "pipe", "pipe"] });

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "support-hub-integrator-"));
  // `pnpm pack` runs the package's prepack (build) and leaves the tarball in the project folder.
  execFileSync("pnpm", ["pack", "--pack-destination", project], { cwd: sdkDir, stdio: ["ignore", "ignore", "inherit"] });
  const packed = (await readdir(project)).find((file) => file.endsWith(".tgz"));
  if (!packed) throw new Error("pnpm pack wrote no tarball");
  tarball = path.join(project, packed);
  await writeFile(path.join(project, "package.json"), JSON.stringify({ name: "integrator", private: true, type: "module" }));
  await copyFile(path.join(fixtures, "tsconfig.json"), path.join(project, "tsconfig.json"));
  await copyFile(path.join(fixtures, "example.ts"), path.join(project, "example.ts"));
  run("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    tarball,
    `@types/node@${rootPackage.devDependencies["@types/node"]}`,
  ]);
  gateway = await startTestGateway();
}, 180_000);

afterAll(async () => {
  await gateway?.stop();
  if (project) await rm(project, { recursive: true, force: true });
});

describe("the packed SDK outside the monorepo", () => {
  it("ships built JS, declarations and an exports map, with no workspace or runtime dependency", async () => {
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(listing).toEqual(
      expect.arrayContaining([
        "package/dist/index.js",
        "package/dist/index.d.ts",
        "package/dist/generated/operations.js",
        "package/README.md",
      ]),
    );
    expect(listing.filter((file) => file.endsWith(".test.ts"))).toEqual([]);
    const manifest = JSON.parse(await readFile(path.join(project, "node_modules/@support-hub/sdk/package.json"), "utf8"));
    expect(manifest.exports["."]).toMatchObject({ types: "./dist/index.d.ts", import: "./dist/index.js" });
    expect(JSON.stringify(manifest)).not.toMatch(/workspace:/);
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it("pulls no graphql at all, so no stray major (npm ls)", () => {
    const tree = JSON.parse(run("npm", ["ls", "--all", "--json"])) as { dependencies?: Record<string, unknown> };
    expect(Object.keys(tree.dependencies ?? {}).sort()).toEqual(["@support-hub/sdk", "@types/node"]);
    expect(run("npm", ["ls", "--all", "graphql", "--parseable"]).trim()).toBe("");
  });

  it("typechecks an example under strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess", () => {
    let output = "";
    try {
      output = run(process.execPath, [tsc, "-p", "tsconfig.json"]);
    } catch (error) {
      throw new Error(`tsc failed:\n${(error as { stdout?: string }).stdout ?? error}`);
    }
    expect(output).toBe("");
  });

  it("runs the compiled example against a live gateway", async () => {
    // Not execFileSync: the gateway runs in this process and must keep answering meanwhile.
    const { stdout: out } = await promisify(execFile)(process.execPath, ["out/example.js"], {
      cwd: project,
      encoding: "utf8",
      env: { ...process.env, SUPPORT_HUB_URL: gateway.graphqlUrl, SUPPORT_HUB_TOKEN: await gateway.token("fabrikamGlobalAdmin") },
    });
    const report = JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
    expect(report).toMatchObject({
      email: "frank.admin@fabrikam.example",
      timedOut: true,
      aborted: true,
      coreEmail: "frank.admin@fabrikam.example",
    });
    expect(report.incidents).toBeGreaterThan(0);
    expect(typeof report.firstProduct).toBe("string");
  });
});
