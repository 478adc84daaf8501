// Shared by the appeal and referral-report integration tests: an account whose closure, reduction or freeze a
// senior officer approved, inserted as the decision core leaves it (decision row, account state, audit events),
// each in a region of its own so the tests see only their own rows on the shared database; the same closure taken
// through the decision core's mutations; and `act`, which runs an action's handler as the server action would.
import { randomUUID } from "node:crypto";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import type { DecisionKind, DecisionStatus } from "@/lib/generated/prisma/enums";
import { act, actorFor, auditOf, createCase, createUser, testRegion } from "@/lib/queue/test-support";
import { approveDecision } from "./decide-decision";
import { proposeDecision } from "./propose-decision";

export { act, actorFor, auditOf, createUser };

export interface DecidedAccount {
  accountId: number;
  customerId: number;
  decisionId: number;
  proposer: Awaited<ReturnType<typeof createUser>>;
  approver: Awaited<ReturnType<typeof createUser>>;
  /** The open case, when asked for one. */
  caseId: number | null;
}

const STATUS_AFTER = { CLOSE: "CLOSED", REDUCE_LIMIT: "LIMIT_REDUCED", FREEZE: "FROZEN" } as const;
const PARAMS = {
  CLOSE: { closureCategory: "ILLEGAL_USE", noticeChannel: "APP" },
  REDUCE_LIMIT: { newLimit: "5000.00", noticeChannel: "APP" },
  FREEZE: { freezeUntil: "2099-01-01", noticeChannel: "SMS" },
} as const;

export async function createDecidedAccount(options: {
  kind?: keyof typeof STATUS_AFTER;
  status?: DecisionStatus;
  params?: Record<string, string>;
  decidedAt?: Date;
  withCase?: boolean;
  customerName?: string;
}): Promise<DecidedAccount> {
  const kind: DecisionKind = options.kind ?? "CLOSE";
  const status = options.status ?? "EFFECTIVE";
  const decidedAt = options.decidedAt ?? new Date(Date.UTC(2026, 2, 10, 9));
  const [proposer, approver] = await Promise.all([createUser("RISK_OFFICER", "Maker 王芳"), createUser("SENIOR_OFFICER", "Checker 李伟")]);
  const customer = await db.customer.create({
    data: { fullName: options.customerName ?? "张三丰", nationalId: `11010119800101${randomUUID().slice(0, 4)}`, phone: "13912345678", language: "ZH", birthYear: 1980 },
  });
  const account = await db.account.create({
    data: {
      customerId: customer.id, region: testRegion(), creditLimit: "20000.00", outstanding: "18500.50", overdueAmount: "3000.00", currentDpd: 95,
      openedAt: new Date("2023-05-01"), status: status === "EFFECTIVE" ? STATUS_AFTER[options.kind ?? "CLOSE"] : "ACTIVE",
      closureCategory: kind === "CLOSE" && status === "EFFECTIVE" ? "ILLEGAL_USE" : null,
    },
  });
  const decision = await db.decision.create({
    data: {
      accountId: account.id, kind, params: options.params ?? PARAMS[options.kind ?? "CLOSE"], reasonCodes: ["CASH_OUT"],
      note: "Twelve round purchases at one merchant in three days: cash-out.", status, proposerId: proposer.id, approverId: approver.id,
      proposedAt: new Date(decidedAt.getTime() - 86_400_000), decidedAt, decisionNote: "Evidence checked, agreed.", effectiveAt: decidedAt,
      evidence: {
        flags: [{ id: 1, rule: "CASH_OUT", severity: "HIGH", evidence: { summary: "12 round purchases in 3 days" }, detectedAt: "2026-03-01T08:00:00.000Z" }],
        account: { status: "ACTIVE", creditLimit: "20000.00", outstanding: "18500.50", overdueAmount: "3000.00", currentDpd: 95, dpdAsOf: "2026-03-08" },
      },
    },
  });
  await db.$transaction(async (tx) => {
    await appendAuditEvent(tx, actorFor(proposer), { action: "decision.propose", targetType: "decision", targetId: decision.id, accountId: account.id, decisionId: decision.id });
    await appendAuditEvent(tx, actorFor(approver), { action: "decision.approve", targetType: "decision", targetId: decision.id, accountId: account.id, decisionId: decision.id });
  });
  const reviewCase = options.withCase
    ? await db.case.create({ data: { accountId: account.id, status: "IN_REVIEW", severity: "HIGH", priority: 2, dueAt: new Date(Date.now() + 86_400_000), assigneeId: proposer.id } })
    : null;
  return { accountId: account.id, customerId: customer.id, decisionId: decision.id, proposer, approver, caseId: reviewCase?.id ?? null };
}

/** An ILLEGAL_USE closure taken through the decision core's own mutations: proposed by a risk officer, approved by a senior. */
export async function closeForIllegalUse() {
  const { accountId } = await createCase({ region: testRegion(), dueAt: new Date(Date.now() + 86_400_000), flags: [{ rule: "CASH_OUT", severity: "HIGH" }] });
  const [maker, checker] = await Promise.all([createUser("RISK_OFFICER", "Maker 王芳"), createUser("SENIOR_OFFICER", "Checker 李伟")]);
  const proposed = await proposeDecision({
    proposal: {
      kind: "CLOSE", accountId, accountVersion: 1, closureCategory: "ILLEGAL_USE", noticeChannel: "APP", reasonCodes: ["CASH_OUT"],
      note: "Twelve round purchases at one merchant in three days: cash-out.", idempotencyKey: randomUUID(),
    },
    officer: maker,
    actor: actorFor(maker),
  });
  const approved = await approveDecision({ input: { decisionId: proposed.decisionId, version: proposed.version, note: "Evidence checked, agreed." }, checker, actor: actorFor(checker) });
  return { accountId, decisionId: proposed.decisionId, accountVersion: approved.accountVersion, maker, checker };
}
