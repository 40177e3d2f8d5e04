import type { SupportHubClient } from "@support-hub/sdk";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useClient } from "../auth/session";
import { AFFECTED_QUERIES, AUDITED_QUERIES, type MutationName, type QueryName } from "./invalidation";

/**
 * A query key: the SDK operation's name, then its variables. Every screen asking the same
 * operation with the same variables shares one cache entry and one request in flight, and a
 * mutation invalidates by the operation's name (see {@link AFFECTED_QUERIES}).
 */
export type SdkQueryKey = readonly [QueryName, ...unknown[]];

export const sdkKey = (name: QueryName, variables: object = {}): SdkQueryKey => [name, variables];

/** One SDK read through the shared cache; the query's AbortSignal cancels the HTTP request. */
export function useSdkQuery<T>(
  key: SdkQueryKey,
  run: (client: SupportHubClient, signal: AbortSignal) => Promise<T>,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
) {
  const client = useClient();
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => run(client, signal),
    enabled: options.enabled ?? true,
    // Lists keep the last page while the next loads, so they do not flash empty.
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

const changedSomething = (result: unknown): boolean => {
  const userErrors = (result as { userErrors?: readonly unknown[] } | null)?.userErrors;
  return !userErrors || userErrors.length === 0;
};

/**
 * One SDK write. After it succeeds (no `userErrors`: a refusal changed nothing), it invalidates
 * exactly the queries that mutation affects, so every screen showing them re-reads.
 */
export function useSdkMutation<Variables, Result>(
  name: MutationName,
  run: (client: SupportHubClient, variables: Variables) => Promise<Result>,
) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [name],
    mutationFn: (variables: Variables) => run(client, variables),
    // Not awaited: the form hears of its success at once (and clears), while the screens re-read.
    onSuccess: (result) => {
      if (!changedSomething(result)) return;
      for (const query of AFFECTED_QUERIES[name]) void queryClient.invalidateQueries({ queryKey: [query] });
    },
    // Whatever the outcome (success, refusal, denial), the call was audited.
    onSettled: () => {
      for (const query of AUDITED_QUERIES) void queryClient.invalidateQueries({ queryKey: [query] });
    },
  });
}
