// The account header against the real database: figures, masking, the score trend and the open case.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAccount, createOfficer } from "./evidence-test-support";
import { getAccountHeader, SCORE_TREND_LENGTH } from "./get-account-header";

afterAll(() => db.$disconnect());

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 8)).toISOString();

describe("getAccountHeader", () => {
  it("is null for an unknown or impossible account id", async () => {
    expect(await getAccountHeader(2_147_483_000)).toBeNull();
    expect(await getAccountHeader(0)).toBeNull();
    expect(await getAccountHeader(1.5)).toBeNull();
    expect(await getAccountHeader(Number.MAX_SAFE_INTEGER)).toBeNull();
  });

  it("gives the account's figures, the masked customer, the score trend and the open case", async () => {
    const accountId = await createAccount({
      name: "王小明",
      phone: "13900001234",
      nationalId: "11010519491231002X",
      creditLimit: "8000.00",
      outstanding: "7400.00",
      overdueAmount: "1200.50",
      dpd: 45,
      creditScore: 540,
    });
    const officer = await createOfficer("RISK_OFFICER", "Officer Header");
    for (const [day, score] of [[1, 700], [2, 690], [3, 680], [4, 650], [5, 620], [6, 600], [7, 580], [8, 560]] as const) {
      await db.creditScore.create({ data: { accountId, score, scoredAt: at(day) } });
    }
    await db.$executeRaw`
      INSERT INTO review_case (account_id, status, severity, priority, due_at, opened_at, closed_at)
      VALUES (${accountId}, 'CLOSED', 'LOW', 4, ${at(2)}::timestamptz, ${at(1)}::timestamptz, ${at(2)}::timestamptz)`;
    const [open] = await db.$queryRaw<{ id: number }[]>`
      INSERT INTO review_case (account_id, status, severity, priority, due_at, opened_at, assignee_id, claimed_at)
      VALUES (${accountId}, 'IN_REVIEW', 'HIGH', 2, ${at(20)}::timestamptz, ${at(10)}::timestamptz, ${officer.id}, ${at(11)}::timestamptz)
      RETURNING id`;

    const header = await getAccountHeader(accountId);
    expect(header).toMatchObject({
      accountId,
      source: "DEMO",
      status: "ACTIVE",
      currency: "CNY",
      creditLimit: "8000.00",
      outstanding: "7400.00",
      available: "600.00",
      utilisationPercent: "92.5",
      currentDpd: 45,
      bucket: "M2",
      dpdAsOf: "2026-06-30",
      overdueAmount: "1200.50",
      openedAt: "2024-01-15",
      customer: { name: "王*明", phone: "******1234", nationalId: "**************002X", language: "EN" },
      openCase: {
        id: open.id,
        status: "IN_REVIEW",
        severity: "HIGH",
        assignee: { id: officer.id, name: "Officer Header" },
        claimedAt: at(11),
        dueAt: at(20),
        openedAt: at(10),
      },
    });
    expect(header?.statusSince).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // The latest six scores, oldest first; the delta is over them.
    expect(header?.score.history.map((s) => s.score)).toEqual([680, 650, 620, 600, 580, 560]);
    expect(header?.score.history).toHaveLength(SCORE_TREND_LENGTH);
    expect(header?.score.history[0].scoredAt).toBe(at(3));
    expect(header?.score).toMatchObject({ latest: 540, delta: -120 });
    expect(JSON.stringify(header)).not.toContain("13900001234");
    expect(JSON.stringify(header)).not.toContain("王小明");
  });

  it("floors the available amount at zero, has no utilisation for a zero limit, and no case or scores when none", async () => {
    const over = await getAccountHeader(await createAccount({ creditLimit: "1000.00", outstanding: "1500.00" }));
    expect(over).toMatchObject({ available: "0.00", utilisationPercent: "150.0", openCase: null });
    expect(over?.score).toEqual({ latest: null, history: [], delta: null });

    const zero = await getAccountHeader(await createAccount({ creditLimit: "0.00", outstanding: "0.00" }));
    expect(zero).toMatchObject({ available: "0.00", utilisationPercent: null, bucket: "CURRENT" });
  });

  it("takes the latest score from the history when the account has none of its own", async () => {
    const accountId = await createAccount({ creditScore: null });
    await db.creditScore.create({ data: { accountId, score: 610, scoredAt: at(1) } });
    const header = await getAccountHeader(accountId);
    expect(header?.score).toEqual({ latest: 610, history: [{ score: 610, scoredAt: at(1) }], delta: null });
  });
});
