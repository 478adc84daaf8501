// An account whose whole history is known, for the account page's specs: ten monthly bills (January's paid 26 days
// late, July's and every later one unpaid, so 99 days past due on 2026-11-01), a cash-out burst at one merchant,
// five other lenders in April, falling scores, two limits, unreachable in October, open SEVERE_OVERDUE and CASH_OUT
// flags, a cleared MULTI_LENDING flag and an open case. Each call makes a new one, in a region of its own.
import type { CashOutEvidence } from "@/lib/rules/cash-out";
import type { MultiLendingEvidence } from "@/lib/rules/multi-lending";
import type { SevereOverdueEvidence } from "@/lib/rules/severe-overdue";
import { transaction } from "./db";
import { uniqueRegion } from "./queue";

export const KNOWN = {
  name: "张伟明",
  maskedName: "张*明",
  nationalId: "110101199001011234",
  phone: "13912345678",
  creditLimit: "20000.00",
  outstanding: "18500.00",
  overdueAmount: "6750.00",
  currentDpd: 99,
  dpdAsOf: "2026-11-01",
  /** cycle date, due date, amount due, minimum, amount paid, paid date, DPD at the cycle date */
  statements: [
    ["2026-01-05", "2026-01-25", "4000.00", "400.00", "400.00", "2026-02-20", 0],
    ["2026-02-05", "2026-02-25", "4200.00", "420.00", "4200.00", "2026-02-20", 11],
    ["2026-03-05", "2026-03-25", "5000.00", "500.00", "500.00", "2026-03-20", 0],
    ["2026-04-05", "2026-04-25", "6000.00", "600.00", "600.00", "2026-04-22", 0],
    ["2026-05-05", "2026-05-25", "8000.00", "800.00", "800.00", "2026-05-24", 0],
    ["2026-06-05", "2026-06-25", "12000.00", "1200.00", "1200.00", "2026-06-25", 0],
    ["2026-07-05", "2026-07-25", "15000.00", "1500.00", "0.00", null, 0],
    ["2026-08-05", "2026-08-25", "16500.00", "1650.00", "0.00", null, 11],
    ["2026-09-05", "2026-09-25", "17500.00", "1750.00", "0.00", null, 42],
    ["2026-10-05", "2026-10-25", "18500.00", "1850.00", "0.00", null, 72],
  ] as const,
  repayments: [
    ["2026-02-20T02:00:00Z", "4600.00"],
    ["2026-03-20T02:00:00Z", "500.00"],
    ["2026-04-22T02:00:00Z", "600.00"],
    ["2026-05-24T02:00:00Z", "800.00"],
    ["2026-06-25T02:00:00Z", "1200.00"],
  ] as const,
  cashOutPurchases: [
    ["2026-06-10T03:00:00Z", "6000.00"],
    ["2026-06-12T03:00:00Z", "5000.00"],
    ["2026-06-14T03:00:00Z", "5000.00"],
  ] as const,
  ordinaryPurchases: [
    ["2026-06-20T10:15:00Z", "123.45"],
    ["2026-07-02T11:30:00Z", "88.80"],
  ] as const,
  lenders: ["E2E 快贷", "E2E 闪借", "E2E 微粒", "E2E 易分期", "E2E 信用飞"],
  scores: [
    ["2026-06-01T00:00:00Z", 690],
    ["2026-07-01T00:00:00Z", 660],
    ["2026-08-01T00:00:00Z", 610],
    ["2026-09-01T00:00:00Z", 580],
    ["2026-10-01T00:00:00Z", 555],
    ["2026-11-01T00:00:00Z", 540],
  ] as const,
};

export interface KnownAccount {
  accountId: number;
  caseId: number;
  region: string;
  cashOutPurchaseIds: string[];
}

export async function createKnownAccount(): Promise<KnownAccount> {
  const region = uniqueRegion();
  return transaction(async (client) => {
    const one = async <Row>(text: string, values: unknown[]) => (await client.query(text, values)).rows[0] as Row;
    const { id: customerId } = await one<{ id: number }>(
      `INSERT INTO customer (full_name, national_id, phone, language) VALUES ($1, $2, $3, 'ZH') RETURNING id`,
      [KNOWN.name, KNOWN.nationalId, KNOWN.phone],
    );
    const { id: accountId } = await one<{ id: number }>(
      `INSERT INTO account (customer_id, region, credit_limit, outstanding, overdue_amount, current_dpd, dpd_as_of, opened_at,
         status_since, credit_score, has_credit_line)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '2024-01-15', '2024-01-15T00:00:00Z', 540, true) RETURNING id`,
      [customerId, region, KNOWN.creditLimit, KNOWN.outstanding, KNOWN.overdueAmount, KNOWN.currentDpd, KNOWN.dpdAsOf],
    );
    await client.query(
      `INSERT INTO credit_limit_change (account_id, amount, previous_amount, reason, changed_at) VALUES
         ($1, 30000, NULL, 'Opening limit', '2024-01-15T00:00:00Z'), ($1, 20000, 30000, 'Annual review', '2026-06-01T00:00:00Z')`,
      [accountId],
    );
    for (const [cycle, due, amountDue, minimum, paid, paidDate, dpd] of KNOWN.statements) {
      await client.query(
        `INSERT INTO statement (account_id, cycle_date, due_date, amount_due, minimum_due, amount_paid, paid_date, dpd)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [accountId, cycle, due, amountDue, minimum, paid, paidDate, dpd],
      );
    }
    for (const [paidAt, amount] of KNOWN.repayments) {
      await client.query(`INSERT INTO repayment (account_id, amount, paid_at) VALUES ($1, $2, $3)`, [accountId, amount, paidAt]);
    }
    const merchant = async (name: string, category: string) =>
      (await one<{ id: number }>(`INSERT INTO merchant (name, category, region) VALUES ($1, $2, $3) RETURNING id`, [name, category, region])).id;
    const electronics = await merchant("E2E 数码城", "ELECTRONICS");
    const grocery = await merchant("E2E 超市", "GROCERY");
    const purchase = async (merchantId: number, occurredAt: string, amount: string, category: string) =>
      (await one<{ id: string }>(
        `INSERT INTO purchase (account_id, merchant_id, amount, category, channel, occurred_at) VALUES ($1, $2, $3, $4, 'POS', $5) RETURNING id::text`,
        [accountId, merchantId, amount, category, occurredAt],
      )).id;
    const burst = [];
    for (const [at, amount] of KNOWN.cashOutPurchases) burst.push({ id: await purchase(electronics, at, amount, "ELECTRONICS"), amount, occurredAt: at });
    for (const [at, amount] of KNOWN.ordinaryPurchases) await purchase(grocery, at, amount, "GROCERY");
    const lenders: MultiLendingEvidence["lenders"] = [];
    for (const [i, lenderName] of KNOWN.lenders.entries()) {
      const { id } = await one<{ id: string }>(
        `INSERT INTO credit_bureau_event (account_id, kind, lender_name, amount, occurred_at) VALUES ($1, 'LOAN', $2, 3000, $3) RETURNING id::text`,
        [accountId, lenderName, `2026-04-${String(10 + i).padStart(2, "0")}T08:00:00Z`],
      );
      lenders.push({ lenderName, loans: 1, inquiries: 0, eventIds: [id] });
    }
    for (const [scoredAt, score] of KNOWN.scores) {
      await client.query(`INSERT INTO credit_score (account_id, score, scored_at) VALUES ($1, $2, $3)`, [accountId, score, scoredAt]);
    }
    await client.query(
      `INSERT INTO contact_event (account_id, kind, occurred_at, detail) VALUES
         ($1, 'UNREACHABLE', '2026-10-20T06:00:00Z', 'No answer'), ($1, 'UNREACHABLE', '2026-10-27T06:00:00Z', 'Number switched off')`,
      [accountId],
    );
    const severe: SevereOverdueEvidence = {
      summary: "99 DPD as of 2026-11-01",
      reasons: ["CURRENT_DPD"],
      currentDpd: KNOWN.currentDpd,
      dpdAsOf: KNOWN.dpdAsOf,
      overdueStatements: [{ cycleDate: "2026-10-05", dpd: 72 }],
      statementsConsidered: 6,
    };
    const cashOut: CashOutEvidence = {
      summary: "3 round-amount purchases at one merchant within 7 days totalling 80.0% of the limit",
      reasons: ["ROUND_AMOUNT_BURST"],
      bursts: [{ merchantId: electronics, purchases: burst, total: "16000.00", limit: "20000.00", sharePercent: "80.0" }],
      watchListedPurchases: [],
    };
    const multiLending: MultiLendingEvidence = { summary: "5 other lenders in 30 days", lenderCount: 5, lenders };
    const flag = (rule: string, severity: string, evidence: object, detectedAt: string, clearedAt: string | null) =>
      client.query(
        `INSERT INTO flag (account_id, rule_code, rule_version, severity, evidence, detected_at, cleared_at)
         VALUES ($1, $2::"RuleCode", 1, $3::"Severity", $4, $5, $6)`,
        [accountId, rule, severity, JSON.stringify(evidence), detectedAt, clearedAt],
      );
    await flag("MULTI_LENDING", "HIGH", multiLending, "2026-04-15T01:00:00Z", "2026-05-20T01:00:00Z");
    await flag("CASH_OUT", "CRITICAL", cashOut, "2026-06-15T01:00:00Z", null);
    await flag("SEVERE_OVERDUE", "CRITICAL", severe, "2026-10-24T01:00:00Z", null);
    const { id: caseId } = await one<{ id: number }>(
      `INSERT INTO review_case (account_id, severity, priority, due_at, opened_at) VALUES ($1, 'CRITICAL', 1, now() + interval '1 day', '2026-06-15T01:00:00Z') RETURNING id`,
      [accountId],
    );
    return { accountId, caseId, region, cashOutPurchaseIds: burst.map((p) => p.id) };
  });
}
