import type { JSX } from "react";
import { formatDate, formatTerm, lastDayBefore } from "../../api/format";
import { END_LABELS, STATUS_LABELS } from "./coverage-timeline";
import type { VersionTimeline } from "./timeline-queries";

/** What the version's current coverage means for planning, from `coveredUntil` and today's coverage. */
function coveredUntilText(version: VersionTimeline, coveredToday: boolean | undefined, isCloud: boolean): string {
  if (isCloud) return "Cloud product: covered without a version rule.";
  if (version.coveredUntil) return `Covered until ${formatDate(lastDayBefore(version.coveredUntil))} (last covered day).`;
  if (coveredToday) return "Covered while it is the newest version: no newer release in the catalog yet.";
  return "Not covered today.";
}

/** The timeline in words: per version, when it is covered, as what, and why each stretch ends. */
export function TimelineList({
  productName,
  versions,
  coveredToday,
  isCloud,
}: {
  productName: string;
  versions: readonly VersionTimeline[];
  coveredToday: (versionId: string) => boolean | undefined;
  isCloud: boolean;
}): JSX.Element {
  return (
    <ul className="lifecycle-list" data-testid="timeline-list">
      {versions.map((version) => (
        <li key={version.id} data-testid="timeline-version" data-version={version.name}>
          <h3>
            {productName} {version.name}
          </h3>
          <p data-testid="covered-until">{coveredUntilText(version, coveredToday(version.id), isCloud)}</p>
          <ul>
            {version.coverageWindows.map((window) => (
              <li key={window.from} data-status={window.status}>
                <strong>{formatTerm(window.from, lastDayBefore(window.to))}</strong>: {STATUS_LABELS[window.status]}
                {window.endsBecause === "END_OF_RANGE"
                  ? ` (${END_LABELS.END_OF_RANGE})`
                  : `, ends because ${END_LABELS[window.endsBecause]}`}
                .
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
