import { describe, expect, it } from "vitest";
import { SECONDS_PER_DAY } from "./calendar";
import { densestWindow } from "./testing/rule-patterns";
import { samplePortfolio } from "./testing/sample-portfolio";

const { accounts } = samplePortfolio(3_000, 101);
const WEEK = 7 * SECONDS_PER_DAY;

describe("limit history", () => {
  it("keeps the full history of limits, each change starting from the one before", () => {
    for (const { limitChanges } of accounts) {
      expect(limitChanges[0]).toMatchObject({ previousCents: null, reason: "initial limit" });
      for (let k = 1; k < limitChanges.length; k++) {
        expect(limitChanges[k].previousCents).toBe(limitChanges[k - 1].amountCents);
        expect(limitChanges[k].amountCents).toBeGreaterThan(limitChanges[k].previousCents ?? Infinity);
        expect(limitChanges[k].changedAt).toBeGreaterThanOrEqual(limitChanges[k - 1].changedAt);
      }
    }
  });

  it("raises the limit for every approved application, and only for those or for a review", () => {
    for (const { limitChanges, limitApplications } of accounts) {
      const approved = limitApplications.filter((a) => a.outcome === "APPROVED").length;
      expect(limitChanges.filter((c) => c.reason === "limit increase application approved")).toHaveLength(approved);
      for (const change of limitChanges.slice(1)) expect(["periodic review increase", "limit increase application approved"]).toContain(change.reason);
    }
  });

  it("declines every application of a burst (3+ inside a week)", () => {
    const bursts = accounts.filter((r) => densestWindow(r.limitApplications.map((a) => a.appliedAt), WEEK).length >= 3);
    expect(bursts.length).toBeGreaterThan(15);
    for (const { limitApplications } of bursts) {
      const burst = new Set(densestWindow(limitApplications.map((a) => a.appliedAt), WEEK));
      expect(limitApplications.filter((a) => burst.has(a.appliedAt)).some((a) => a.outcome === "APPROVED")).toBe(false);
    }
  });
});
