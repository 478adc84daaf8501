// The evidence of a referral, read from decision.evidence (frozen at proposal by the decision core): each open flag
// the proposer saw (rule, severity, when raised, the rule's own summary) and the account's figures. Read
// defensively, like ./evidence-summary.ts: a malformed snapshot leaves gaps in the report rather than no report.
import { RuleCode, Severity } from "@/lib/generated/prisma/enums";
import { evidenceSummary, type EvidenceSummary } from "./evidence-summary";

const RULES: readonly string[] = Object.values(RuleCode);
const SEVERITIES: readonly string[] = Object.values(Severity);

export interface ReferralFlag {
  rule: RuleCode;
  severity: Severity | null;
  /** "YYYY-MM-DD". */
  detectedOn: string | null;
  summary: string | null;
}

export interface ReferralEvidence {
  flags: ReferralFlag[];
  figures: Omit<EvidenceSummary, "rules">;
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function flagOf(value: unknown): ReferralFlag | null {
  const flag = record(value);
  if (typeof flag.rule !== "string" || !RULES.includes(flag.rule)) return null;
  const detected = typeof flag.detectedAt === "string" && /^\d{4}-\d{2}-\d{2}/.test(flag.detectedAt) ? flag.detectedAt.slice(0, 10) : null;
  const summary = record(flag.evidence).summary;
  return {
    rule: flag.rule as RuleCode,
    severity: typeof flag.severity === "string" && SEVERITIES.includes(flag.severity) ? (flag.severity as Severity) : null,
    detectedOn: detected,
    summary: typeof summary === "string" && summary.trim() !== "" ? summary : null,
  };
}

export function referralEvidence(evidence: unknown): ReferralEvidence {
  const flags = record(evidence).flags;
  const { rules: _rules, ...figures } = evidenceSummary(evidence);
  return { flags: (Array.isArray(flags) ? flags : []).map(flagOf).filter((flag) => flag !== null), figures };
}
