// Over 5,000 generated accounts: most are current, delinquency has a long tail, every default review rule of
// domain.md fires on a plausible share (0.5%-8%), and each has near misses just under its threshold.
import { describe, expect, it } from "vitest";
import { bucketOf, type Bucket } from "@/lib/credit/buckets";
import { monthIndexOf } from "./calendar";
import {
  applicationBurst, firingRules, highBillRun, recentLenders, roundAmountRun, RULE_CODES, scoreFall, type RuleCode,
} from "./testing/rule-patterns";
import { samplePortfolio } from "./testing/sample-portfolio";

const { accounts, asOfDay, merchants } = samplePortfolio(5_000, 2_026);
const share = (predicate: (index: number) => boolean) => accounts.filter((_, index) => predicate(index)).length / accounts.length;
const fired = accounts.map((records) => firingRules(records, merchants, asOfDay));

describe("the generated portfolio", () => {
  it("is mostly current, with a tail in every delinquency bucket", () => {
    const buckets = new Map<Bucket, number>();
    for (const { account } of accounts) buckets.set(bucketOf(account.currentDpd), (buckets.get(bucketOf(account.currentDpd)) ?? 0) + 1);
    const of = (bucket: Bucket) => (buckets.get(bucket) ?? 0) / accounts.length;
    expect(of("CURRENT")).toBeGreaterThan(0.88);
    expect(of("CURRENT")).toBeLessThan(0.97);
    for (const bucket of ["M1", "M2", "M3", "M4_PLUS"] as const) expect(of(bucket)).toBeGreaterThan(0.001);
    expect(of("M1")).toBeGreaterThan(of("M3"));
  });

  it("cures and rolls: accounts leave delinquency as well as go deeper", () => {
    const cured = share((i) => accounts[i].statements.some((s) => s.dpd > 0) && accounts[i].account.currentDpd === 0);
    const rolled = share((i) => accounts[i].statements.some((s, k, all) => k > 0 && s.dpd > all[k - 1].dpd && all[k - 1].dpd > 0));
    expect(cured).toBeGreaterThan(0.01);
    expect(rolled).toBeGreaterThan(0.01);
  });

  it.each(RULE_CODES)("fires %s on 0.5%%-8%% of accounts", (rule: RuleCode) => {
    const rate = share((i) => fired[i].has(rule));
    expect(rate).toBeGreaterThan(0.005);
    expect(rate).toBeLessThan(0.08);
  });

  it("has near misses just under each threshold", () => {
    const near = {
      severe: share((i) => !fired[i].has("SEVERE_OVERDUE") && accounts[i].account.currentDpd >= 60),
      cashOut: share((i) => {
        const [count, limitShare] = roundAmountRun(accounts[i]);
        return !fired[i].has("CASH_OUT") && count >= 2 && (count < 3 || limitShare < 0.8);
      }),
      lenders: share((i) => recentLenders(accounts[i], asOfDay) === 4),
      utilisation: share((i) => !fired[i].has("HIGH_UTILISATION") && highBillRun(accounts[i], 0.84, 3) === 3),
      burst: share((i) => applicationBurst(accounts[i]) === 2),
      score: share((i) => !fired[i].has("SCORE_DROP") && scoreFall(accounts[i]) >= 70),
      contact: share((i) => {
        const uninstalled = accounts[i].contactEvents.some((e) => e.kind === "APP_UNINSTALLED");
        return !fired[i].has("CONTACT_LOST") && uninstalled && accounts[i].account.currentDpd > 0;
      }),
    };
    for (const [pattern, rate] of Object.entries(near)) expect(rate, pattern).toBeGreaterThan(0.002);
  });

  it("mixes products, statuses, languages and vintages like a real book", () => {
    expect(share((i) => accounts[i].account.hasCreditLine && !accounts[i].account.hasCashLoan)).toBeGreaterThan(0.6);
    expect(share((i) => accounts[i].account.hasCashLoan)).toBeGreaterThan(0.2);
    expect(share((i) => accounts[i].account.status === "ACTIVE")).toBeGreaterThan(0.97);
    expect(share((i) => accounts[i].account.status === "CLOSED")).toBeGreaterThan(0.002);
    expect(share((i) => accounts[i].customer.language === "ZH")).toBeGreaterThan(0.85);
    const vintages = new Set(accounts.map((r) => monthIndexOf(r.account.openedDay)));
    expect(vintages.size).toBeGreaterThanOrEqual(55);
    expect(Math.max(...accounts.map((r) => asOfDay - r.account.openedDay))).toBeGreaterThan(4.5 * 365);
    expect(new Set(accounts.map((r) => r.account.region)).size).toBe(31);
  });

  it("keeps watch-listed merchants a small part of the catalogue, and out of ordinary shopping", () => {
    expect(merchants.watchListed.length / merchants.merchants.length).toBeGreaterThan(0.005);
    expect(merchants.watchListed.length / merchants.merchants.length).toBeLessThan(0.06);
    const watchListedBuyers = share((i) => accounts[i].purchases.some((p) => merchants.merchants[p.merchantIndex].watchListedAt !== null));
    expect(watchListedBuyers).toBeLessThan(0.015);
  });
});
