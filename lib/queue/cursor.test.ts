import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, type QueueCursor } from "./cursor";

const due = "2026-11-23T08:30:00.125Z";

describe("keyset cursors", () => {
  it.each<QueueCursor>([
    { sort: "priority", dir: "asc", key: [1, due], id: 42 },
    { sort: "due", dir: "desc", key: [due], id: 7 },
    { sort: "dpd", dir: "desc", key: [180], id: 3 },
    { sort: "outstanding", dir: "asc", key: ["12345678901.99"], id: 9 },
    { sort: "flagged", dir: "asc", key: [due], id: 2_147_483_647 },
  ])("round-trips a $sort cursor", (cursor) => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text, cursor.sort, cursor.dir)).toEqual(cursor);
  });

  it("refuses a cursor of another order or direction", () => {
    const text = encodeCursor({ sort: "dpd", dir: "desc", key: [30], id: 1 });
    expect(decodeCursor(text, "outstanding", "desc")).toBeNull();
    expect(decodeCursor(text, "dpd", "asc")).toBeNull();
  });

  it("refuses keys of the wrong type or range", () => {
    const forged = (json: unknown) => Buffer.from(JSON.stringify(json)).toString("base64url");
    expect(decodeCursor(forged(["priority", "asc", 1, [5, due]]), "priority", "asc")).toBeNull();
    expect(decodeCursor(forged(["priority", "asc", 1, [1, "tomorrow"]]), "priority", "asc")).toBeNull();
    expect(decodeCursor(forged(["dpd", "desc", 1, ["30"]]), "dpd", "desc")).toBeNull();
    expect(decodeCursor(forged(["outstanding", "desc", 1, ["1e9"]]), "outstanding", "desc")).toBeNull();
    expect(decodeCursor(forged(["dpd", "desc", 0, [30]]), "dpd", "desc")).toBeNull();
    expect(decodeCursor(forged(["dpd", "desc", 1, [30], "extra"]), "dpd", "desc")).toBeNull();
  });

  it("refuses text that is not a cursor", () => {
    expect(decodeCursor("not a cursor!", "dpd", "desc")).toBeNull();
    expect(decodeCursor("bm90IGpzb24", "dpd", "desc")).toBeNull();
    expect(decodeCursor("a".repeat(201), "dpd", "desc")).toBeNull();
  });
});
