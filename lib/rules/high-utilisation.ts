// HIGH_UTILISATION (domain.md, medium): statement balance >= 90% of the limit on 3 consecutive statements.
// Reads: the last 3 statements with cycle_date <= as-of (the latest run of consecutive statements: the rule is about
// sustained leverage now, not a past episode) and, for each, the limit in force on its cycle date
// (credit_limit_change, see ./credit-limit.ts). The balance is statement.amount_due. Fewer statements than the run
// needs, or a zero limit, cannot fire.
import type { RuleThresholds } from "./config";
import { limitOn } from "./credit-limit";
import { centsToDecimal, isAtLeastPercent, percentOf, toCents } from "./money";
import { ascendingBy, type Rule } from "./rule";

export type HighUtilisationEvidence = {
  summary: string;
  /** The run of statements, oldest first. */
  statements: { cycleDate: string; balance: string; limit: string; utilisationPercent: string }[];
};

export const highUtilisation: Rule<RuleThresholds["HIGH_UTILISATION"], HighUtilisationEvidence> = (account, t) => {
  const run = account.statements
    .filter((s) => s.cycleDate <= account.asOf)
    .sort(ascendingBy((s) => s.cycleDate))
    .slice(-t.consecutiveStatements);
  if (run.length < t.consecutiveStatements) return null;
  const figures = run.map((s) => ({ cycleDate: s.cycleDate, balance: toCents(s.amountDue), limit: limitOn(s.cycleDate, account) }));
  if (!figures.every((f) => f.limit > BigInt(0) && isAtLeastPercent(f.balance, f.limit, t.utilisationPercentAtLeast))) return null;
  const statements = figures.map((f) => ({
    cycleDate: f.cycleDate,
    balance: centsToDecimal(f.balance),
    limit: centsToDecimal(f.limit),
    utilisationPercent: percentOf(f.balance, f.limit),
  }));
  return {
    summary:
      `Balance >= ${t.utilisationPercentAtLeast}% of the limit on the last ${run.length} statements: ` +
      statements.map((s) => `${s.cycleDate} ${s.utilisationPercent}%`).join(", "),
    statements,
  };
};
