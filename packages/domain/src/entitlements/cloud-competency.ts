import { CLOUD_COMPETENCIES } from "../vocabulary";

/** One of the six cloud competencies, spelled as in {@link CLOUD_COMPETENCIES}. */
export type CloudCompetency = (typeof CLOUD_COMPETENCIES)[number];

/**
 * The canonical cloud competency matching `competency` (exact name, ignoring case and outer
 * spaces), or null when it is not a cloud competency. Partial names never match: "Cloud" or
 * "Platform" are not "Cloud Platform".
 */
export function cloudCompetencyOf(competency: string | null | undefined): CloudCompetency | null {
  if (!competency) return null;
  const wanted = competency.trim().toLowerCase();
  return CLOUD_COMPETENCIES.find((name) => name.toLowerCase() === wanted) ?? null;
}

/** True when `competency` is one of the cloud competencies. */
export function isCloudCompetency(competency: string | null | undefined): boolean {
  return cloudCompetencyOf(competency) !== null;
}
