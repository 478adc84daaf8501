import { describe, expect, it } from "vitest";
import { createTtlCache } from "./ttl-cache";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createTtlCache", () => {
  it("computes once per key while fresh, shared by concurrent callers", async () => {
    let now = 0;
    let loads = 0;
    const cache = createTtlCache<number>(10_000, 60_000, () => now);
    const load = async () => ++loads;
    expect(await Promise.all([cache.get("a", load), cache.get("a", load)])).toEqual([1, 1]);
    now = 9_999;
    expect(await cache.get("a", load)).toBe(1);
    expect(await cache.get("b", load)).toBe(2);
    expect(loads).toBe(2);
  });

  it("serves a stale value at once while one refresh runs, then the refreshed one", async () => {
    let now = 0;
    let loads = 0;
    const cache = createTtlCache<number>(10_000, 60_000, () => now);
    const load = async () => ++loads;
    await cache.get("a", load);
    now = 15_000;
    expect(await Promise.all([cache.get("a", load), cache.get("a", load)])).toEqual([1, 1]);
    await settle();
    expect(loads).toBe(2);
    expect(await cache.get("a", load)).toBe(2);
  });

  it("recomputes, and waits for it, once a value is past its stale limit", async () => {
    let now = 0;
    let loads = 0;
    const cache = createTtlCache<number>(10_000, 60_000, () => now);
    const load = async () => ++loads;
    await cache.get("a", load);
    now = 60_000;
    expect(await cache.get("a", load)).toBe(2);
  });

  it("does not keep a failure, and keeps the stale value when a refresh fails", async () => {
    let now = 0;
    const cache = createTtlCache<string>(10_000, 60_000, () => now);
    await expect(cache.get("a", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("a", async () => "up")).toBe("up");
    now = 20_000;
    expect(await cache.get("a", () => Promise.reject(new Error("down again")))).toBe("up");
    await settle();
    expect(await cache.get("a", async () => "up again")).toBe("up");
    await settle();
    expect(await cache.get("a", async () => "later")).toBe("up again");
  });
});
