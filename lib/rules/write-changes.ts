// Writes a change plan (./plan-changes.ts) with one set-based statement per kind of change, inside the caller's
// transaction (server-only). Every statement re-checks the state it expects (a flag still open, no open case yet,
// a case still open and less severe), so an evaluation racing another one for the same account changes nothing twice
// and breaks no partial unique index; the counts returned are the rows actually written.
import "server-only";
import type { Tx } from "@/lib/db";
import type { ChangePlan } from "./plan-changes";

export interface ChangeCounts {
  flagsRaised: number;
  flagsUpdated: number;
  flagsCleared: number;
  casesOpened: number;
  casesEscalated: number;
}

export const noChanges = (): ChangeCounts => ({ flagsRaised: 0, flagsUpdated: 0, flagsCleared: 0, casesOpened: 0, casesEscalated: 0 });

export const hasChanges = (c: ChangeCounts) =>
  c.flagsRaised + c.flagsUpdated + c.flagsCleared + c.casesOpened + c.casesEscalated > 0;

export const planIsEmpty = (plan: ChangePlan) =>
  plan.raise.length + plan.update.length + plan.clear.length + plan.openCases.length + plan.escalateCases.length === 0;

const iso = (date: Date) => date.toISOString();

/** `ruleVersion` is the configuration version that produced the plan; `now` the detection time of the evaluation. */
export async function writeChanges(tx: Tx, plan: ChangePlan, ruleVersion: number, now: Date): Promise<ChangeCounts> {
  const counts = noChanges();
  const { raise, update, clear, openCases, escalateCases } = plan;
  // Timestamps travel as UTC ISO text: the columns are timestamp without time zone holding UTC.
  if (raise.length > 0) {
    counts.flagsRaised = await tx.$executeRaw`
      INSERT INTO flag (account_id, rule_code, rule_version, severity, evidence, detected_at)
      SELECT r.account_id, r.rule_code::"RuleCode", ${ruleVersion}, r.severity::"Severity", r.evidence, ${iso(now)}::timestamp
      FROM unnest(${raise.map((r) => r.accountId)}::int[], ${raise.map((r) => r.ruleCode)}::text[],
        ${raise.map((r) => r.severity)}::text[], ${raise.map((r) => JSON.stringify(r.evidence))}::jsonb[])
        AS r(account_id, rule_code, severity, evidence)
      ON CONFLICT (account_id, rule_code) WHERE cleared_at IS NULL DO NOTHING`;
  }
  if (update.length > 0) {
    counts.flagsUpdated = await tx.$executeRaw`
      UPDATE flag f SET evidence = u.evidence, severity = u.severity::"Severity", rule_version = ${ruleVersion}
      FROM unnest(${update.map((u) => u.flagId)}::bigint[], ${update.map((u) => u.severity)}::text[],
        ${update.map((u) => JSON.stringify(u.evidence))}::jsonb[]) AS u(id, severity, evidence)
      WHERE f.id = u.id AND f.cleared_at IS NULL`;
  }
  if (clear.length > 0) {
    counts.flagsCleared = await tx.$executeRaw`
      UPDATE flag SET cleared_at = ${iso(now)}::timestamp WHERE id = ANY(${clear}::bigint[]) AND cleared_at IS NULL`;
  }
  if (openCases.length > 0) {
    counts.casesOpened = await tx.$executeRaw`
      INSERT INTO review_case (account_id, status, severity, priority, due_at, opened_at)
      SELECT c.account_id, 'NEW', c.severity::"Severity", c.priority, c.due_at, ${iso(now)}::timestamp
      FROM unnest(${openCases.map((c) => c.accountId)}::int[], ${openCases.map((c) => c.severity)}::text[],
        ${openCases.map((c) => c.priority)}::int[], ${openCases.map((c) => iso(c.dueAt))}::timestamp[])
        AS c(account_id, severity, priority, due_at)
      ON CONFLICT (account_id) WHERE status <> 'CLOSED' DO NOTHING`;
  }
  if (escalateCases.length > 0) {
    counts.casesEscalated = await tx.$executeRaw`
      UPDATE review_case c SET severity = e.severity::"Severity", priority = e.priority,
        due_at = LEAST(c.due_at, e.due_at), version = c.version + 1
      FROM unnest(${escalateCases.map((e) => e.caseId)}::int[], ${escalateCases.map((e) => e.severity)}::text[],
        ${escalateCases.map((e) => e.priority)}::int[], ${escalateCases.map((e) => iso(e.dueAt))}::timestamp[])
        AS e(id, severity, priority, due_at)
      WHERE c.id = e.id AND c.status <> 'CLOSED' AND c.priority > e.priority`;
  }
  return counts;
}
