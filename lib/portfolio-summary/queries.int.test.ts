// The overview query against the real database. Other tests share the database, so this one compares the
// summary before and after adding its own accounts inside a transaction that it then rolls back.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPortfolioSummary, type PortfolioSummary } from "./queries";

class Rollback extends Error {}

afterAll(() => db.$disconnect());

describe("getPortfolioSummary", () => {
  it("counts accounts by status, bucket and source, and sums amounts per currency exactly", async () => {
    const seen: { before?: PortfolioSummary; after?: PortfolioSummary } = {};
    await db
      .$transaction(async (tx) => {
        seen.before = await getPortfolioSummary(tx);
        const customer = await tx.customer.create({ data: { fullName: "Summary Test", nationalId: "X", phone: "0" } });
        const account = (dpd: number, extra: object) => ({
          customerId: customer.id,
          openedAt: new Date("2025-01-01"),
          region: "Test",
          // XTS: the ISO 4217 code reserved for tests, so these amounts get a currency row of their own.
          currency: "XTS",
          creditLimit: "1000.00",
          currentDpd: dpd,
          ...extra,
        });
        await tx.account.createMany({
          data: [
            account(0, { outstanding: "0.10", overdueAmount: "0.00" }),
            account(30, { outstanding: "0.20", overdueAmount: "0.20", status: "FROZEN" }),
            account(91, { outstanding: "12345678901.07", overdueAmount: "100.00", status: "CLOSED", source: "UCI" }),
          ],
        });
        seen.after = await getPortfolioSummary(tx);
        throw new Rollback();
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });

    const { before, after } = seen;
    if (!before || !after) throw new Error("the transaction did not run");
    const counts = (summary: PortfolioSummary) =>
      new Map<string, number>([
        ...summary.byStatus.map((row) => [row.status, row.accounts] as const),
        ...summary.byBucket.map((row) => [row.bucket, row.accounts] as const),
        ...summary.bySource.map((row) => [row.source, row.accounts] as const),
      ]);
    const delta = (key: string) => (counts(after).get(key) ?? 0) - (counts(before).get(key) ?? 0);

    expect(after.totalAccounts - before.totalAccounts).toBe(3);
    expect(after.overdueAccounts - before.overdueAccounts).toBe(2);
    expect(["CURRENT", "M1", "M2", "M3", "M4_PLUS"].map(delta)).toEqual([1, 1, 0, 0, 1]);
    expect(["ACTIVE", "LIMIT_REDUCED", "FROZEN", "CLOSED"].map(delta)).toEqual([1, 0, 1, 1]);
    expect(["DEMO", "UCI"].map(delta)).toEqual([2, 1]);
    expect(after.amounts.find((row) => row.currency === "XTS")).toEqual({
      currency: "XTS",
      accounts: 3,
      outstanding: "12345678901.37",
      overdue: "100.20",
    });
    expect(after.byBucket.map((row) => row.bucket)).toEqual(["CURRENT", "M1", "M2", "M3", "M4_PLUS"]);
  });
});
