import { NetworkError } from "@support-hub/sdk";
import { QueryClient } from "@tanstack/react-query";

/**
 * The console's one cache. The SDK already retries transient failures (with backoff), so the
 * cache retries once more only when the gateway could not be reached at all; a typed refusal
 * (FORBIDDEN, NOT_AUTHORIZED, validation) is an answer, not something to retry.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => error instanceof NetworkError && failureCount < 1,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
