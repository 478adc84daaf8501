import { describe, expect, it } from "vitest";
import { dayFromText, SECONDS_PER_DAY } from "./calendar";
import { generateAccount, type AccountRecords } from "./generate-account";
import { buildMerchantCatalogue } from "./merchants";
import { samplePortfolio } from "./testing/sample-portfolio";

const AS_OF = dayFromText("2026-11-22");

function accountsFor(seed: number, asOfDay = AS_OF, indexes = [0, 1, 2, 500, 4_321]): AccountRecords[] {
  const merchants = buildMerchantCatalogue(seed, asOfDay);
  return indexes.map((index) => generateAccount({ seed, asOfDay, merchants }, index));
}

/** Every number in the records whose name says it is money. */
function amounts(value: unknown, key = ""): number[] {
  if (Array.isArray(value)) return value.flatMap((item) => amounts(item, key));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => amounts(v, k));
  return typeof value === "number" && key.endsWith("Cents") ? [value] : [];
}

describe("generateAccount", () => {
  it("makes the same account from the same seed, index and as-of date", () => {
    expect(accountsFor(7)).toEqual(accountsFor(7));
  });

  it("makes different accounts from different seeds, indexes or as-of dates", () => {
    const [first, second] = accountsFor(7, AS_OF, [0, 1]);
    expect(first.customer).not.toEqual(second.customer);
    expect(accountsFor(7)[0].customer).not.toEqual(accountsFor(8)[0].customer);
    expect(accountsFor(7)[0].account).not.toEqual(accountsFor(7, AS_OF - 1)[0].account);
  });

  it("does not depend on which other accounts were generated, or in which order", () => {
    const forwards = accountsFor(3, AS_OF, [10, 11, 12]);
    const backwards = accountsFor(3, AS_OF, [12, 11, 10]).reverse();
    expect(backwards).toEqual(forwards);
  });

  it("keeps every amount in whole, non-negative cents", () => {
    const all = samplePortfolio(1_000, 21).accounts.flatMap((records) => amounts(records));
    expect(all.length).toBeGreaterThan(10_000);
    expect(all.filter((cents) => !Number.isSafeInteger(cents) || cents < 0)).toEqual([]);
  });

  it("dates every event inside the account's life and no later than the as-of date", () => {
    const { accounts, asOfDay } = samplePortfolio(1_000, 21);
    const end = (asOfDay + 1) * SECONDS_PER_DAY;
    for (const r of accounts) {
      const moments = [
        ...r.repayments.map((e) => e.paidAt), ...r.purchases.map((e) => e.occurredAt), ...r.bureauEvents.map((e) => e.occurredAt),
        ...r.limitApplications.map((e) => e.appliedAt), ...r.contactEvents.map((e) => e.occurredAt), ...r.creditScores.map((e) => e.scoredAt),
        ...r.limitChanges.map((e) => e.changedAt), ...r.loans.map((l) => l.disbursedAt),
      ];
      expect(moments.filter((moment) => moment >= end)).toEqual([]);
      expect(r.limitChanges[0].changedAt).toBe(r.account.createdAt);
      expect(r.limitChanges[r.limitChanges.length - 1].amountCents).toBe(r.account.creditLimitCents);
      expect(r.account.creditScore).toBe(r.creditScores[r.creditScores.length - 1].score);
    }
  });
});
