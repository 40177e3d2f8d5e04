import type { CoverageWindowsResult } from "@support-hub/sdk";
import { useQueries } from "@tanstack/react-query";
import { sdkKey } from "../../api/sdk-query";
import { useClient } from "../../auth/session";

export type VersionTimeline = NonNullable<CoverageWindowsResult>;

/**
 * Each version's coverage windows over [from, to), one cached query per version (the SDK's
 * `coverageWindows`): switching products or ranges back and forth reads from the cache.
 */
export function useCoverageWindows(versionIds: readonly string[], from: string, to: string) {
  const client = useClient();
  return useQueries({
    queries: versionIds.map((productVersionId) => {
      const variables = { productVersionId, from, to };
      return {
        queryKey: sdkKey("coverageWindows", variables),
        queryFn: ({ signal }: { signal: AbortSignal }) => client.coverageWindows(variables, { signal }),
      };
    }),
  });
}
