import { describe, expect, it } from "vitest";
import { labelEvery, linePoints, niceMax, PLOT, scaleY, stackedBars } from "./chart-geometry";

describe("niceMax", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(0.37)).toBeCloseTo(0.5);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(1.2)).toBe(2);
    expect(niceMax(2.2)).toBe(2.5);
    expect(niceMax(812_345)).toBe(1_000_000);
    expect(niceMax(4_100)).toBe(5_000);
  });
});

describe("stackedBars", () => {
  it("stacks a category's series from the bottom and leaves zeros out", () => {
    const layout = stackedBars([[[3, 0, 1]], [[2, 2, 0]]]);
    expect(layout.max).toBe(5);
    expect(layout.segments.map((s) => [s.category, s.series, s.value])).toEqual([[0, 0, 3], [0, 2, 1], [1, 0, 2], [1, 1, 2]]);
    const [first, second] = layout.segments;
    expect(first.y + first.height).toBeCloseTo(PLOT.bottom);
    expect(second.y + second.height).toBeCloseTo(first.y);
    expect(second.y).toBeCloseTo(scaleY(4, 5));
  });

  it("puts groups side by side within a category and honours a fixed maximum", () => {
    const layout = stackedBars([[[1], [1]]], 1);
    const [left, right] = layout.segments;
    expect(right.x).toBeGreaterThan(left.x);
    expect(left.y).toBeCloseTo(PLOT.top);
  });
});

describe("labelEvery", () => {
  it("labels everything up to 12, then every n-th counting back from the last", () => {
    expect(labelEvery(3)).toEqual([true, true, true]);
    const many = labelEvery(26);
    expect(many[25]).toBe(true);
    expect(many.filter(Boolean).length).toBeLessThanOrEqual(13);
  });
});

describe("linePoints", () => {
  it("breaks the line at missing values", () => {
    const { points, path } = linePoints([0.5, null, 1, 0], 1);
    expect(points.map((p) => p.index)).toEqual([0, 2, 3]);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(points[1].y).toBeCloseTo(PLOT.top);
  });
});
