import { CriticalityLevel, diff } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

export interface BreakingChange {
  /** Schema coordinate of the change, e.g. `Query.incidents` or `Severity.D`. */
  path: string;
  message: string;
}

/**
 * Breaking changes between two versions of the contract that no `schema/CHANGELOG.md` entry
 * acknowledges. A change is acknowledged when its coordinate appears in backticks under a
 * "Breaking" heading, with the reason and the migration for clients.
 */
export async function unacknowledgedBreakingChanges(previousSdl: string, nextSdl: string, changelog: string): Promise<BreakingChange[]> {
  const changes = await diff(buildSchema(previousSdl), buildSchema(nextSdl));
  const acknowledged = acknowledgedPaths(changelog);
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ path: change.path ?? change.message, message: change.message }))
    .filter((change) => !acknowledged.has(change.path));
}

/** Coordinates in backticks inside "Breaking" sections of the changelog. */
export function acknowledgedPaths(changelog: string): Set<string> {
  const paths = new Set<string>();
  let inBreaking = false;
  for (const line of changelog.split("\n")) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      inBreaking = /breaking/i.test(heading[1] ?? "");
      continue;
    }
    if (!inBreaking) continue;
    for (const match of line.matchAll(/`([A-Za-z_][\w.]*(?:\([\w:]*\))?)`/g)) if (match[1]) paths.add(match[1]);
  }
  return paths;
}
