// What a checker sees first of the evidence a proposal relied on: the rules that had fired, the days past due and the
// amounts, read from decision.evidence (frozen at proposal by the decision core). The JSON is read defensively: a
// malformed or older snapshot gives an empty summary rather than breaking the approvals screen.
import { RuleCode } from "@/lib/generated/prisma/enums";

const RULES: readonly string[] = Object.values(RuleCode);
const AMOUNT = /^\d{1,14}(\.\d{1,2})?$/;

export interface EvidenceSummary {
  /** Distinct rules of the open flags at proposal, in the order the snapshot lists them. */
  rules: RuleCode[];
  currentDpd: number | null;
  outstanding: string | null;
  overdueAmount: string | null;
  creditLimit: string | null;
  /** "YYYY-MM-DD" the figures were as of. */
  dpdAsOf: string | null;
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Amounts may be stored as text or numbers; both become decimal text. */
function amount(value: unknown): string | null {
  const text = typeof value === "number" && Number.isFinite(value) && value >= 0 ? String(value) : value;
  return typeof text === "string" && AMOUNT.test(text) ? text : null;
}

export function evidenceSummary(evidence: unknown): EvidenceSummary {
  const snapshot = record(evidence);
  const flags = Array.isArray(snapshot.flags) ? snapshot.flags : [];
  const rules = [...new Set(flags.map((flag) => record(flag).rule).filter((rule): rule is RuleCode => typeof rule === "string" && RULES.includes(rule)))];
  const account = record(snapshot.account);
  const dpd = account.currentDpd;
  const asOf = account.dpdAsOf;
  return {
    rules,
    currentDpd: typeof dpd === "number" && Number.isInteger(dpd) && dpd >= 0 ? dpd : null,
    outstanding: amount(account.outstanding),
    overdueAmount: amount(account.overdueAmount),
    creditLimit: amount(account.creditLimit),
    dpdAsOf: typeof asOf === "string" && /^\d{4}-\d{2}-\d{2}/.test(asOf) ? asOf.slice(0, 10) : null,
  };
}
