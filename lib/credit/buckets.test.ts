import { describe, expect, it } from "vitest";
import { bucketOf } from "./buckets";

describe("bucketOf", () => {
  it.each([
    [0, "CURRENT"],
    [1, "M1"],
    [30, "M1"],
    [31, "M2"],
    [60, "M2"],
    [61, "M3"],
    [90, "M3"],
    [91, "M4_PLUS"],
    [400, "M4_PLUS"],
  ])("DPD %i is %s", (dpd, bucket) => expect(bucketOf(dpd)).toBe(bucket));

  it("refuses negative or fractional DPD", () => {
    expect(() => bucketOf(-1)).toThrow(RangeError);
    expect(() => bucketOf(1.5)).toThrow(RangeError);
  });
});
