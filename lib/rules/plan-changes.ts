// What an evaluation changes, decided as a pure function of the rule outcomes and the flags and cases already there,
// so the writes (./write-changes.ts) are a few set-based statements and a re-run over unchanged data plans nothing.
// Flags: a firing rule without an open flag raises one; with one, the flag is updated only when its evidence or
// severity differs; an open flag whose rule no longer fires is cleared (kept, never deleted).
// Cases: an account with open flags gets one open case, priority from its worst flag's severity, due at detection +
// that severity's SLA. A worse flag on an open case raises its severity and priority and pulls its due date earlier,
// never later. When all flags clear the case is left as it is: closing it is an officer's decision. Flags already
// open when an officer closed the account's last case were reviewed there: they alone do not open a new case (else
// every nightly run would reopen what the officer just closed); a flag raised after that closure does. A closed
// account never gets a new case (there is nothing left to decide; an appeal opens its own): its flags are still kept.
import { canonicalJson } from "@/lib/audit/chain";
import type { RuleCode, Severity } from "@/lib/generated/prisma/enums";
import type { RuleConfig } from "./config";
import type { Evidence } from "./rule";
import type { RuleOutcome } from "./rules";
import { isWorse, PRIORITY, worstOf } from "./severity";

export interface OpenFlag {
  id: string;
  ruleCode: RuleCode;
  severity: Severity;
  evidence: unknown;
  detectedAt: Date;
}

export interface OpenCase {
  id: number;
  severity: Severity;
  dueAt: Date;
}

export interface AccountState {
  accountId: number;
  /** The rules that fire now (./rules.ts evaluateRules). */
  outcomes: RuleOutcome[];
  openFlags: OpenFlag[];
  openCase: OpenCase | null;
  /** When the account's most recently closed case was closed, if any. */
  lastClosedAt: Date | null;
  /** The account is CLOSED. */
  accountClosed: boolean;
}

export interface ChangePlan {
  raise: { accountId: number; ruleCode: RuleCode; severity: Severity; evidence: Evidence }[];
  update: { flagId: string; severity: Severity; evidence: Evidence }[];
  clear: string[];
  unchanged: number;
  openCases: { accountId: number; severity: Severity; priority: number; dueAt: Date }[];
  escalateCases: { caseId: number; severity: Severity; priority: number; dueAt: Date }[];
}

export const emptyPlan = (): ChangePlan => ({ raise: [], update: [], clear: [], unchanged: 0, openCases: [], escalateCases: [] });

/** An open flag after this evaluation, and the moment its current severity calls for attention. */
interface FlagAfter {
  severity: Severity;
  since: Date;
  /** Not yet seen by a case that an officer has since closed. */
  fresh: boolean;
}

const earliest = (dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())));

export function planChanges(accounts: AccountState[], now: Date, slaHours: RuleConfig["slaHours"]): ChangePlan {
  const plan = emptyPlan();
  const dueOf = (flag: FlagAfter) => new Date(flag.since.getTime() + slaHours[flag.severity] * 3_600_000);

  for (const account of accounts) {
    const open = new Map(account.openFlags.map((flag) => [flag.ruleCode, flag]));
    const after: FlagAfter[] = [];
    for (const outcome of account.outcomes) {
      const existing = open.get(outcome.ruleCode);
      open.delete(outcome.ruleCode);
      if (!existing) {
        plan.raise.push({ accountId: account.accountId, ...outcome });
        after.push({ severity: outcome.severity, since: now, fresh: true });
        continue;
      }
      const severityChanged = existing.severity !== outcome.severity;
      if (severityChanged || canonicalJson(existing.evidence) !== canonicalJson(outcome.evidence)) {
        plan.update.push({ flagId: existing.id, severity: outcome.severity, evidence: outcome.evidence });
      } else {
        plan.unchanged += 1;
      }
      const fresh = severityChanged || !account.lastClosedAt || existing.detectedAt > account.lastClosedAt;
      // A flag that was reviewed in a closed case, surfacing again in a new one, is due from now.
      after.push({ severity: outcome.severity, since: severityChanged || !fresh ? now : existing.detectedAt, fresh });
    }
    plan.clear.push(...[...open.values()].map((flag) => flag.id));
    if (after.length === 0) continue;

    const severity = worstOf(after.map((flag) => flag.severity));
    const { openCase } = account;
    if (openCase) {
      if (!isWorse(severity, openCase.severity)) continue;
      const worse = after.filter((flag) => isWorse(flag.severity, openCase.severity));
      const dueAt = earliest([openCase.dueAt, ...worse.map(dueOf)]);
      plan.escalateCases.push({ caseId: openCase.id, severity, priority: PRIORITY[severity], dueAt });
    } else if (!account.accountClosed && after.some((flag) => flag.fresh)) {
      plan.openCases.push({ accountId: account.accountId, severity, priority: PRIORITY[severity], dueAt: earliest(after.map(dueOf)) });
    }
  }
  return plan;
}
