// Canonical JSON, the text the audit chain hashes (./chain.ts) and the explorer compares field by field: on its
// own, free of node:crypto, so the browser can use it without a crypto polyfill in its bundle (whose code relies
// on Function(), which the Content-Security-Policy refuses).

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level, so equal values always serialise to the same text. */
export function canonicalJson(value: unknown): string {
  // Written for speed (verification runs it on every event): no intermediate arrays of entries. Keys sort by UTF-16
  // code units, which is what Array.prototype.sort does without a comparator.
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new Error("audit content cannot hold NaN or Infinity");
      return JSON.stringify(value);
    case "bigint":
      return JSON.stringify(value.toString());
  }
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i ? "," : "") + canonicalJson(value[i]);
    return `${out}]`;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let out = "{";
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      out += `${out.length > 1 ? "," : ""}${JSON.stringify(key)}:${canonicalJson(item)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value);
}
