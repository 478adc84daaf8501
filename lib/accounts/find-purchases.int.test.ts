// Purchases and repayments read from the real database: newest first with the merchant, keyset pages that neither
// repeat nor skip rows of the same instant, a malformed cursor read as the first page, unknown accounts as null.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findPurchases } from "./find-purchases";
import { findRepayments } from "./find-repayments";
import { addPurchase, addRepayment, createHistoryAccount, createMerchant } from "./history-test-support";

afterAll(() => db.$disconnect());

let accountId = 0;
let watched = 0;
const purchaseIds: string[] = [];
const repaymentIds: string[] = [];

beforeAll(async () => {
  accountId = await createHistoryAccount();
  const ordinary = await createMerchant();
  watched = await createMerchant(true);
  // Five purchases, two of them at the same instant; inserted oldest first.
  const at = ["2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z", "2026-01-02T10:00:00Z", "2026-01-03T09:30:00Z", "2026-01-04T08:00:00Z"];
  for (const [i, instant] of at.entries()) purchaseIds.push(await addPurchase(accountId, i === 3 ? watched : ordinary, `${(i + 1) * 100}.00`, instant));
  for (const [i, instant] of ["2026-01-05T00:00:00Z", "2026-01-05T00:00:00Z", "2026-01-06T00:00:00Z"].entries()) {
    repaymentIds.push(await addRepayment(accountId, `${i + 1}0.50`, instant));
  }
});

describe("findPurchases", () => {
  it("is null for an unknown account", async () => {
    expect(await findPurchases({ accountId: 2_147_483_000 })).toBeNull();
  });

  it("lists the purchases newest first with their merchant", async () => {
    const page = await findPurchases({ accountId });
    expect(page!.rows.map((row) => row.id)).toEqual([...purchaseIds].reverse());
    expect(page!.nextCursor).toBeNull();
    expect(page!.rows[1]).toMatchObject({
      amount: "400.00",
      category: "electronics",
      channel: "APP",
      occurredAt: "2026-01-03T09:30:00.000Z",
      merchant: { id: watched, category: "electronics", watchListed: true },
    });
  });

  it("pages older purchases by cursor without repeating or skipping rows of the same instant", async () => {
    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = await findPurchases({ accountId, before, limit: 2 });
      expect(page!.rows.length).toBeLessThanOrEqual(2);
      seen.push(...page!.rows.map((row) => row.id));
      before = page!.nextCursor ?? undefined;
    } while (before);
    expect(seen).toEqual([...purchaseIds].reverse());
  });

  it("reads a malformed cursor as the first page", async () => {
    const page = await findPurchases({ accountId, before: "not a cursor!", limit: 1 });
    expect(page!.rows.map((row) => row.id)).toEqual([purchaseIds[4]]);
  });
});

describe("findRepayments", () => {
  it("is null for an unknown account", async () => {
    expect(await findRepayments({ accountId: 2_147_483_000 })).toBeNull();
  });

  it("lists repayments newest first and pages them by cursor", async () => {
    const first = await findRepayments({ accountId, limit: 2 });
    expect(first!.rows.map((row) => row.id)).toEqual([repaymentIds[2], repaymentIds[1]]);
    expect(first!.rows[0]).toEqual({ id: repaymentIds[2], amount: "30.50", paidAt: "2026-01-06T00:00:00.000Z", channel: "QR" });
    const second = await findRepayments({ accountId, before: first!.nextCursor!, limit: 2 });
    expect(second!.rows.map((row) => row.id)).toEqual([repaymentIds[0]]);
    expect(second!.nextCursor).toBeNull();
  });
});
