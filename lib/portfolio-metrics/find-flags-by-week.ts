// Flags raised and cleared per week, by rule (issue 7, team charts).
// Definitions: a flag is RAISED in the week (Monday 00:00 UTC) holding its detected_at and CLEARED in the week
// holding its cleared_at (a flag still open counts only as raised). Region and product are the flag's account's at
// the moment the flag was raised or cleared (product CREDIT_LINE: has_credit_line, CASH_LOAN: has_cash_loan; an
// account with both counts under both). Period: the weeks whose Monday falls in from..to (team-weeks.ts).
// Read from team_flag_week, which statement-level triggers on flag keep current (migration team_metrics): joining
// every flag to its account takes ~0.7 s at 1M accounts, the summary a few ms. Weeks with nothing are left out; rules
// come in the order of the RuleCode enum (domain.md).
import "server-only";
import { db } from "@/lib/db";
import type { RuleCode } from "@/lib/generated/prisma/enums";
import { parseFilters, SqlWhere, type TeamMetricOptions } from "./team-where";
import { weekRange } from "./team-weeks";

export interface FlagWeekRow {
  /** Monday, "YYYY-MM-DD". */
  week: string;
  ruleCode: RuleCode;
  raised: number;
  cleared: number;
}

export async function findFlagsByWeek({ filters, client = db }: Omit<TeamMetricOptions, "now"> = {}): Promise<FlagWeekRow[]> {
  const f = parseFilters(filters);
  const where = new SqlWhere().segment(f, "t");
  const { start, end } = weekRange(f);
  if (start) where.add(`t.week >= ${where.param(start)}::date`);
  if (end) where.add(`t.week < ${where.param(end)}::date`);
  return client.$queryRawUnsafe<FlagWeekRow[]>(
    `SELECT to_char(t.week, 'YYYY-MM-DD') AS week, t.rule_code::text AS "ruleCode",
            sum(t.raised)::int AS raised, sum(t.cleared)::int AS cleared
     FROM team_flag_week t WHERE ${where.sql}
     GROUP BY t.week, t.rule_code HAVING sum(t.raised) <> 0 OR sum(t.cleared) <> 0
     ORDER BY t.week, t.rule_code`,
    ...where.values,
  );
}
