import { describe, expect, it } from "vitest";
import { decodeInstantCursor, encodeInstantCursor } from "./instant-cursor";

describe("instant cursor", () => {
  it("round-trips an instant and an id", () => {
    const cursor = { at: "2026-03-04T05:06:07.890Z", id: 42 };
    const text = encodeInstantCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeInstantCursor(text)).toEqual(cursor);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "a+b/c="],
    ["not JSON", Buffer.from("nope").toString("base64url")],
    ["not an instant", Buffer.from(JSON.stringify(["yesterday", 1])).toString("base64url")],
    ["a negative id", Buffer.from(JSON.stringify(["2026-03-04T05:06:07.890Z", -1])).toString("base64url")],
    ["a fractional id", Buffer.from(JSON.stringify(["2026-03-04T05:06:07.890Z", 1.5])).toString("base64url")],
    ["too long", "A".repeat(200)],
  ])("refuses %s", (_, text) => {
    expect(decodeInstantCursor(text)).toBeNull();
  });
});
