// LIMIT_APPLICATION_BURST (domain.md, medium): >= 3 limit-increase applications within 7 days.
// Reads: limit_application rows (every row is a limit-increase request, whatever its outcome) with applied_at in the
// lookback (the 90 days to the as-of date, the as-of day included). "Within 7 days" is any run of applications whose
// dates fall in 7 consecutive calendar days inside the lookback, so the flag stays open after the burst's week until
// it leaves the lookback. The run reported is the longest (the earliest of equal ones).
import type { RuleThresholds } from "./config";
import { dateOf, inWindow, runsWithinDays, windowTo } from "./calendar";
import { ascendingBy, type Rule } from "./rule";

export type LimitApplicationBurstEvidence = {
  summary: string;
  applications: { id: string; requestedAmount: string; appliedAt: string }[];
};

export const limitApplicationBurst: Rule<RuleThresholds["LIMIT_APPLICATION_BURST"], LimitApplicationBurstEvidence> = (account, t) => {
  const lookback = windowTo(account.asOf, t.lookbackDays);
  const applications = account.limitApplications.filter((a) => inWindow(a.appliedAt, lookback)).sort(ascendingBy((a) => a.appliedAt));
  const runs = runsWithinDays(applications, t.windowDays, (a) => a.appliedAt);
  const burst = runs.reduce<typeof applications>((best, run) => (run.length > best.length ? run : best), []);
  if (burst.length < t.applicationsAtLeast) return null;
  return {
    summary: `${burst.length} limit-increase applications within ${t.windowDays} days: ${burst.map((a) => dateOf(a.appliedAt)).join(", ")}`,
    applications: burst.map(({ id, requestedAmount, appliedAt }) => ({ id, requestedAmount, appliedAt })),
  };
};
