import { describe, expect, it } from "vitest";
import { Random } from "./random";

const draw = (random: Random, count = 20) => Array.from({ length: count }, () => random.next());

describe("Random", () => {
  it("gives the same stream for the same seed and keys, and a different one otherwise", () => {
    expect(draw(new Random(42, "account", 7))).toEqual(draw(new Random(42, "account", 7)));
    expect(draw(new Random(42, "account", 7))).not.toEqual(draw(new Random(43, "account", 7)));
    expect(draw(new Random(42, "account", 7))).not.toEqual(draw(new Random(42, "account", 8)));
    expect(draw(new Random(42, "account", 7))).not.toEqual(draw(new Random(42, "merchants", 7)));
  });

  it("forks streams that do not depend on how much the parent has drawn", () => {
    const fresh = new Random(1, "a");
    const used = new Random(1, "a");
    draw(used, 5);
    expect(draw(fresh.fork("purchases"))).toEqual(draw(used.fork("purchases")));
    expect(draw(fresh.fork("purchases"))).not.toEqual(draw(fresh.fork("scores")));
  });

  it("tells seeds apart beyond 32 bits", () => {
    expect(draw(new Random(2 ** 40 + 1))).not.toEqual(draw(new Random(1)));
  });

  it("draws uniformly in [0, 1) and whole numbers within their bounds", () => {
    const random = new Random(9);
    const values = draw(random, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
    const ints = Array.from({ length: 5_000 }, () => random.int(3, 6));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]));
  });

  it("follows the weights, the normal and the Poisson means", () => {
    const random = new Random(11);
    const picks = Array.from({ length: 20_000 }, () => random.weighted([["a", 1], ["b", 3]] as const));
    expect(picks.filter((p) => p === "b").length / picks.length).toBeCloseTo(0.75, 1);
    const normals = Array.from({ length: 20_000 }, () => random.normal());
    const mean = normals.reduce((a, b) => a + b, 0) / normals.length;
    const variance = normals.reduce((a, b) => a + (b - mean) ** 2, 0) / normals.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
    const counts = Array.from({ length: 20_000 }, () => random.poisson(2.5));
    expect(counts.reduce((a, b) => a + b, 0) / counts.length).toBeCloseTo(2.5, 1);
  });
});
