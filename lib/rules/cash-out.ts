// CASH_OUT (domain.md, critical): >= 3 round-amount purchases (multiples of 100) at one merchant within 7 days
// totalling >= 80% of the limit, or any purchase at a watch-listed merchant.
// Reads: purchases with occurred_at in the lookback (the 90 days to the as-of date, the as-of day included) and
// whether each one's merchant is on the watch list now. "Within 7 days" is any run of purchases whose dates fall in
// 7 consecutive calendar days inside the lookback: a burst is a signal of illegal use that stays live after its
// week ends, until it leaves the lookback (else the flag would clear a week later, before anyone reviewed it).
// The share is of the limit in force on the as-of date (credit_limit_change); a zero limit has no share to measure.
// Per merchant the burst reported is the run with the largest total (the earliest of equal ones).
import type { PurchaseRow } from "./account-data";
import type { RuleThresholds } from "./config";
import { limitOn } from "./credit-limit";
import { dateOf, inWindow, runsWithinDays, windowTo } from "./calendar";
import { centsToDecimal, formatMoney, isAtLeastPercent, percentOf, toCents } from "./money";
import { ascendingBy, type Rule } from "./rule";

type PurchaseFigure = { id: string; amount: string; occurredAt: string };

export type CashOutEvidence = {
  summary: string;
  reasons: ("ROUND_AMOUNT_BURST" | "WATCH_LISTED_MERCHANT")[];
  /** Per merchant whose round-amount purchases within the window reached both the count and the share of the limit. */
  bursts: { merchantId: number; purchases: PurchaseFigure[]; total: string; limit: string; sharePercent: string }[];
  watchListedPurchases: (PurchaseFigure & { merchantId: number })[];
};

const figure = ({ id, amount, occurredAt }: PurchaseRow): PurchaseFigure => ({ id, amount, occurredAt });
const totalOf = (rows: PurchaseRow[]) => rows.reduce((sum, p) => sum + toCents(p.amount), BigInt(0));

export const cashOut: Rule<RuleThresholds["CASH_OUT"], CashOutEvidence> = (account, t) => {
  const lookback = windowTo(account.asOf, t.lookbackDays);
  const multiple = BigInt(t.roundAmountMultiple) * BigInt(100);
  const limit = limitOn(account.asOf, account);
  const purchases = account.purchases.filter((p) => inWindow(p.occurredAt, lookback)).sort(ascendingBy((p) => p.occurredAt));

  const roundByMerchant = new Map<number, PurchaseRow[]>();
  for (const p of purchases) {
    const cents = toCents(p.amount);
    if (cents <= BigInt(0) || cents % multiple !== BigInt(0)) continue;
    roundByMerchant.set(p.merchantId, [...(roundByMerchant.get(p.merchantId) ?? []), p]);
  }
  const bursts: CashOutEvidence["bursts"] = [];
  const merchants = limit > BigInt(0) ? [...roundByMerchant].sort(([a], [b]) => a - b) : [];
  for (const [merchantId, rows] of merchants) {
    const qualifying = runsWithinDays(rows, t.windowDays, (p) => p.occurredAt).filter(
      (run) => run.length >= t.purchasesAtLeast && isAtLeastPercent(totalOf(run), limit, t.shareOfLimitPercentAtLeast),
    );
    if (qualifying.length === 0) continue;
    const run = qualifying.reduce((best, r) => (totalOf(r) > totalOf(best) ? r : best));
    const total = totalOf(run);
    bursts.push({
      merchantId,
      purchases: run.map(figure),
      total: centsToDecimal(total),
      limit: centsToDecimal(limit),
      sharePercent: percentOf(total, limit),
    });
  }
  const watchListedPurchases = purchases.filter((p) => p.merchantWatchListed).map((p) => ({ ...figure(p), merchantId: p.merchantId }));

  const reasons: CashOutEvidence["reasons"] = [];
  const parts: string[] = [];
  if (bursts.length > 0) {
    reasons.push("ROUND_AMOUNT_BURST");
    for (const b of bursts) {
      const first = dateOf(b.purchases[0].occurredAt);
      const last = dateOf(b.purchases[b.purchases.length - 1].occurredAt);
      parts.push(
        `${b.purchases.length} round-amount purchases totalling ${formatMoney(toCents(b.total))} at merchant ${b.merchantId} ` +
          `from ${first} to ${last} = ${b.sharePercent}% of the ${formatMoney(limit)} limit`,
      );
    }
  }
  if (watchListedPurchases.length > 0) {
    reasons.push("WATCH_LISTED_MERCHANT");
    const listed = [...new Set(watchListedPurchases.map((p) => p.merchantId))].sort((a, b) => a - b);
    const days = watchListedPurchases.map((p) => dateOf(p.occurredAt));
    parts.push(
      `${watchListedPurchases.length} purchase(s) at watch-listed merchant(s) ${listed.join(", ")} ` +
        `(${[...new Set(days)].join(", ")})`,
    );
  }
  if (reasons.length === 0) return null;
  return { summary: parts.join("; "), reasons, bursts, watchListedPurchases };
};
