/**
 * The answers the response cache is computing right now, by entry (viewer, data versions, document,
 * variables). A request that misses on an entry already being computed waits for that computation
 * instead of running its own: right after a write, the 40 requests in flight for one dashboard
 * used to compute it 40 times over (on PGlite, where statements run one at a time, that multiplied
 * CPU per request by 4 once requests interleaved with the writes).
 *
 * As fresh as a hit: the entry holds the versions the waiting request read itself, so nothing it
 * can see was written between the two requests' reads of them (a write moves a version), and the
 * computation read its data after its own read of them.
 */
export class ComputationsUnderWay {
  readonly #pending = new Map<string, Promise<string | undefined>>();

  /** The JSON text of the data being computed for `entry` (undefined once settled unshareable), if any. */
  pending(entry: string): Promise<string | undefined> | undefined {
    return this.#pending.get(entry);
  }

  /**
   * Marks `entry` as being computed by the caller, unless some request already computes it (then
   * returns undefined). The caller must call the returned function exactly when its computation
   * ends: with the data's JSON text to share, or undefined (errors, uncacheable, failed), so that
   * the waiting requests compute their own.
   */
  start(entry: string): ((text: string | undefined) => void) | undefined {
    if (this.#pending.has(entry)) return undefined;
    let publish: (text: string | undefined) => void = () => {};
    this.#pending.set(
      entry,
      new Promise<string | undefined>((resolve) => {
        publish = resolve;
      }),
    );
    let settled = false;
    return (text) => {
      if (settled) return;
      settled = true;
      this.#pending.delete(entry);
      publish(text);
    };
  }

  /** Entries being computed (for tests and metrics). */
  get size(): number {
    return this.#pending.size;
  }
}
