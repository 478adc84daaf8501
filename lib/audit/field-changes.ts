// What an audit event changed, field by field: the union of the top-level fields of its before and after, each with
// both values as canonical JSON text and whether it changed, in a stable order (changed fields first, then by name),
// for the explorer to show an event's before/after side by side. Pure.
import { canonicalJson, type Json } from "./canonical-json";

export interface FieldChange {
  field: string;
  /** Canonical JSON text, or null when the side has no such field. */
  before: string | null;
  after: string | null;
  changed: boolean;
}

const fields = (value: Json | null): Record<string, Json> =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? value : value === null ? {} : { value };

export function fieldChanges(before: Json | null, after: Json | null): FieldChange[] {
  const [b, a] = [fields(before), fields(after)];
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .map((field) => {
      const beforeText = field in b ? canonicalJson(b[field]) : null;
      const afterText = field in a ? canonicalJson(a[field]) : null;
      return { field, before: beforeText, after: afterText, changed: beforeText !== afterText };
    })
    .sort((x, y) => Number(y.changed) - Number(x.changed) || (x.field < y.field ? -1 : x.field > y.field ? 1 : 0));
}
