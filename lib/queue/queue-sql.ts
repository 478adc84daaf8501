// The SQL pieces of the queue's reads and of "next case" (server-only): the WHERE clause of a view, its ORDER BY
// and the keyset condition of a page. Values typed by people (search, ranges, cursors) travel as parameters; enum
// values, already checked by zod, are written as literals so that the planner matches them to the partial indexes
// of migration queue_indexes (one per rule) and to priority, which moves with severity.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { RuleCode, Severity } from "@/lib/generated/prisma/enums";
import { PRIORITY } from "@/lib/rules/severity";
import type { QueueCursor } from "./cursor";
import { OPEN_CASE_STATUSES, type QueueFilters } from "./schemas";
import { parseSearch } from "./search";
import type { QueueSort, SortDirection } from "./sorts";

export interface QueueScope {
  filters: QueueFilters;
  /** The signed-in user, for "assigned to me". */
  viewerId: number;
  /** The instant SLAs are measured against. */
  now: Date;
  /** Where the viewer's today ends (./sla.ts endOfDay), for "due today". */
  endOfToday: Date;
}

/** An instant as a parameter: UTC ISO text, read as timestamptz whatever the session's time zone. */
export const instant = (date: Date | string) => Prisma.sql`${typeof date === "string" ? date : date.toISOString()}::timestamptz`;

/** A timestamp column as UTC ISO text with milliseconds, the format instants travel in to the browser. */
export const utcIso = (column: string) => Prisma.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** A value zod has already limited to an enum, checked again here because it is written into the SQL text. */
function literal<T extends string>(values: readonly T[], value: T): Prisma.Sql {
  if (!values.includes(value)) throw new Error(`not one of the enum's values: ${value}`);
  return Prisma.raw(`'${value}'`);
}

const RULE_CODES = Object.values(RuleCode);
const SEVERITIES = Object.values(Severity);

function searchCondition(q: string): Prisma.Sql {
  const term = parseSearch(q);
  switch (term?.kind) {
    case undefined:
      return Prisma.sql`true`;
    case "account":
      return Prisma.sql`c.account_id = ${term.accountId}`;
    case "accountOrPhone":
      return Prisma.sql`(c.account_id = ${term.accountId} OR c.phone_last4 = ${term.phoneSuffix})`;
    case "phone":
      return Prisma.sql`c.phone_last4 = ${term.phoneSuffix}`;
    // name_masked is stored lower-case (migration queue_indexes), as the terms are.
    case "maskedName":
      return Prisma.sql`c.name_masked = ${term.masked}`;
    case "name":
      return term.masked === null
        ? Prisma.sql`c.name_masked LIKE ${term.prefix}`
        : Prisma.sql`(c.name_masked LIKE ${term.prefix} OR c.name_masked = ${term.masked})`;
  }
}

export function queueWhere({ filters, viewerId, now, endOfToday }: QueueScope): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`c.status <> 'CLOSED'`];
  // A literal array: the planner proves it implies one rule's partial index (a parameter would hide that).
  if (filters.rule) conditions.push(Prisma.sql`c.rule_codes @> ARRAY[${literal(RULE_CODES, filters.rule)}]::"RuleCode"[]`);
  if (filters.severity) {
    conditions.push(Prisma.sql`c.priority = ${Prisma.raw(String(PRIORITY[filters.severity]))}`);
    conditions.push(Prisma.sql`c.severity = ${literal(SEVERITIES, filters.severity)}`);
  }
  if (filters.status) conditions.push(Prisma.sql`c.status = ${literal(OPEN_CASE_STATUSES, filters.status)}`);
  if (filters.assignee === "me") conditions.push(Prisma.sql`c.assignee_id = ${viewerId}`);
  if (filters.assignee === "unassigned") conditions.push(Prisma.sql`c.assignee_id IS NULL`);
  if (filters.sla === "breached") conditions.push(Prisma.sql`c.due_at < ${instant(now)}`);
  if (filters.sla === "today") conditions.push(Prisma.sql`c.due_at >= ${instant(now)} AND c.due_at < ${instant(endOfToday)}`);
  if (filters.product === "CREDIT_LINE") conditions.push(Prisma.sql`c.has_credit_line`);
  if (filters.product === "CASH_LOAN") conditions.push(Prisma.sql`c.has_cash_loan`);
  if (filters.region) conditions.push(Prisma.sql`c.region = ${filters.region}`);
  if (filters.dpdMin !== undefined) conditions.push(Prisma.sql`c.current_dpd >= ${filters.dpdMin}`);
  if (filters.dpdMax !== undefined) conditions.push(Prisma.sql`c.current_dpd <= ${filters.dpdMax}`);
  if (filters.balanceMin !== undefined) conditions.push(Prisma.sql`c.outstanding >= ${filters.balanceMin}::numeric`);
  if (filters.balanceMax !== undefined) conditions.push(Prisma.sql`c.outstanding <= ${filters.balanceMax}::numeric`);
  if (filters.q !== undefined) conditions.push(searchCondition(filters.q));
  return Prisma.join(conditions, " AND ");
}

/** The sort columns of each order, before the case id. */
const SORT_COLUMNS: Record<QueueSort, string[]> = {
  priority: ["priority", "due_at"],
  due: ["due_at"],
  dpd: ["current_dpd"],
  outstanding: ["outstanding"],
  flagged: ["flagged_at"],
};

/** ORDER BY of an order over the rows aliased `alias`, read in `dir`. */
export function queueOrderBy(sort: QueueSort, dir: SortDirection, alias = "c"): Prisma.Sql {
  const direction = dir === "asc" ? "ASC" : "DESC";
  return Prisma.raw([...SORT_COLUMNS[sort], "id"].map((column) => `${alias}.${column} ${direction}`).join(", "));
}

/** Rows strictly beyond the cursor's row in the direction read: a row comparison, which the index serves. */
export function keysetCondition(cursor: QueueCursor, readDir: SortDirection): Prisma.Sql {
  const columns = Prisma.raw([...SORT_COLUMNS[cursor.sort], "id"].map((column) => `c.${column}`).join(", "));
  const values = [
    ...cursor.key.map((value, i) => {
      const column = SORT_COLUMNS[cursor.sort][i];
      if (column.endsWith("_at")) return instant(String(value));
      return column === "outstanding" ? Prisma.sql`${String(value)}::numeric` : Prisma.sql`${Number(value)}::int`;
    }),
    Prisma.sql`${cursor.id}::int`,
  ];
  return Prisma.sql`(${columns}) ${Prisma.raw(readDir === "asc" ? ">" : "<")} (${Prisma.join(values)})`;
}
