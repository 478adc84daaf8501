// Shared by the queue's integration tests: cases with distinctive data on a shared database. Every fixture lives in
// a region of its own (a code no real data uses), so a test scopes its reads with the region filter and sees only
// its own cases, whatever else the database holds.
import { randomInt, randomUUID } from "node:crypto";
import type { AuditActor } from "@/lib/audit/append-audit-event";
import type { z } from "zod";
import type { ActionContext } from "@/lib/auth/action";
import { runAction, type ActionDeps, type ActionSpec } from "@/lib/auth/action-core";
import { db } from "@/lib/db";
import { CATALOGUES, createTranslator } from "@/lib/i18n/translate";
import type { CaseStatus, Role, RuleCode, Severity } from "@/lib/generated/prisma/enums";
import { PRIORITY, worstOf } from "@/lib/rules/severity";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** A region code of the fixture's own, e.g. QA-7KZ. */
export const testRegion = () => `QA-${Array.from({ length: 3 }, () => LETTERS[randomInt(LETTERS.length)]).join("")}`;

export interface CaseFixture {
  region: string;
  dueAt: Date;
  name?: string;
  phone?: string;
  dpd?: number;
  outstanding?: string;
  creditLimit?: string;
  creditLine?: boolean;
  cashLoan?: boolean;
  flags?: { rule: RuleCode; severity: Severity; detectedAt?: Date }[];
  status?: CaseStatus;
  assigneeId?: number | null;
}

export interface CreatedCase {
  caseId: number;
  accountId: number;
}

/** A customer, an account, its open flags and an open case, as the rules engine would leave them. */
export async function createCase(fixture: CaseFixture): Promise<CreatedCase> {
  const flags = fixture.flags ?? [{ rule: "SCORE_DROP", severity: "MEDIUM" }];
  const severity = worstOf(flags.map((flag) => flag.severity));
  const [customer] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO customer (full_name, national_id, phone)
    VALUES (${fixture.name ?? "测试客户"}, ${randomUUID().slice(0, 18)}, ${fixture.phone ?? `139${String(randomInt(1e8)).padStart(8, "0")}`})
    RETURNING id`;
  const [account] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO account (customer_id, region, credit_limit, outstanding, current_dpd, has_credit_line, has_cash_loan, opened_at)
    VALUES (${customer.id}, ${fixture.region}, ${fixture.creditLimit ?? "10000.00"}::numeric, ${fixture.outstanding ?? "1000.00"}::numeric,
      ${fixture.dpd ?? 0}, ${fixture.creditLine ?? true}, ${fixture.cashLoan ?? false}, '2024-01-01')
    RETURNING id`;
  for (const flag of flags) {
    await db.$executeRaw`
      INSERT INTO flag (account_id, rule_code, rule_version, severity, evidence, detected_at)
      VALUES (${account.id}, ${flag.rule}::"RuleCode", 1, ${flag.severity}::"Severity", '{"summary":"test"}',
        ${(flag.detectedAt ?? new Date("2026-01-01T00:00:00Z")).toISOString()}::timestamptz)`;
  }
  const [created] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO review_case (account_id, status, severity, priority, due_at, assignee_id)
    VALUES (${account.id}, ${fixture.status ?? "NEW"}::"CaseStatus", ${severity}::"Severity", ${PRIORITY[severity]},
      ${fixture.dueAt.toISOString()}::timestamptz, ${fixture.assigneeId ?? null}::int)
    RETURNING id`;
  return { caseId: created.id, accountId: account.id };
}

export async function createUser(role: Role, name = `Queue ${role} ${randomUUID().slice(0, 6)}`) {
  return db.user.create({ data: { email: `queue-int-${randomUUID()}@riskops.test`, name, role }, select: { id: true, name: true, email: true, role: true } });
}

/** An audit actor for a user, with a request id of its own to find the events it wrote. */
export function actorFor(user: { id: number; email: string; role: string }): AuditActor {
  return { actorId: user.id, actorLabel: user.email, role: user.role, requestId: randomUUID(), ip: "192.0.2.7", userAgent: "vitest" };
}

export const auditOf = (actor: AuditActor) =>
  db.auditEvent.findMany({ where: { requestId: actor.requestId ?? undefined }, orderBy: { seq: "asc" } });

/** Runs an action's handler as `user` would through the server action: the role map, validation, then the run. */
export async function act<U extends { id: number; email: string; name: string; role: Role }, S extends z.ZodType, T>(
  handler: { spec: ActionSpec<S>; run: (input: z.output<S>, context: ActionContext) => Promise<T> },
  user: U,
  /** Unknown on purpose: tests also send what the form never would. */
  input: unknown,
  actor: AuditActor = actorFor(user),
) {
  const deps: ActionDeps<U> = {
    currentUser: async () => user,
    translator: async () => createTranslator(CATALOGUES.en),
    requestId: async () => actor.requestId ?? "",
    log: () => {},
    rethrowFrameworkError: () => {},
  };
  const result = await runAction(deps, handler.spec, input, (valid, current) => handler.run(valid, { user: current, actor }));
  return { result, audit: () => auditOf(actor) };
}
