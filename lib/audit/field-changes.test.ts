import { describe, expect, it } from "vitest";
import { fieldChanges } from "./field-changes";

describe("an audit event's field changes", () => {
  it("lists changed fields first, each side as canonical JSON", () => {
    expect(fieldChanges({ status: "NEW", version: 1, assigneeId: null }, { status: "IN_REVIEW", version: 2, assigneeId: null })).toEqual([
      { field: "status", before: '"NEW"', after: '"IN_REVIEW"', changed: true },
      { field: "version", before: "1", after: "2", changed: true },
      { field: "assigneeId", before: "null", after: "null", changed: false },
    ]);
  });

  it("shows a field present on one side only, and compares nested values by content, not key order", () => {
    expect(fieldChanges(null, { noteId: 7 })).toEqual([{ field: "noteId", before: null, after: "7", changed: true }]);
    expect(fieldChanges({ p: { a: 1, b: 2 } }, { p: { b: 2, a: 1 } })).toEqual([{ field: "p", before: '{"a":1,"b":2}', after: '{"a":1,"b":2}', changed: false }]);
  });

  it("treats a bare value as one field", () => {
    expect(fieldChanges(null, null)).toEqual([]);
    expect(fieldChanges(3, [1])).toEqual([{ field: "value", before: "3", after: "[1]", changed: true }]);
  });
});
