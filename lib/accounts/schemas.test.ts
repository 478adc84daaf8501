import { describe, expect, it } from "vitest";
import { addNoteInput, timelineQuery, unmaskInput } from "./schemas";
import { encodeTimelineCursor, TIMELINE_KINDS } from "./timeline";

describe("addNoteInput", () => {
  it("trims the body before counting it", () => {
    expect(addNoteInput.safeParse({ accountId: 1, body: "   short    " }).success).toBe(false);
    expect(addNoteInput.parse({ accountId: 1, body: "  ten chars!  " }).body).toBe("ten chars!");
  });

  it("refuses a body over 4000 characters and a bad note id", () => {
    expect(addNoteInput.safeParse({ accountId: 1, body: "x".repeat(4001) }).success).toBe(false);
    expect(addNoteInput.safeParse({ accountId: 1, body: "x".repeat(4000) }).success).toBe(true);
    expect(addNoteInput.safeParse({ accountId: 1, body: "a valid note", correctsNoteId: 0 }).success).toBe(false);
  });
});

describe("unmaskInput", () => {
  it("needs a reason of 10 to 500 characters", () => {
    expect(unmaskInput.safeParse({ accountId: 1, reason: "because   " }).success).toBe(false);
    expect(unmaskInput.safeParse({ accountId: 1, reason: "customer called in" }).success).toBe(true);
    expect(unmaskInput.safeParse({ accountId: 1, reason: "r".repeat(501) }).success).toBe(false);
  });
});

describe("timelineQuery", () => {
  it("reads every kind when none is given", () => {
    expect(timelineQuery.parse({}).kinds).toEqual([...TIMELINE_KINDS]);
    expect(timelineQuery.parse({ kinds: "" }).kinds).toEqual([...TIMELINE_KINDS]);
  });

  it("reads the kinds given, in the catalogue's order, and refuses unknown ones", () => {
    expect(timelineQuery.parse({ kinds: "NOTE,FLAG,NOTE" }).kinds).toEqual(["FLAG", "NOTE"]);
    expect(timelineQuery.safeParse({ kinds: "NOTE,GOSSIP" }).success).toBe(false);
  });

  it("decodes the cursor and refuses a forged one", () => {
    const before = { at: "2026-01-01T00:00:00.000Z", key: "note:4" };
    expect(timelineQuery.parse({ before: encodeTimelineCursor(before) }).before).toEqual(before);
    expect(timelineQuery.safeParse({ before: "forged" }).success).toBe(false);
  });

  it("bounds the page size", () => {
    expect(timelineQuery.parse({ limit: "50" }).limit).toBe(50);
    expect(timelineQuery.safeParse({ limit: "5000" }).success).toBe(false);
  });
});
