import { describe, expect, it } from "vitest";
import type { LimitApplicationRow } from "./account-data";
import { limitApplicationBurst } from "./limit-application-burst";
import { account, daysAgo, defaultRuleConfig } from "./test-support";

const t = defaultRuleConfig().rules.LIMIT_APPLICATION_BURST;
let nextId = 500;
const application = (days: number, requestedAmount = "20000.00"): LimitApplicationRow => ({
  id: String(nextId++),
  requestedAmount,
  appliedAt: daysAgo(days),
});

describe("LIMIT_APPLICATION_BURST", () => {
  it.each([
    [2, false],
    [3, true],
    [4, true],
  ])("%i applications within 7 days: fires %s", (n, fires) => {
    const applications = Array.from({ length: n }, (_, i) => application(i * 2));
    expect(limitApplicationBurst(account({ limitApplications: applications }), t) !== null).toBe(fires);
  });

  it("needs them on 7 consecutive days at most, anywhere in the 90 days to the as-of date", () => {
    const burst = (...days: number[]) => limitApplicationBurst(account({ limitApplications: days.map((d) => application(d)) }), t);
    expect(burst(40, 37, 34)).not.toBeNull();
    expect(burst(40, 37, 33)).toBeNull();
    expect(burst(89, 88, 87)).not.toBeNull();
    expect(burst(90, 88, 87)).toBeNull();
    expect(burst(0, 3, -1)).toBeNull();
  });

  it("reports the longest run", () => {
    const rows = [application(60), application(58), application(57), application(20), application(19), application(18), application(16)];
    expect(limitApplicationBurst(account({ limitApplications: rows }), t)?.applications.map((a) => a.id)).toEqual(rows.slice(3).map((a) => a.id));
  });

  it("lists the applications with their dates and amounts", () => {
    const rows = [application(0, "30000.00"), application(6), application(2, "25000.00")];
    expect(limitApplicationBurst(account({ limitApplications: rows }), t)).toEqual({
      summary: "3 limit-increase applications within 7 days: 2026-09-24, 2026-09-28, 2026-09-30",
      applications: [rows[1], rows[2], rows[0]],
    });
  });
});
