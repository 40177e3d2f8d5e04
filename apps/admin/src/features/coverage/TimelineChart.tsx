import type { JSX } from "react";
import { axisPercent, STATUS_TAGS, yearTicks } from "./coverage-timeline";
import type { VersionTimeline } from "./timeline-queries";

/**
 * Horizontal bars on a time axis, one row per version, with a "today" line. Hidden from screen
 * readers: {@link TimelineList} below it says the same in words.
 */
export function TimelineChart({
  versions,
  from,
  to,
  today,
}: {
  versions: readonly VersionTimeline[];
  from: string;
  to: string;
  today: string;
}): JSX.Element {
  const ticks = yearTicks(from, to);
  const todayAt = today >= from && today < to ? axisPercent(today, from, to) : null;
  return (
    <div className="lifecycle-chart" aria-hidden="true" data-testid="timeline-chart">
      <div className="lifecycle-row lifecycle-axis">
        <span className="lifecycle-label" />
        <div className="lifecycle-track">
          {ticks.map((tick) => (
            <span key={tick} className="lifecycle-tick" style={{ left: `${axisPercent(tick, from, to)}%` }}>
              {tick.slice(0, 4)}
            </span>
          ))}
        </div>
      </div>
      {versions.map((version) => (
        <div className="lifecycle-row" key={version.id} data-version={version.name}>
          <span className="lifecycle-label">{version.name}</span>
          <div className="lifecycle-track">
            {ticks.map((tick) => (
              <span key={tick} className="lifecycle-gridline" style={{ left: `${axisPercent(tick, from, to)}%` }} />
            ))}
            {version.coverageWindows.map((window) => {
              const left = axisPercent(window.from, from, to);
              const width = axisPercent(window.to, from, to) - left;
              return (
                <span
                  key={window.from}
                  className={`lifecycle-bar lifecycle-${window.status.toLowerCase().replaceAll("_", "-")}`}
                  data-status={window.status}
                  style={{ left: `${left}%`, width: `${width}%` }}
                >
                  {width >= 8 ? STATUS_TAGS[window.status] : ""}
                </span>
              );
            })}
            {todayAt !== null ? <span className="lifecycle-today" style={{ left: `${todayAt}%` }} /> : null}
          </div>
        </div>
      ))}
      {/* Under the bars, so it never covers a year's label. */}
      {todayAt !== null ? (
        <div className="lifecycle-row lifecycle-axis">
          <span className="lifecycle-label" />
          <div className="lifecycle-track">
            <span className={`lifecycle-today-label${todayAt > 85 ? " lifecycle-today-label-end" : ""}`} style={{ left: `${todayAt}%` }}>
              Today
            </span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
