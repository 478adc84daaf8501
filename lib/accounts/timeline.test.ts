import { describe, expect, it } from "vitest";
import { decodeTimelineCursor, encodeTimelineCursor, kindsParam, TIMELINE_KINDS, timelinePage, toTimelineItem, type TimelineRow } from "./timeline";

const at = new Date("2026-03-01T08:00:00.000Z");

const noteRow = (id: number, when = at): TimelineRow => ({
  at: when,
  key: `note:${id}`,
  details: { kind: "NOTE", event: "ADDED", noteId: id, author: "Li Wei", excerpt: "Called the customer", correctsNoteId: null },
});

describe("timeline cursors", () => {
  it("round-trips an instant and a key", () => {
    const cursor = { at: "2026-03-01T08:00:00.000Z", key: "flag:12:cleared" };
    expect(decodeTimelineCursor(encodeTimelineCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ["not base64url", "a+b/c"],
    ["not JSON", Buffer.from("{oops").toString("base64url")],
    ["a bad instant", Buffer.from(JSON.stringify(["yesterday", "note:1"])).toString("base64url")],
    ["a key that is not a row", Buffer.from(JSON.stringify(["2026-03-01T08:00:00.000Z", "'; DROP TABLE note"])).toString("base64url")],
    ["extra parts", Buffer.from(JSON.stringify(["2026-03-01T08:00:00.000Z", "note:1", 3])).toString("base64url")],
    ["too long", "a".repeat(201)],
  ])("refuses %s", (_label, text) => {
    expect(decodeTimelineCursor(text)).toBeNull();
  });
});

describe("timelinePage", () => {
  it("keeps `limit` entries and points the cursor at the last one kept when an older one exists", () => {
    const rows = [noteRow(3, new Date("2026-03-03T00:00:00Z")), noteRow(2, new Date("2026-03-02T00:00:00Z")), noteRow(1)];
    const page = timelinePage(rows, 2);
    expect(page.items.map((item) => item.key)).toEqual(["note:3", "note:2"]);
    expect(decodeTimelineCursor(page.nextCursor ?? "")).toEqual({ at: "2026-03-02T00:00:00.000Z", key: "note:2" });
  });

  it("has no cursor on the oldest page", () => {
    expect(timelinePage([noteRow(1)], 2).nextCursor).toBeNull();
    expect(timelinePage([], 2)).toEqual({ items: [], nextCursor: null });
  });
});

describe("toTimelineItem", () => {
  it("maps a row to an entry with an ISO instant", () => {
    expect(toTimelineItem(noteRow(7))).toEqual({
      kind: "NOTE",
      event: "ADDED",
      noteId: 7,
      author: "Li Wei",
      excerpt: "Called the customer",
      correctsNoteId: null,
      at: "2026-03-01T08:00:00.000Z",
      key: "note:7",
    });
  });

  it("keeps money and bigint ids as text", () => {
    const item = toTimelineItem({
      at,
      key: "limit:9007199254740993",
      details: { kind: "LIMIT", event: "CHANGED", changeId: "9007199254740993", previousAmount: null, amount: "20000.10", currency: "CNY", reason: "opening", by: null },
    });
    expect(item).toMatchObject({ changeId: "9007199254740993", amount: "20000.10", previousAmount: null });
  });

  it("refuses details that do not fit their kind", () => {
    expect(() => toTimelineItem({ at, key: "flag:1:raised", details: { kind: "FLAG", event: "RAISED", flagId: "1", rule: "NOT_A_RULE", severity: "HIGH", ruleVersion: 1 } })).toThrow();
    expect(() => toTimelineItem({ at, key: "x:1", details: { kind: "GOSSIP", event: "HEARD" } })).toThrow();
  });
});

describe("kindsParam", () => {
  it("lists chosen kinds in the catalogue's order, and every kind as the empty string", () => {
    expect(kindsParam(["NOTE", "FLAG"])).toBe("FLAG,NOTE");
    expect(kindsParam([...TIMELINE_KINDS].reverse())).toBe("");
  });
});
