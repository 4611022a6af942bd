/** localStorage as a Map, with an optional quota (in characters, keys and values) like a browser's. */
export function memoryStorage(
  initial: Record<string, string> = {},
  quota = Infinity,
) {
  const items = new Map(Object.entries(initial));
  const used = () =>
    [...items].reduce(
      (sum, [key, value]) => sum + key.length + value.length,
      0,
    );
  return {
    items,
    /** Characters the storage holds at most; raise it to make room. */
    quota,
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      const before = items.get(key);
      items.set(key, value);
      if (used() > this.quota) {
        if (before === undefined) items.delete(key);
        else items.set(key, before);
        throw new DOMException(
          "The quota has been exceeded.",
          "QuotaExceededError",
        );
      }
    },
    removeItem: (key: string) => void items.delete(key),
  };
}
