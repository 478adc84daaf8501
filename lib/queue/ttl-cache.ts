// A small time-bounded memo for figures that many viewers ask for every few seconds and that may be a little old
// (the queue's counts per filter value): one computation per key at a time, shared by concurrent callers. A value
// is fresh for `freshMs`; after that, until `staleMs`, callers still get it at once while one refresh runs in the
// background (so no viewer waits for the recount); older values are dropped. A failed computation is not kept.

interface Entry<T> {
  at: number;
  value: Promise<T>;
  refreshing: boolean;
}

export function createTtlCache<T>(freshMs: number, staleMs: number, clock: () => number = Date.now) {
  const entries = new Map<string, Entry<T>>();
  const load = (key: string, compute: () => Promise<T>, previous?: Entry<T>): Promise<T> => {
    const value = compute();
    const entry: Entry<T> = { at: clock(), value, refreshing: false };
    value.then(
      () => entries.set(key, entry),
      () => {
        if (entries.get(key) === entry || !previous) entries.delete(key);
        else previous.refreshing = false;
      },
    );
    if (!previous) entries.set(key, entry);
    return value;
  };
  return {
    get(key: string, compute: () => Promise<T>): Promise<T> {
      const now = clock();
      for (const [k, entry] of entries) if (now - entry.at >= staleMs) entries.delete(k);
      const cached = entries.get(key);
      if (!cached) return load(key, compute);
      if (now - cached.at >= freshMs && !cached.refreshing) {
        cached.refreshing = true;
        void load(key, compute, cached).catch(() => undefined);
      }
      return cached.value;
    },
  };
}
