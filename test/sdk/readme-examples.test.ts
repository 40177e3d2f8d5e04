import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { startTestGateway, type TestGateway } from "@support-hub/gateway/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Every ```ts block of packages/sdk/README.md tagged `<!-- example: NAME (as USER) -->` runs, in
 * order, against a live gateway on the demo data, as that demo user. A README that drifts from the
 * SDK fails here.
 */
const readmePath = fileURLToPath(new URL("../../packages/sdk/README.md", import.meta.url));
const workDir = fileURLToPath(new URL("./.examples/", import.meta.url));

interface Example {
  name: string;
  user: string;
  code: string;
}

function extractExamples(markdown: string): Example[] {
  const pattern = /<!-- example: ([\w-]+) \(as (\w+)\) -->\s*```ts\n([\s\S]*?)```/g;
  return [...markdown.matchAll(pattern)].map((match) => ({ name: match[1]!, user: match[2]!, code: match[3]! }));
}

/** Puts `url` and `token` in scope after the example's imports. */
function asModule(example: Example, url: string, token: string): string {
  const lines = example.code.split("\n");
  const lastImport = lines.reduce((last, line, index) => (line.startsWith("import ") ? index : last), -1);
  const prelude = `const url = ${JSON.stringify(url)};\nconst token = ${JSON.stringify(token)};`;
  lines.splice(lastImport + 1, 0, prelude);
  return `${lines.join("\n")}\nexport {};\n`;
}

/**
 * What each example must print, line by line, on the demo data: the real results (names, codes,
 * counts, states), so an example that runs but answers wrongly fails too.
 */
const EXPECTED_OUTPUT: Record<string, RegExp[]> = {
  viewer: [/^Alice Admin GLOBAL_ADMIN Contoso Ltd\.$/],
  benefits: [/^MISSING_ROLE ask: alice\.admin@contoso\.example,paul\.partneradmin@contoso\.example$/],
  activate: [/^Access ID AID(-[0-9A-Z]{4}){3} Contract ID CID(-[0-9A-Z]{4}){3}$/],
  link: [
    /^linked: ON_PREMISES 12 left,CLOUD 2 left$/,
    /^This account is already linked to these contracts since \d{4}-\d{2}-\d{2}; nothing more is needed\. On-premises support contract: active, 12 incidents remaining, .*Cloud support contract: active, 2 incidents remaining, /,
  ],
  "linked-accounts": [
    /^\S+@fabrikam\.example AAD inside$/,
    /^\S+@fabrikam\.example AAD inside$/,
    /^someone@outlook\.com MSA outside$/,
    /^unlinked, accounts left: 2$/,
    /^new Access ID AID(-[0-9A-Z]{4}){3} kept links: 3$/,
  ],
  alerts: [/^CONTRACT_LOW_INCIDENTS The on-premises support contract has no incidents left out of 10 -> \S+@northwind\.example$/],
  // Wingtip's benefit year has ended with an offer still active: renewing is the way forward.
  eligibility: [
    /^eligible: false$/,
    /^OFFER PASS$/,
    /^ENTITLEMENT PASS$/,
    /^ACTIVATION PASS$/,
    /^CONTRACT FAIL ACTIVATE wendy\.admin@wingtiptoys\.example$/,
    /^LINK SKIPPED$/,
    /^VERSION_COVERAGE SKIPPED$/,
    /^CSP_ROLE SKIPPED$/,
  ],
  plans: [
    /^2025 true CURRENT_VERSION$/,
    /^2022 true PREVIOUS_VERSION_IN_MAINSTREAM$/,
    /^2019 false OLDER_VERSION$/,
    /^2017 false OLDER_VERSION$/,
    /^PRODUCT_SUPPORT WRONG_PRODUCT_KIND$/,
  ],
  "coverage-timeline": [
    /^2018-11-13 2021-08-18 COVERED_AS_N NEWER_RELEASE$/,
    /^2021-08-18 2024-01-10 COVERED_AS_N_MINUS_1_MAINSTREAM MAINSTREAM_END$/,
    /^2024-01-10 2026-01-01 NOT_COVERED END_OF_RANGE$/,
  ],
  create: [/^SR-\d{4} PRODUCT_SUPPORT OPEN$/],
  paginate: [
    /^SR-\d{4} OPEN Windows Server$/,
    /^SR-0007 OPEN Azure$/,
    /^SR-0003 OPEN SharePoint Server$/,
    /^SR-0008 OPEN Azure$/,
    /^SR-0009 RESOLVED Microsoft 365$/,
    /^SR-0005 RESOLVED Azure$/,
    /^SR-0001 RESOLVED Windows Server$/,
    /^7 incidents$/,
  ],
  withdraw: [/^withdrawn, refunded: true, \d+ left$/],
  search: [/^SR-0007 B Private endpoint DNS resolution fails from on-premises$/],
  history: [/^note added, replayed: false$/, /^severity A$/, /^CREATED Frank .+$/, /^NOTE_ADDED Frank .+$/, /^UPDATED Frank .+$/],
  errors: [/^not allowed: This action requires one of the roles: SUPPORT_OPERATOR$/],
  abort: [/^cancelled: true$/, /^timed out: true$/],
};

const examples = extractExamples(await readFile(readmePath, "utf8"));
let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
});
afterAll(async () => {
  await gateway?.stop();
  await rm(workDir, { recursive: true, force: true });
});

describe("SDK README examples", () => {
  it("has examples for the common tasks, each with its expected output", () => {
    expect(examples.map((example) => example.name)).toEqual(Object.keys(EXPECTED_OUTPUT));
  });

  it.each(examples.map((example) => [example.name, example] as const))("runs the %s example", async (_name, example) => {
    const token = await gateway.token(example.user as Parameters<TestGateway["token"]>[0]);
    const file = `${workDir}${example.name}.ts`;
    await writeFile(file, asModule(example, gateway.graphqlUrl, token));
    const log = vi
      .spyOn(console, "log")
      .mockImplementation(process.env.SHOW_EXAMPLE_OUTPUT ? (...args) => process.stdout.write(`${args.join(" ")}\n`) : () => {});
    try {
      await import(file);
      // Each example prints what it got: the lines must be the demo data's real answers.
      const lines = log.mock.calls.map((args) => args.map(String).join(" "));
      const expected = EXPECTED_OUTPUT[example.name] ?? [];
      expect(lines).toHaveLength(expected.length);
      for (const [index, line] of lines.entries()) expect(line).toMatch(expected[index]!);
    } finally {
      log.mockRestore();
    }
  });
});
