// SEVERE_OVERDUE (domain.md, critical): current DPD >= 90, or >= 3 of the last 6 statements at >= 60 DPD.
// Reads: account.current_dpd (the DPD as of account.dpd_as_of, kept current by ingest) and the last 6 statements
// with cycle_date <= as-of, newest first (statement.dpd is the DPD as of each cycle date). An account with fewer
// statements is judged on those it has. Thresholds include their number ("DPD >= 90" fires at 90).
import type { RuleThresholds } from "./config";
import { ascendingBy, type Rule } from "./rule";

export type SevereOverdueEvidence = {
  summary: string;
  reasons: ("CURRENT_DPD" | "OVERDUE_STATEMENTS")[];
  currentDpd: number;
  dpdAsOf: string | null;
  /** The statements among the last ones considered that were at or above the statement DPD threshold. */
  overdueStatements: { cycleDate: string; dpd: number }[];
  statementsConsidered: number;
};

export const severeOverdue: Rule<RuleThresholds["SEVERE_OVERDUE"], SevereOverdueEvidence> = (account, t) => {
  const last = account.statements
    .filter((s) => s.cycleDate <= account.asOf)
    .sort(ascendingBy((s) => s.cycleDate))
    .reverse()
    .slice(0, t.lastStatements);
  const overdue = last.filter((s) => s.dpd >= t.statementDpdAtLeast).reverse();
  const reasons: SevereOverdueEvidence["reasons"] = [];
  const parts: string[] = [];
  if (account.currentDpd >= t.currentDpdAtLeast) {
    reasons.push("CURRENT_DPD");
    parts.push(`DPD ${account.currentDpd} as of ${account.dpdAsOf ?? account.asOf}`);
  }
  if (overdue.length >= t.statementsAtLeast) {
    reasons.push("OVERDUE_STATEMENTS");
    const list = overdue.map((s) => `${s.cycleDate}: ${s.dpd}`).join(", ");
    parts.push(`${overdue.length} of the last ${last.length} statements at >= ${t.statementDpdAtLeast} DPD (${list})`);
  }
  if (reasons.length === 0) return null;
  return {
    summary: parts.join("; "),
    reasons,
    currentDpd: account.currentDpd,
    dpdAsOf: account.dpdAsOf,
    overdueStatements: overdue.map((s) => ({ cycleDate: s.cycleDate, dpd: s.dpd })),
    statementsConsidered: last.length,
  };
};
