// Which rows of the account's history made a rule fire, for the history tables and chart to mark them: the statements
// behind SEVERE_OVERDUE (those at the statement DPD threshold) and HIGH_UTILISATION (the run of highly used ones), by
// cycle date, and the purchases behind CASH_OUT, by id. Every flag counts, open or cleared: a cleared flag's rows
// still show what once fired. Flags whose evidence could not be read mark nothing.
import type { RuleCode } from "@/lib/generated/prisma/enums";
import type { RuleEvidence } from "./flag-evidence";

/** cycle date "YYYY-MM-DD" -> the rules its statement made fire, in the order first seen. */
export type RuleMarks = Record<string, RuleCode[]>;
/** purchase id -> the rules it made fire. */
export type HighlightedPurchases = Record<string, RuleCode[]>;

function mark(marks: Record<string, RuleCode[]>, key: string, rule: RuleCode) {
  const rules = (marks[key] ??= []);
  if (!rules.includes(rule)) rules.push(rule);
}

export function ruleMarks(flags: RuleEvidence[]): { ruleMarks: RuleMarks; highlightedPurchases: HighlightedPurchases } {
  const statements: RuleMarks = {};
  const purchases: HighlightedPurchases = {};
  for (const flag of flags) {
    if (!flag.evidence) continue;
    switch (flag.rule) {
      case "SEVERE_OVERDUE":
        for (const s of flag.evidence.overdueStatements) mark(statements, s.cycleDate, flag.rule);
        break;
      case "HIGH_UTILISATION":
        for (const s of flag.evidence.statements) mark(statements, s.cycleDate, flag.rule);
        break;
      case "CASH_OUT":
        for (const burst of flag.evidence.bursts) for (const p of burst.purchases) mark(purchases, p.id, flag.rule);
        for (const p of flag.evidence.watchListedPurchases) mark(purchases, p.id, flag.rule);
        break;
    }
  }
  return { ruleMarks: statements, highlightedPurchases: purchases };
}
