// The team metrics (issue 7) on a private database of their own (created from the migrations and dropped
// afterwards), so every count is exact: a small hand-made team whose answers are worked out below. "Now" is
// Wednesday 2026-03-18 12:00 UTC; the weeks are W1 = 2026-03-02, W2 = 2026-03-09, W3 = 2026-03-16 (current).
// Accounts: 1 CN-BJ credit line, 2 CN-SH both products, 3 CN-BJ cash loan, 4 CN-SH credit line, 5 CN-BJ credit line.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { prepareDatabase, siblingDatabaseUrl } from "@/scripts/prepare-database";
import pg from "pg";
import { findApprovalRatesByWeek } from "./find-approval-rates-by-week";
import { findDecisionsByWeek } from "./find-decisions-by-week";
import { findFlagsByWeek } from "./find-flags-by-week";
import { findOpenCasesByAge } from "./find-open-cases-by-age";
import { findReversalsByWeek } from "./find-reversals-by-week";
import { findReviewerThroughput } from "./find-reviewer-throughput";
import { findSlaByWeek } from "./find-sla-by-week";

const DATABASE = `riskops_team_metrics_${process.pid}`;
const url = siblingDatabaseUrl(databaseUrl(), DATABASE);
const now = new Date("2026-03-18T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
let client: Db;
let sql: pg.Client;
const ids: Record<string, number> = {};

async function one(text: string, values: unknown[] = []): Promise<number> {
  return (await sql.query<{ id: number }>(text, values)).rows[0].id;
}

async function account(key: string, region: string, creditLine: boolean, cashLoan: boolean) {
  const customer = await one(`INSERT INTO customer (full_name, national_id, phone) VALUES ('测试', $1, '13800000000') RETURNING id`, [key]);
  ids[key] = await one(
    `INSERT INTO account (customer_id, region, has_credit_line, has_cash_loan, opened_at, credit_limit) VALUES ($1, $2, $3, $4, '2025-01-01', 10000) RETURNING id`,
    [customer, region, creditLine, cashLoan],
  );
}

async function flag(accountKey: string, rule: string, detectedAt: string, clearedAt: string | null = null) {
  return one(`INSERT INTO flag (account_id, rule_code, rule_version, severity, evidence, detected_at, cleared_at) VALUES ($1, $2, 1, 'HIGH', '{}', $3, $4) RETURNING id`, [
    ids[accountKey],
    rule,
    detectedAt,
    clearedAt,
  ]);
}

interface CaseRow {
  account: string;
  severity: string;
  openedAt: string;
  dueAt: string;
  closedAt?: string;
  claimedAt?: string;
  assignee?: string;
}
async function reviewCase(c: CaseRow) {
  return one(
    `INSERT INTO review_case (account_id, status, severity, priority, assignee_id, claimed_at, due_at, opened_at, closed_at)
     VALUES ($1, $2, $3, 2, $4, $5, $6, $7, $8) RETURNING id`,
    [ids[c.account], c.closedAt ? "CLOSED" : "NEW", c.severity, c.assignee ? ids[c.assignee] : null, c.claimedAt ?? null, c.dueAt, c.openedAt, c.closedAt ?? null],
  );
}

interface DecisionRow {
  account: string;
  caseId?: number;
  kind: string;
  status: string;
  proposer: string;
  proposedAt: string;
  decidedAt?: string;
  effectiveAt?: string;
  reverses?: number;
  appealId?: number;
}
async function decision(d: DecisionRow) {
  return one(
    `INSERT INTO decision (account_id, case_id, kind, reason_codes, note, status, proposer_id, approver_id, proposed_at, decided_at, effective_at, reverses_decision_id, appeal_id)
     VALUES ($1, $2, $3, '{}', 'test', $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      ids[d.account],
      d.caseId ?? null,
      d.kind,
      d.status,
      ids[d.proposer],
      d.decidedAt && d.proposer !== "senior" ? ids.senior : null,
      d.proposedAt,
      d.decidedAt ?? null,
      d.effectiveAt ?? null,
      d.reverses ?? null,
      d.appealId ?? null,
    ],
  );
}

beforeAll(async () => {
  await prepareDatabase(url, { fresh: true });
  sql = new pg.Client({ connectionString: url, options: UTC_SESSION });
  await sql.connect();
  client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: UTC_SESSION }), omit: { user: { passwordHash: true } } });
  for (const [key, role] of [["officerA", "RISK_OFFICER"], ["officerB", "RISK_OFFICER"], ["senior", "SENIOR_OFFICER"]]) {
    ids[key] = await one(`INSERT INTO app_user (email, name, role) VALUES ($1, $1, $2) RETURNING id`, [key, role]);
  }
  await account("acc1", "CN-BJ", true, false);
  await account("acc2", "CN-SH", true, true);
  await account("acc3", "CN-BJ", false, true);
  await account("acc4", "CN-SH", true, false);
  await account("acc5", "CN-BJ", true, false);

  // Flags: Monday 00:00 is in its own week, Sunday 23:59 in the week before; f4 is raised on Sunday 1 March (week
  // of Monday 23 February) and cleared below by an UPDATE, as the rules engine does.
  await flag("acc1", "SEVERE_OVERDUE", "2026-03-02T00:00:00Z", "2026-03-15T23:59:59Z");
  await flag("acc2", "SEVERE_OVERDUE", "2026-03-08T23:59:00Z");
  await flag("acc3", "CASH_OUT", "2026-03-10T08:00:00Z");
  ids.f4 = await flag("acc1", "CASH_OUT", "2026-03-01T10:00:00Z");
  await sql.query(`UPDATE flag SET cleared_at = '2026-03-17T09:00:00Z' WHERE id = $1`, [ids.f4]);
  await sql.query(`UPDATE flag SET evidence = '{"x": 1}'`); // counted columns unchanged: the summary must not move

  // Open cases (ages as of now) and closed ones.
  await reviewCase({ account: "acc2", severity: "HIGH", openedAt: hoursAgo(2), dueAt: hoursAgo(1) });
  await reviewCase({ account: "acc3", severity: "CRITICAL", openedAt: hoursAgo(24), dueAt: hoursAgo(-1) });
  await reviewCase({ account: "acc4", severity: "LOW", openedAt: hoursAgo(20 * 24), dueAt: hoursAgo(24) });
  await reviewCase({ account: "acc5", severity: "LOW", openedAt: hoursAgo(10 * 24), dueAt: hoursAgo(-24) });
  const k1 = await reviewCase({ account: "acc1", severity: "MEDIUM", openedAt: "2026-03-02T08:00:00Z", claimedAt: "2026-03-02T10:00:00Z", dueAt: "2026-03-04T00:00:00Z", closedAt: "2026-03-03T10:00:00Z", assignee: "officerA" });
  const k2 = await reviewCase({ account: "acc1", severity: "HIGH", openedAt: "2026-03-08T00:00:00Z", claimedAt: "2026-03-09T06:00:00Z", dueAt: "2026-03-10T00:00:00Z", closedAt: "2026-03-10T12:00:00Z", assignee: "officerB" });
  await reviewCase({ account: "acc3", severity: "LOW", openedAt: "2026-03-09T00:00:00Z", dueAt: "2026-03-12T00:00:00Z", closedAt: "2026-03-11T00:00:00Z", assignee: "officerB" });
  const k4 = await reviewCase({ account: "acc5", severity: "LOW", openedAt: "2026-03-14T00:00:00Z", dueAt: "2026-03-20T00:00:00Z", closedAt: "2026-03-17T00:00:00Z" });

  // Decisions.
  await decision({ account: "acc1", caseId: k1, kind: "WARN", status: "EFFECTIVE", proposer: "officerA", proposedAt: "2026-03-03T08:00:00Z", decidedAt: "2026-03-03T08:00:00Z", effectiveAt: "2026-03-03T08:00:00Z" });
  await decision({ account: "acc1", caseId: k2, kind: "FREEZE", status: "REJECTED", proposer: "officerA", proposedAt: "2026-03-09T09:00:00Z", decidedAt: "2026-03-09T10:00:00Z" });
  const d3 = await decision({ account: "acc1", caseId: k2, kind: "CLOSE", status: "REVERSED", proposer: "officerB", proposedAt: "2026-03-09T12:00:00Z", decidedAt: "2026-03-10T12:00:00Z", effectiveAt: "2026-03-10T12:00:00Z" });
  await decision({ account: "acc5", caseId: k4, kind: "DISMISS", status: "EFFECTIVE", proposer: "officerA", proposedAt: "2026-03-16T00:00:00Z", decidedAt: "2026-03-16T00:00:00Z", effectiveAt: "2026-03-16T00:00:00Z" });
  const appeal = await one(
    `INSERT INTO appeal (account_id, decision_id, channel, received_at, statement, status, created_by_id) VALUES ($1, $2, 'APP', '2026-03-12T00:00:00Z', 'appeal', 'UPHELD', $3) RETURNING id`,
    [ids.acc1, d3, ids.officerB],
  );
  await decision({ account: "acc1", kind: "REVERSE", status: "EFFECTIVE", proposer: "officerB", proposedAt: "2026-03-16T09:00:00Z", decidedAt: "2026-03-17T09:00:00Z", effectiveAt: "2026-03-17T09:00:00Z", reverses: d3, appealId: appeal });
  // Approved, effective only later (SCHEDULED): not yet adverse-effective.
  await decision({ account: "acc2", kind: "REDUCE_LIMIT", status: "SCHEDULED", proposer: "officerA", proposedAt: "2026-03-04T00:00:00Z", decidedAt: "2026-03-05T00:00:00Z", effectiveAt: "2026-03-12T00:00:00Z" });
  await decision({ account: "acc3", kind: "FREEZE", status: "EFFECTIVE", proposer: "officerB", proposedAt: "2026-03-10T00:00:00Z", decidedAt: "2026-03-11T00:00:00Z", effectiveAt: "2026-03-11T00:00:00Z" });
  await decision({ account: "acc2", kind: "CLOSE", status: "CANCELLED", proposer: "officerA", proposedAt: "2026-03-17T00:00:00Z" });
  await decision({ account: "acc2", kind: "FREEZE", status: "PROPOSED", proposer: "officerA", proposedAt: "2026-03-17T01:00:00Z" });
});

afterAll(async () => {
  await client?.$disconnect();
  await sql?.end();
  const admin = new pg.Client({ connectionString: siblingDatabaseUrl(databaseUrl(), "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
});

describe("findFlagsByWeek", () => {
  it("counts raised and cleared flags per Monday-to-Sunday week and rule (rules in the order of domain.md)", async () => {
    expect(await findFlagsByWeek({ client })).toEqual([
      { week: "2026-02-23", ruleCode: "CASH_OUT", raised: 1, cleared: 0 },
      { week: "2026-03-02", ruleCode: "SEVERE_OVERDUE", raised: 2, cleared: 0 },
      { week: "2026-03-09", ruleCode: "SEVERE_OVERDUE", raised: 0, cleared: 1 },
      { week: "2026-03-09", ruleCode: "CASH_OUT", raised: 1, cleared: 0 },
      { week: "2026-03-16", ruleCode: "CASH_OUT", raised: 0, cleared: 1 },
    ]);
  });

  it("filters by region, product and the weeks whose Monday is in the period", async () => {
    expect(await findFlagsByWeek({ client, filters: { product: "CASH_LOAN" } })).toEqual([
      { week: "2026-03-02", ruleCode: "SEVERE_OVERDUE", raised: 1, cleared: 0 },
      { week: "2026-03-09", ruleCode: "CASH_OUT", raised: 1, cleared: 0 },
    ]);
    expect((await findFlagsByWeek({ client, filters: { region: "CN-SH" } })).map((r) => [r.week, r.raised])).toEqual([["2026-03-02", 1]]);
    // 1 March is a Sunday: its week starts on 23 February, outside a period starting in March.
    expect((await findFlagsByWeek({ client, filters: { from: "2026-03", to: "2026-03" } })).map((r) => r.week)).toEqual(["2026-03-02", "2026-03-09", "2026-03-09", "2026-03-16"]);
    expect(await findFlagsByWeek({ client, filters: { to: "2026-02" } })).toEqual([{ week: "2026-02-23", ruleCode: "CASH_OUT", raised: 1, cleared: 0 }]);
  });

  it("keeps the summary equal to a recount from the flags after inserts, updates and deletes", async () => {
    const extra = await flag("acc4", "SCORE_DROP", "2026-03-18T00:00:00Z");
    await sql.query(`DELETE FROM flag WHERE id = $1`, [extra]);
    const summary = async () => (await sql.query(`SELECT * FROM team_flag_week WHERE raised <> 0 OR cleared <> 0 ORDER BY 1, 2, 3, 4, 5`)).rows;
    const kept = await summary();
    await sql.query(`SELECT rebuild_team_flag_week()`);
    expect(await summary()).toEqual(kept);
  });
});

describe("findOpenCasesByAge", () => {
  it("puts every open case in its severity and age band, zeros included", async () => {
    const rows = await findOpenCasesByAge({ client, now });
    expect(rows).toHaveLength(20);
    expect(rows.filter((r) => r.cases > 0)).toEqual([
      { severity: "CRITICAL", ageBand: "1-3d", cases: 1 },
      { severity: "HIGH", ageBand: "0-1d", cases: 1 },
      { severity: "LOW", ageBand: "7-14d", cases: 1 },
      { severity: "LOW", ageBand: "14d+", cases: 1 },
    ]);
  });

  it("filters by product", async () => {
    const rows = await findOpenCasesByAge({ client, now, filters: { product: "CASH_LOAN" } });
    expect(rows.filter((r) => r.cases > 0).map((r) => `${r.severity} ${r.ageBand}`)).toEqual(["CRITICAL 1-3d", "HIGH 0-1d"]);
  });
});

describe("findSlaByWeek", () => {
  it("counts closed cases met or breached per week, and open cases past due as breached this week", async () => {
    expect(await findSlaByWeek({ client, now })).toEqual([
      { week: "2026-03-02", met: 1, breached: 0, openPastDue: 0 },
      { week: "2026-03-09", met: 1, breached: 1, openPastDue: 0 },
      { week: "2026-03-16", met: 1, breached: 2, openPastDue: 2 },
    ]);
  });

  it("filters by region, and leaves open cases out when the current week is not in the period", async () => {
    expect(await findSlaByWeek({ client, now, filters: { region: "CN-BJ" } })).toEqual([
      { week: "2026-03-02", met: 1, breached: 0, openPastDue: 0 },
      { week: "2026-03-09", met: 1, breached: 1, openPastDue: 0 },
      { week: "2026-03-16", met: 1, breached: 0, openPastDue: 0 },
    ]);
    expect(await findSlaByWeek({ client, now, filters: { to: "2026-02" } })).toEqual([]);
  });
});

describe("decisions", () => {
  it("counts decisions per week of proposal by kind, cancelled ones left out", async () => {
    expect(await findDecisionsByWeek({ client })).toEqual([
      { week: "2026-03-02", kind: "REDUCE_LIMIT", decisions: 1 },
      { week: "2026-03-02", kind: "WARN", decisions: 1 },
      { week: "2026-03-09", kind: "CLOSE", decisions: 1 },
      { week: "2026-03-09", kind: "FREEZE", decisions: 2 },
      { week: "2026-03-16", kind: "DISMISS", decisions: 1 },
      { week: "2026-03-16", kind: "FREEZE", decisions: 1 },
      { week: "2026-03-16", kind: "REVERSE", decisions: 1 },
    ]);
    expect(await findDecisionsByWeek({ client, filters: { product: "CASH_LOAN" } })).toEqual([
      { week: "2026-03-02", kind: "REDUCE_LIMIT", decisions: 1 },
      { week: "2026-03-09", kind: "FREEZE", decisions: 1 },
      { week: "2026-03-16", kind: "FREEZE", decisions: 1 },
    ]);
  });

  it("gives approval and rejection rates of the proposals decided each week", async () => {
    expect(await findApprovalRatesByWeek({ client })).toEqual([
      { week: "2026-03-02", approved: 1, rejected: 0, approvalRate: 1, rejectionRate: 0 },
      { week: "2026-03-09", approved: 2, rejected: 1, approvalRate: 2 / 3, rejectionRate: 1 / 3 },
      { week: "2026-03-16", approved: 1, rejected: 0, approvalRate: 1, rejectionRate: 0 },
    ]);
  });

  it("gives reversals after appeal per week of effect and the reversal rate", async () => {
    expect(await findReversalsByWeek({ client })).toEqual({
      weeks: [
        { week: "2026-03-09", reversals: 0, adverseEffective: 2, reversalRate: 0 },
        { week: "2026-03-16", reversals: 1, adverseEffective: 0, reversalRate: null },
      ],
      overall: { reversals: 1, adverseEffective: 2, reversalRate: 0.5 },
    });
    expect((await findReversalsByWeek({ client, filters: { region: "CN-SH" } })).overall).toEqual({ reversals: 0, adverseEffective: 0, reversalRate: null });
  });
});

describe("findReviewerThroughput", () => {
  it("credits each closed case to the proposer of its closing decision, else its assignee, with the median hours", async () => {
    expect(await findReviewerThroughput({ client, viewerRole: "MANAGER" })).toEqual([
      { officerId: ids.officerA, name: "officerA", casesClosed: 2, medianHoursToDecision: 35 },
      { officerId: ids.officerB, name: "officerB", casesClosed: 2, medianHoursToDecision: 6 },
    ]);
    expect(await findReviewerThroughput({ client, viewerRole: "ADMIN", filters: { region: "CN-SH" } })).toEqual([]);
    expect(await findReviewerThroughput({ client, viewerRole: "ADMIN", filters: { from: "2026-03", to: "2026-03" } })).toHaveLength(2);
  });

  it("refuses viewers without reviewer:metrics", async () => {
    for (const viewerRole of ["RISK_OFFICER", "SENIOR_OFFICER", "COMPLIANCE", null] as const) {
      const refused = await findReviewerThroughput({ client, viewerRole }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).code).toBe("FORBIDDEN");
    }
  });
});

describe("team_case_week", () => {
  it("follows cases closed, edited and reopened by UPDATE, equal to a recount (runs last: it changes the cases)", async () => {
    await account("acc6", "CN-SH", true, false);
    const id = await reviewCase({ account: "acc6", severity: "LOW", openedAt: "2026-03-09T00:00:00Z", dueAt: "2026-03-12T00:00:00Z" });
    await sql.query(`UPDATE review_case SET status = 'CLOSED', closed_at = '2026-03-13T00:00:00Z' WHERE id = $1`, [id]);
    expect((await findSlaByWeek({ client, now, filters: { region: "CN-SH", to: "2026-03" } })).find((r) => r.week === "2026-03-09")).toEqual({ week: "2026-03-09", met: 0, breached: 1, openPastDue: 0 });
    await sql.query(`UPDATE review_case SET due_at = '2026-03-14T00:00:00Z' WHERE id = $1`, [id]);
    expect((await findSlaByWeek({ client, now, filters: { region: "CN-SH" } })).find((r) => r.week === "2026-03-09")).toEqual({ week: "2026-03-09", met: 1, breached: 0, openPastDue: 0 });
    await sql.query(`UPDATE review_case SET claimed_at = now()`); // counted columns unchanged: nothing moves
    const summary = async () => (await sql.query(`SELECT * FROM team_case_week WHERE met <> 0 OR breached <> 0 ORDER BY 1, 2, 3, 4`)).rows;
    const kept = await summary();
    await sql.query(`SELECT rebuild_team_case_week()`);
    expect(await summary()).toEqual(kept);
    expect(kept.reduce((sum, row) => sum + row.met + row.breached, 0)).toBe(5);
  });
});
