/**
 * Remembers the result of an async computation for a few seconds per key, sharing one
 * computation among callers that ask at the same time. Bounded: the oldest keys go first.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  /** `keep`: whether a result is worth remembering (a cheap one can be computed again). */
  get(key: string, compute: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.until > now) return entry.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { value, until: now + this.ttlMs });
    // A failure, or a result not worth keeping, is forgotten once it has answered its callers.
    value.then(
      (result) => {
        if (!keep(result) && this.entries.get(key)?.value === value) this.entries.delete(key);
      },
      () => this.entries.delete(key),
    );
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
