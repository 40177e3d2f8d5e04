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
    <div className="timeline-chart" aria-hidden="true" data-testid="timeline-chart">
      <div className="timeline-row timeline-axis">
        <span className="timeline-label" />
        <div className="timeline-track">
          {ticks.map((tick) => (
            <span key={tick} className="timeline-tick" style={{ left: `${axisPercent(tick, from, to)}%` }}>
              {tick.slice(0, 4)}
            </span>
          ))}
          {todayAt !== null ? (
            <span className="timeline-today-label" style={{ left: `${todayAt}%` }}>
              Today
            </span>
          ) : null}
        </div>
      </div>
      {versions.map((version) => (
        <div className="timeline-row" key={version.id} data-version={version.name}>
          <span className="timeline-label">{version.name}</span>
          <div className="timeline-track">
            {ticks.map((tick) => (
              <span key={tick} className="timeline-gridline" style={{ left: `${axisPercent(tick, from, to)}%` }} />
            ))}
            {version.coverageWindows.map((window) => {
              const left = axisPercent(window.from, from, to);
              const width = axisPercent(window.to, from, to) - left;
              return (
                <span
                  key={window.from}
                  className={`timeline-bar timeline-${window.status.toLowerCase().replaceAll("_", "-")}`}
                  data-status={window.status}
                  style={{ left: `${left}%`, width: `${width}%` }}
                >
                  {width >= 8 ? STATUS_TAGS[window.status] : ""}
                </span>
              );
            })}
            {todayAt !== null ? <span className="timeline-today" style={{ left: `${todayAt}%` }} /> : null}
          </div>
        </div>
      ))}
    </div>
  );
}
