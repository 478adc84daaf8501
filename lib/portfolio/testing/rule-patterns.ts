// The seven default review rules of domain.md, evaluated straight from generated records, so the generator's
// tests can measure how often each pattern (and each near miss) occurs. A yardstick for the tests only:
// the real rules engine works on the database.
import type { AccountRecords } from "../generate-account";
import { SECONDS_PER_DAY } from "../calendar";
import type { MerchantCatalogue } from "../merchants";
import { ROUND_AMOUNT_CENTS } from "../money";

export const RULE_CODES = [
  "SEVERE_OVERDUE", "CASH_OUT", "MULTI_LENDING", "HIGH_UTILISATION", "LIMIT_APPLICATION_BURST", "SCORE_DROP", "CONTACT_LOST",
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

const WEEK = 7 * SECONDS_PER_DAY;

/** Largest number of the given moments inside any window of `span` seconds, and the moments of that window. */
export function densestWindow(moments: number[], span: number): number[] {
  const sorted = [...moments].sort((a, b) => a - b);
  let best: number[] = [];
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j] - sorted[i] > span) i++;
    if (j - i + 1 > best.length) best = sorted.slice(i, j + 1);
  }
  return best;
}

export function severeOverdue(records: AccountRecords): boolean {
  const lastSix = records.statements.slice(-6);
  return records.account.currentDpd >= 90 || lastSix.filter((s) => s.dpd >= 60).length >= 3;
}

/** Best round-amount run at one merchant within 7 days: [count, share of the limit]. */
export function roundAmountRun(records: AccountRecords): [number, number] {
  const byMerchant = new Map<number, { at: number; cents: number }[]>();
  for (const p of records.purchases) {
    if (p.amountCents % ROUND_AMOUNT_CENTS !== 0) continue;
    byMerchant.set(p.merchantIndex, [...(byMerchant.get(p.merchantIndex) ?? []), { at: p.occurredAt, cents: p.amountCents }]);
  }
  let best: [number, number] = [0, 0];
  for (const list of byMerchant.values()) {
    list.sort((a, b) => a.at - b.at);
    for (let i = 0; i < list.length; i++) {
      const window = list.filter((p) => p.at >= list[i].at && p.at - list[i].at <= WEEK);
      const share = window.reduce((sum, p) => sum + p.cents, 0) / records.account.creditLimitCents;
      if (window.length > best[0] || (window.length === best[0] && share > best[1])) best = [window.length, share];
    }
  }
  return best;
}

export function cashOut(records: AccountRecords, merchants: MerchantCatalogue): boolean {
  if (records.purchases.some((p) => merchants.merchants[p.merchantIndex].watchListedAt !== null)) return true;
  const [count, share] = roundAmountRun(records);
  return count >= 3 && share >= 0.8;
}

export function recentLenders(records: AccountRecords, asOfDay: number, days = 30): number {
  const since = (asOfDay - days) * SECONDS_PER_DAY;
  return new Set(records.bureauEvents.filter((e) => e.occurredAt >= since).map((e) => e.lenderName)).size;
}

/** Longest run of consecutive bills at or above `share` of the current limit, among the latest `last` bills. */
export function highBillRun(records: AccountRecords, share = 0.9, last = Infinity): number {
  let run = 0;
  let best = 0;
  for (const s of records.statements.slice(-Math.min(last, records.statements.length))) {
    run = s.amountDueCents >= records.account.creditLimitCents * share ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

export function applicationBurst(records: AccountRecords): number {
  return densestWindow(records.limitApplications.map((a) => a.appliedAt), WEEK).length;
}

/** Biggest fall from any score in the 90 days before the latest one to the latest one. */
export function scoreFall(records: AccountRecords): number {
  const latest = records.creditScores[records.creditScores.length - 1];
  const window = records.creditScores.filter((s) => s.scoredAt >= latest.scoredAt - 90 * SECONDS_PER_DAY);
  return Math.max(...window.map((s) => s.score)) - latest.score;
}

export function scoreDrop(records: AccountRecords): boolean {
  return records.account.creditScore < 550 || scoreFall(records) >= 100;
}

/** App gone (uninstalled 14+ days ago, not reinstalled since) or no answer since an attempt 14+ days ago. */
export function contactLostFor14Days(records: AccountRecords, asOfDay: number): boolean {
  const cutoff = (asOfDay - 14) * SECONDS_PER_DAY;
  let uninstalledAt: number | null = null;
  let unansweredSince: number | null = null;
  for (const e of records.contactEvents) {
    if (e.kind === "APP_UNINSTALLED") uninstalledAt ??= e.occurredAt;
    if (e.kind === "APP_REINSTALLED") uninstalledAt = null;
    if (e.kind === "UNREACHABLE") unansweredSince ??= e.occurredAt;
    if (e.kind === "REACHED") unansweredSince = null;
  }
  return (uninstalledAt !== null && uninstalledAt <= cutoff) || (unansweredSince !== null && unansweredSince <= cutoff);
}

export function firingRules(records: AccountRecords, merchants: MerchantCatalogue, asOfDay: number): Set<RuleCode> {
  const fired = new Set<RuleCode>();
  if (severeOverdue(records)) fired.add("SEVERE_OVERDUE");
  if (cashOut(records, merchants)) fired.add("CASH_OUT");
  if (recentLenders(records, asOfDay) >= 5) fired.add("MULTI_LENDING");
  if (highBillRun(records, 0.9, 3) >= 3) fired.add("HIGH_UTILISATION");
  if (applicationBurst(records) >= 3) fired.add("LIMIT_APPLICATION_BURST");
  if (scoreDrop(records)) fired.add("SCORE_DROP");
  if (records.account.currentDpd >= 30 && contactLostFor14Days(records, asOfDay)) fired.add("CONTACT_LOST");
  return fired;
}
