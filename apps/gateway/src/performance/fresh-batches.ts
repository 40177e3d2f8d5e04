interface Waiter<V> {
  resolve: (value: V | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Loads keys in batches, and never answers a caller from a read that began before it asked.
 *
 * The first caller's fetch starts at once. Callers that come while a fetch is out wait for it to
 * return, then the next fetch serves all of them (up to `maxBatch` keys a fetch): under
 * concurrency one round trip serves many requests, alone a request waits for nothing. What it does
 * not do is what DataLoader's cache or a shared in-flight promise would: hand a caller the result
 * of a fetch already under way when it arrived, which may predate a commit the caller has seen (a
 * revoked role, its own write). Each fetch is sent after every caller it serves asked.
 *
 * A failed fetch rejects the callers it served, with its error; the queue goes on with the next.
 */
export class FreshBatches<K, V> {
  readonly #queued = new Map<K, Waiter<V>[]>();
  #fetching = false;

  constructor(
    private readonly fetch: (keys: K[]) => Promise<ReadonlyMap<K, V>>,
    private readonly maxBatch = 100,
  ) {}

  /** The value of `key`, or undefined when the fetch found none. */
  load(key: K): Promise<V | undefined> {
    return new Promise<V | undefined>((resolve, reject) => {
      const waiters = this.#queued.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.#queued.set(key, [{ resolve, reject }]);
      if (!this.#fetching) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#fetching = true;
    try {
      while (this.#queued.size > 0) {
        const batch = new Map<K, Waiter<V>[]>();
        for (const [key, waiters] of this.#queued) {
          if (batch.size === this.maxBatch) break;
          batch.set(key, waiters);
        }
        for (const key of batch.keys()) this.#queued.delete(key);
        let found: ReadonlyMap<K, V>;
        try {
          found = await this.fetch([...batch.keys()]);
        } catch (error) {
          for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
          continue;
        }
        for (const [key, waiters] of batch) for (const waiter of waiters) waiter.resolve(found.get(key));
      }
    } finally {
      this.#fetching = false;
    }
  }
}
