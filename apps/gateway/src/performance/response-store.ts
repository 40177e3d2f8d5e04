import { LRUCache } from "lru-cache";

/**
 * The memory behind the response cache: query results kept as their JSON text, bounded by what
 * that text occupies, per viewer for the viewer's current data versions only.
 *
 * Why text rather than the result objects: a result held as objects takes several times its JSON
 * length in V8's heap (an object, a hidden class and a string per field of every incident), so a
 * bound counted in JSON characters let 32 MB of "size" hold over 100 MB of heap; the gateway grew
 * past 300 MB RSS under sustained mixed load. A string is its length in bytes (twice for text
 * outside Latin-1), so the bound is the memory. A hit is sent as that text, without
 * parsing it (see `serialized-result.ts`).
 *
 * Why only the current versions of each viewer: a viewer's versions only go up, so once a request
 * computed at newer versions stores its answer, the viewer's entries of older versions can never
 * be hit again. Dropping them at once keeps the cache from filling with dead answers under writes.
 * (A slow request that read older versions may store after a newer one and drop the newer
 * entries: a miss later, never a stale answer, since a hit needs the exact versions.)
 */
export class ResponseStore {
  readonly #cache: LRUCache<string, string>;
  /** Per viewer: the versions its entries were computed at, and their keys in `#cache`. */
  readonly #viewers = new Map<string, { version: string; keys: Set<string> }>();

  /** `maxBytes`: the memory the entries (keys and texts) may take; one entry at most a quarter. */
  constructor(readonly maxBytes: number) {
    this.#cache = new LRUCache<string, string>({
      maxSize: maxBytes,
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
      // Replacing an entry disposes the old text under the same key: still tracked.
      dispose: (_text, key, reason) => {
        if (reason !== "set") this.#forget(key);
      },
    });
  }

  /** The JSON text of the cached result of `key` for `viewer`, computed at data versions `version`, if any. */
  get(viewer: string, version: string, key: string): string | undefined {
    if (this.#viewers.get(viewer)?.version !== version) return undefined;
    return this.#cache.get(entryKey(viewer, version, key));
  }

  /**
   * Keeps `data`, computed for `viewer` at data versions `version`; drops the viewer's older
   * entries. Returns the JSON text it keeps.
   */
  set(viewer: string, version: string, key: string, data: Record<string, unknown>): string {
    let entries = this.#viewers.get(viewer);
    if (entries && entries.version !== version) {
      for (const old of [...entries.keys]) this.#cache.delete(old);
      entries = this.#viewers.get(viewer);
    }
    if (!entries) {
      entries = { version, keys: new Set() };
      this.#viewers.set(viewer, entries);
    }
    entries.version = version;
    const text = JSON.stringify(data);
    const full = entryKey(viewer, version, key);
    entries.keys.add(full);
    // The answer kept already, computed again (`no-cache`, nothing changed): keep the kept text,
    // long promoted to the old generation, and let the new one die young. Storing each new copy
    // moved 30 KB per computed dashboard into the old generation, for the mark-compacts to sweep.
    const kept = this.#cache.get(full);
    if (kept === text) return kept;
    this.#cache.set(full, text, { size: stringBytes(full) + stringBytes(text) });
    if (!this.#cache.has(full)) this.#forget(full); // larger than an entry may be
    return text;
  }

  /** Bytes held by the entries, as accounted against `maxBytes`. */
  get bytes(): number {
    return this.#cache.calculatedSize;
  }

  get entries(): number {
    return this.#cache.size;
  }

  #forget(full: string): void {
    const viewer = full.slice(0, full.indexOf("\n"));
    const entries = this.#viewers.get(viewer);
    if (!entries) return;
    entries.keys.delete(full);
    if (entries.keys.size === 0) this.#viewers.delete(viewer);
  }
}

/**
 * The versions are part of the key too, so an entry can only ever answer at the versions it was
 * computed at. Viewer ids are uuids (no newline): the viewer is everything before the first one.
 */
export function entryKey(viewer: string, version: string, key: string): string {
  return `${viewer}\n${version}\n${key}`;
}

/** What V8 stores for a flat string: one byte per character in Latin-1, else two. */
function stringBytes(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the Latin-1 range is the point
  return /[^\u0000-\u00ff]/.test(text) ? 2 * text.length : text.length;
}
