/**
 * "Previous page" / "Next page" over a cursor page trail kept in the URL (the end cursors of the
 * pages already passed; the last one is this page's `after`). Hidden when everything fits on one page.
 */
export function PageTrailPager({
  pages,
  pageInfo,
  busy,
  onChange,
}: {
  pages: readonly string[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** The next page is loading: no second click meanwhile. */
  busy: boolean;
  onChange: (pages: string[]) => void;
}) {
  if (pages.length === 0 && !pageInfo.hasNextPage) return null;
  return (
    <div className="pager">
      <button type="button" className="button small secondary" disabled={pages.length === 0} onClick={() => onChange(pages.slice(0, -1))}>
        Previous page
      </button>
      <button
        type="button"
        className="button small secondary"
        disabled={!pageInfo.hasNextPage || busy}
        onClick={() => onChange([...pages, pageInfo.endCursor ?? ""])}
      >
        Next page
      </button>
    </div>
  );
}
