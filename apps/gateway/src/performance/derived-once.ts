/**
 * Values derived from an object that several requests hold (the rows of one shared execution),
 * built once per object and key: the first request builds, the others reuse. Entries go when
 * the object is collected. A key must name everything else the value depends on; the value is
 * only read afterwards.
 */
export class DerivedOnce<Source extends object, Value> {
  readonly #bySource = new WeakMap<Source, Map<string, Value>>();

  get(source: Source, key: string, build: () => Value): Value {
    let byKey = this.#bySource.get(source);
    if (!byKey) {
      byKey = new Map();
      this.#bySource.set(source, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = build();
      byKey.set(key, value);
    }
    return value;
  }
}
