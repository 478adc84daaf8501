// Shared by the timeline, notes and unmasking integration tests: an account of the test's own (a fresh customer
// with distinctive PII, in a region code no real data uses) and the rows of its history, each inserted with the
// instant the test chooses. Decisions, notices and appeals have no writer before issue 5, so they are inserted here.
import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { AppealStatus, DecisionKind, DecisionStatus, NoticeChannel } from "@/lib/generated/prisma/enums";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

export interface AccountFixture {
  accountId: number;
  customerId: number;
  fullName: string;
  nationalId: string;
  phone: string;
}

/** A customer and an account; `dpdAsOf` is the day its data reach (missed bills are known up to it). */
export async function createAccount(options: { dpdAsOf?: string; creditLimit?: string } = {}): Promise<AccountFixture> {
  const region = `QT-${Array.from({ length: 3 }, () => LETTERS[randomInt(LETTERS.length)]).join("")}`;
  const fullName = `测试${randomUUID().slice(0, 4)}`;
  const nationalId = `11010519900307${String(randomInt(1e4)).padStart(4, "0")}`;
  const phone = `138${String(randomInt(1e8)).padStart(8, "0")}`;
  const [customer] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO customer (full_name, national_id, phone) VALUES (${fullName}, ${nationalId}, ${phone}) RETURNING id`;
  const [account] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO account (customer_id, region, credit_limit, opened_at, dpd_as_of)
    VALUES (${customer.id}, ${region}, ${options.creditLimit ?? "20000.00"}::numeric, '2025-01-01', ${options.dpdAsOf ?? "2026-06-30"}::date)
    RETURNING id`;
  return { accountId: account.id, customerId: customer.id, fullName, nationalId, phone };
}

export async function createUser(role: "RISK_OFFICER" | "SENIOR_OFFICER" | "COMPLIANCE" | "MANAGER" | "ADMIN", name?: string) {
  return db.user.create({
    data: { email: `account-int-${randomUUID()}@riskops.test`, name: name ?? `Account ${role} ${randomUUID().slice(0, 6)}`, role },
    select: { id: true, name: true, email: true, role: true },
  });
}

export async function addStatement(accountId: number, s: { cycle: string; due: string; minimum: string; paid?: string | null; amountPaid?: string }) {
  const [row] = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO statement (account_id, cycle_date, due_date, amount_due, minimum_due, amount_paid, paid_date)
    VALUES (${accountId}, ${s.cycle}::date, ${s.due}::date, ${s.minimum}::numeric * 10, ${s.minimum}::numeric,
      ${s.amountPaid ?? "0"}::numeric, ${s.paid ?? null}::date)
    RETURNING id`;
  return String(row.id);
}

export async function addFlag(accountId: number, detectedAt: string, clearedAt: string | null = null) {
  const [row] = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO flag (account_id, rule_code, rule_version, severity, evidence, detected_at, cleared_at)
    VALUES (${accountId}, 'HIGH_UTILISATION', 1, 'MEDIUM', '{"summary":"test"}', ${detectedAt}::timestamptz, ${clearedAt}::timestamptz)
    RETURNING id`;
  return String(row.id);
}

export async function addCase(accountId: number, openedAt: string, closedAt: string | null = null) {
  const [row] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO review_case (account_id, status, severity, priority, due_at, opened_at, closed_at)
    VALUES (${accountId}, ${closedAt ? "CLOSED" : "NEW"}::"CaseStatus", 'MEDIUM', 3, ${openedAt}::timestamptz + interval '3 days',
      ${openedAt}::timestamptz, ${closedAt}::timestamptz)
    RETURNING id`;
  return row.id;
}

export async function addDecision(
  accountId: number,
  d: { kind: DecisionKind; status: DecisionStatus; proposerId: number; approverId?: number; proposedAt: string; decidedAt?: string; effectiveAt?: string; reverses?: number },
) {
  const [row] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO decision (account_id, kind, reason_codes, note, status, proposer_id, approver_id, proposed_at, decided_at,
      effective_at, reverses_decision_id)
    VALUES (${accountId}, ${d.kind}::"DecisionKind", ARRAY['TEST'], 'test decision', ${d.status}::"DecisionStatus", ${d.proposerId},
      ${d.approverId ?? null}::int, ${d.proposedAt}::timestamptz, ${d.decidedAt ?? null}::timestamptz, ${d.effectiveAt ?? null}::timestamptz,
      ${d.reverses ?? null}::int)
    RETURNING id`;
  return row.id;
}

export async function addNotice(accountId: number, sentAt: string, channel: NoticeChannel = "SMS", decisionId: number | null = null) {
  const [row] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO customer_notice (account_id, decision_id, template, language, channel, sent_at)
    VALUES (${accountId}, ${decisionId}::int, 'closure-scheduled', 'ZH', ${channel}::"NoticeChannel", ${sentAt}::timestamptz)
    RETURNING id`;
  return row.id;
}

export async function addAppeal(accountId: number, a: { receivedAt: string; createdById: number; status?: AppealStatus; decisionId?: number }) {
  const [row] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO appeal (account_id, decision_id, channel, received_at, statement, status, created_by_id)
    VALUES (${accountId}, ${a.decisionId ?? null}::int, 'APP', ${a.receivedAt}::timestamptz, 'I paid on time',
      ${a.status ?? "OPEN"}::"AppealStatus", ${a.createdById})
    RETURNING id`;
  return row.id;
}

export async function addLimitChange(accountId: number, c: { at: string; amount: string; previous?: string; byId?: number; reason?: string }) {
  const [row] = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO credit_limit_change (account_id, amount, previous_amount, reason, changed_by_id, changed_at)
    VALUES (${accountId}, ${c.amount}::numeric, ${c.previous ?? null}::numeric, ${c.reason ?? "opening"}, ${c.byId ?? null}::int,
      ${c.at}::timestamptz)
    RETURNING id`;
  return String(row.id);
}
