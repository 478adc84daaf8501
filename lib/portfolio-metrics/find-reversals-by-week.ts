// Reversals after appeal per week and the reversal rate (issue 7, team charts): the fairness signal, too many
// reversals meaning the rules or the reviewers are too harsh.
// Definitions: a REVERSAL is a decision of kind REVERSE that answers an appeal (appeal_id set) and has taken effect
// (status EFFECTIVE), counted in the week (Monday 00:00 UTC) of its effective_at. An ADVERSE decision is a CLOSE,
// REDUCE_LIMIT or FREEZE that took effect (status EFFECTIVE, or REVERSED: it took effect before it was undone),
// counted in the week of its effective_at. Reversal rate = reversals / adverse decisions of the same week (a ratio of
// the two flows, null when no adverse decision took effect that week), and overall = the same sums over the whole
// period. A reversal usually falls in a later week than the decision it undoes, so the overall rate is the one to
// read. Region and product are the account's now. Served by the partial index decision_effective_at.
import "server-only";
import { db } from "@/lib/db";
import { REVERSIBLE_KINDS } from "@/lib/decisions/state-machine";
import { accountJoin, parseFilters, rateOf, SqlWhere, type TeamMetricOptions } from "./team-where";
import { weekRange } from "./team-weeks";

export interface ReversalWeekRow {
  week: string;
  reversals: number;
  adverseEffective: number;
  reversalRate: number | null;
}

export interface Reversals {
  weeks: ReversalWeekRow[];
  overall: Omit<ReversalWeekRow, "week">;
}

export async function findReversalsByWeek({ filters, client = db }: Omit<TeamMetricOptions, "now"> = {}): Promise<Reversals> {
  const f = parseFilters(filters);
  const where = new SqlWhere().add(`d.effective_at IS NOT NULL`).range("d.effective_at", weekRange(f)).segment(f, "a");
  const adverse = where.param([...REVERSIBLE_KINDS]);
  const rows = await client.$queryRawUnsafe<{ week: string; reversals: number; adverse: number }[]>(
    `SELECT to_char(date_trunc('week', d.effective_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
            count(*) FILTER (WHERE d.kind = 'REVERSE' AND d.appeal_id IS NOT NULL AND d.status = 'EFFECTIVE')::int AS reversals,
            count(*) FILTER (WHERE d.kind::text = ANY(${adverse}::text[]) AND d.status IN ('EFFECTIVE', 'REVERSED'))::int AS adverse
     FROM decision d ${accountJoin(f)} WHERE ${where.sql}
     GROUP BY 1 ORDER BY 1`,
    ...where.values,
  );
  const weeks = rows
    .filter((row) => row.reversals > 0 || row.adverse > 0)
    .map((row) => ({ week: row.week, reversals: row.reversals, adverseEffective: row.adverse, reversalRate: rateOf(row.reversals, row.adverse) }));
  const reversals = weeks.reduce((sum, row) => sum + row.reversals, 0);
  const adverseEffective = weeks.reduce((sum, row) => sum + row.adverseEffective, 0);
  return { weeks, overall: { reversals, adverseEffective, reversalRate: rateOf(reversals, adverseEffective) } };
}
