import { LRUCache } from "lru-cache";

/**
 * The memory behind the response cache: query results kept as their JSON text, bounded by what
 * that text occupies, for the current data version only.
 *
 * Why text rather than the result objects: a result held as objects takes several times its JSON
 * length in V8's heap (an object, a hidden class and a string per field of every incident), so a
 * bound counted in JSON characters let 32 MB of "size" hold over 100 MB of heap; the gateway grew
 * past 300 MB RSS under sustained mixed load. A string is its length in bytes (twice for text
 * outside Latin-1), so the bound is the memory. A hit pays one `JSON.parse`, much less than
 * executing the query.
 *
 * Why only the current version: the data version only goes up, and every key holds one, so once a
 * newer version is seen no older entry can ever be hit again. Dropping them at once keeps the
 * cache from sitting full of dead answers after every write.
 */
export class ResponseStore {
  readonly #cache: LRUCache<string, string>;
  #version = Number.NEGATIVE_INFINITY;

  /** `maxBytes`: the memory the entries (keys and texts) may take; one entry at most a quarter. */
  constructor(readonly maxBytes: number) {
    this.#cache = new LRUCache<string, string>({ maxSize: maxBytes, maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)) });
  }

  /** The cached result of `key` computed at data version `version`, if any. */
  get(version: number, key: string): Record<string, unknown> | undefined {
    if (version !== this.#version) return undefined;
    const text = this.#cache.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
  }

  /** Keeps `data`, computed at data version `version` (ignored when a newer version was seen). */
  set(version: number, key: string, data: Record<string, unknown>): void {
    if (version < this.#version) return;
    if (version > this.#version) {
      this.#cache.clear();
      this.#version = version;
    }
    const text = JSON.stringify(data);
    this.#cache.set(key, text, { size: stringBytes(key) + stringBytes(text) });
  }

  /** Bytes held by the entries, as accounted against `maxBytes`. */
  get bytes(): number {
    return this.#cache.calculatedSize;
  }

  get entries(): number {
    return this.#cache.size;
  }
}

/** What V8 stores for a flat string: one byte per character in Latin-1, else two. */
function stringBytes(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the Latin-1 range is the point
  return /[^\u0000-\u00ff]/.test(text) ? 2 * text.length : text.length;
}
