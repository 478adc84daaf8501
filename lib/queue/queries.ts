// Reads of the review queue (server-only): a keyset page of open cases for a view, the counts per filter value,
// and the officers a case can be assigned to. The page query finds the page's case ids on review_case alone
// (every filter and order has its index, migration queue_indexes) and only then reads those cases with their
// accounts, customers, assignees and flags, through lib/db-read.ts. Customers' names and phones are masked here,
// before anything leaves the server.
import "server-only";
import { can, ROLES } from "@/lib/auth/permissions";
import { bucketOf, type Bucket } from "@/lib/credit/buckets";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { RuleCode, Severity, type AccountStatus, type CaseStatus } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor } from "./cursor";
import type { QueueView } from "./filters";
import { maskName, maskPhone } from "./masking";
import {
  OPEN_CASE_STATUSES,
  PRODUCTS,
  SLA_FILTERS,
  type AssigneeFilter,
  type OpenCaseStatus,
  type Product,
  type SlaFilter,
} from "./schemas";
import { instant, keysetCondition, queueOrderBy, queueWhere, utcIso, type QueueScope } from "./queue-sql";
import { directRead } from "@/lib/db-read";
import { endOfDay } from "./sla";
import { sortKeyOf, type SortDirection } from "./sorts";
import { createTtlCache } from "./ttl-cache";

export const QUEUE_PAGE_SIZE = 25;

export interface QueueFlag {
  rule: RuleCode;
  severity: Severity;
  detectedAt: string;
  /** The rule's own one-sentence account of its evidence (English, as the rules engine writes it). */
  summary: string | null;
}

export interface QueueRow {
  caseId: number;
  /** Changes with every claim, release, assignment or escalation; assignment actions send the version they saw. */
  version: number;
  accountId: number;
  status: CaseStatus;
  severity: Severity;
  priority: number;
  dueAt: string;
  flaggedAt: string;
  openedAt: string;
  claimedAt: string | null;
  assignee: { id: number; name: string } | null;
  customerName: string;
  phone: string;
  hasCreditLine: boolean;
  hasCashLoan: boolean;
  accountStatus: AccountStatus;
  region: string;
  dpd: number;
  bucket: Bucket;
  outstanding: string;
  creditLimit: string;
  currency: string;
  flags: QueueFlag[];
}

export interface QueuePage {
  rows: QueueRow[];
  /** Cursors of the neighbouring pages, null at either end. */
  nextCursor: string | null;
  prevCursor: string | null;
  /** The instant the page was read at, which its SLA countdowns start from. */
  now: string;
}

interface PageRow {
  id: number;
  version: number;
  account_id: number;
  status: CaseStatus;
  severity: Severity;
  priority: number;
  due_at: string;
  flagged_at: string;
  opened_at: string;
  claimed_at: string | null;
  assignee_id: number | null;
  assignee_name: string | null;
  full_name: string;
  phone: string;
  has_credit_line: boolean;
  has_cash_loan: boolean;
  account_status: AccountStatus;
  region: string;
  current_dpd: number;
  outstanding: string;
  credit_limit: string;
  currency: string;
  flags: QueueFlag[];
}

function toQueueRow(row: PageRow): QueueRow {
  return {
    caseId: row.id,
    version: row.version,
    accountId: row.account_id,
    status: row.status,
    severity: row.severity,
    priority: row.priority,
    dueAt: row.due_at,
    flaggedAt: row.flagged_at,
    openedAt: row.opened_at,
    claimedAt: row.claimed_at,
    assignee: row.assignee_id === null ? null : { id: row.assignee_id, name: row.assignee_name ?? "" },
    customerName: maskName(row.full_name),
    phone: maskPhone(row.phone),
    hasCreditLine: row.has_credit_line,
    hasCashLoan: row.has_cash_loan,
    accountStatus: row.account_status,
    region: row.region,
    dpd: row.current_dpd,
    bucket: bucketOf(row.current_dpd),
    outstanding: row.outstanding,
    creditLimit: row.credit_limit,
    currency: row.currency,
    flags: row.flags,
  };
}

async function readPage(scope: QueueScope, view: QueueView, readDir: SortDirection, cursor: Prisma.Sql | null, limit: number) {
  const where = cursor ? Prisma.sql`${queueWhere(scope)} AND ${cursor}` : queueWhere(scope);
  // Two steps: the page's ids first, from the columns of an index alone where the index carries them (an index-only
  // scan that filters without visiting the table), then everything shown, for those rows only.
  return directRead<PageRow>(Prisma.sql`
    WITH page AS (
      SELECT c.id FROM review_case c
      WHERE ${where}
      ORDER BY ${queueOrderBy(view.sort, readDir)}
      LIMIT ${Prisma.raw(String(Math.trunc(limit)))}
    )
    SELECT c.id, c.version, c.account_id, c.status, c.severity, c.priority, ${utcIso("c.due_at")} AS due_at,
      ${utcIso("c.flagged_at")} AS flagged_at, ${utcIso("c.opened_at")} AS opened_at,
      ${utcIso("c.claimed_at")} AS claimed_at, c.assignee_id, u.name AS assignee_name, cu.full_name, cu.phone,
      c.has_credit_line, c.has_cash_loan, a.status AS account_status, c.region, c.current_dpd,
      c.outstanding::text AS outstanding, a.credit_limit::text AS credit_limit, a.currency,
      coalesce((
        SELECT json_agg(json_build_object('rule', f.rule_code, 'severity', f.severity,
            'detectedAt', ${utcIso("f.detected_at")}, 'summary', f.evidence->>'summary') ORDER BY f.severity, f.rule_code)
        FROM flag f WHERE f.account_id = c.account_id AND f.cleared_at IS NULL
      ), '[]') AS flags
    FROM page
    JOIN review_case c ON c.id = page.id
    JOIN account a ON a.id = c.account_id
    JOIN customer cu ON cu.id = a.customer_id
    LEFT JOIN app_user u ON u.id = c.assignee_id
    ORDER BY ${queueOrderBy(view.sort, readDir)}`);
}

/**
 * One page of the open cases a view selects, in its order. Pages are keyset pages: `view.after` (or `before`) is the
 * cursor of the row the page starts after (ends before), so pages neither skip nor repeat rows while cases are
 * claimed, opened or closed between them. A stale or foreign cursor reads the first page.
 */
export async function findQueueCases(options: {
  view: QueueView;
  /** The signed-in user, for "assigned to me". */
  viewerId: number;
  /** The instant SLAs are measured against. */
  now: Date;
  /** Where the viewer's today ends, for "due today". */
  endOfToday: Date;
  pageSize?: number;
}): Promise<QueuePage> {
  const { view, viewerId, now, endOfToday } = options;
  const pageSize = options.pageSize ?? QUEUE_PAGE_SIZE;
  const scope: QueueScope = { filters: view.filters, viewerId, now, endOfToday };
  const opposite: SortDirection = view.dir === "asc" ? "desc" : "asc";
  const after = view.after ? decodeCursor(view.after, view.sort, view.dir) : null;
  const before = !after && view.before ? decodeCursor(view.before, view.sort, view.dir) : null;
  const cursorOf = (row: PageRow) =>
    encodeCursor({
      sort: view.sort,
      dir: view.dir,
      id: row.id,
      key: sortKeyOf(view.sort, { priority: row.priority, dueAt: row.due_at, dpd: row.current_dpd, outstanding: row.outstanding, flaggedAt: row.flagged_at }),
    });

  if (before) {
    // Read backwards from the cursor, one row more than a page to learn whether there is a page before this one.
    const rows = (await readPage(scope, view, opposite, keysetCondition(before, opposite), pageSize + 1)).reverse();
    if (rows.length > pageSize) {
      const page = rows.slice(1);
      return { rows: page.map(toQueueRow), prevCursor: cursorOf(page[0]), nextCursor: cursorOf(page[page.length - 1]), now: now.toISOString() };
    }
    // No page before this one: the first page, which is what a reader going back expects (a full one).
    return findQueueCases({ ...options, view: { filters: view.filters, sort: view.sort, dir: view.dir } });
  }
  const rows = await readPage(scope, view, view.dir, after && keysetCondition(after, view.dir), pageSize + 1);
  // Past the end (the rows after the cursor have closed since): the first page rather than an empty one.
  if (after && rows.length === 0) return findQueueCases({ ...options, view: { filters: view.filters, sort: view.sort, dir: view.dir } });
  const page = rows.slice(0, pageSize);
  return {
    rows: page.map(toQueueRow),
    nextCursor: rows.length > pageSize ? cursorOf(page[page.length - 1]) : null,
    prevCursor: after && page.length > 0 ? cursorOf(page[0]) : null,
    now: now.toISOString(),
  };
}

export interface QueueCounts {
  /** Open cases in all. */
  total: number;
  severity: Record<Severity, number>;
  status: Record<OpenCaseStatus, number>;
  /** An open case counts under each rule with an open flag on its account. */
  rule: Record<RuleCode, number>;
  product: Record<Product, number>;
  sla: Record<SlaFilter, number>;
  assignee: Record<AssigneeFilter, number>;
  /** Regions with open cases, by code. */
  region: Record<string, number>;
}

const shared = { severity: Object.values(Severity), status: OPEN_CASE_STATUSES, rule: Object.values(RuleCode) };

/** One pass over the open cases, a count per filter value; the literals come from the enums, not from input. */
const SHARED_COUNTS = Prisma.raw(
  [
    ...shared.severity.map((v) => `count(*) FILTER (WHERE severity = '${v}')::int AS "severity.${v}"`),
    ...shared.status.map((v) => `count(*) FILTER (WHERE status = '${v}')::int AS "status.${v}"`),
    ...shared.rule.map((v) => `count(*) FILTER (WHERE rule_codes @> '{${v}}')::int AS "rule.${v}"`),
    `count(*) FILTER (WHERE has_credit_line)::int AS "product.CREDIT_LINE"`,
    `count(*) FILTER (WHERE has_cash_loan)::int AS "product.CASH_LOAN"`,
    `count(*) FILTER (WHERE assignee_id IS NULL)::int AS "assignee.unassigned"`,
  ].join(", "),
);

/**
 * Counts every viewer shares (per end of "today"), recounted in the background once COUNTS_FRESH_MS old and never
 * served older than COUNTS_STALE_MS; "mine" is counted per viewer, always.
 */
const COUNTS_FRESH_MS = 10_000;
const COUNTS_STALE_MS = 60_000;
const sharedCounts = createTtlCache<Omit<QueueCounts, "assignee"> & { unassigned: number }>(COUNTS_FRESH_MS, COUNTS_STALE_MS);

async function readSharedCounts(now: Date, endOfToday: Date) {
  const [[row], regions] = await Promise.all([
    db.$queryRaw<Record<string, number>[]>`
      SELECT count(*)::int AS total, ${SHARED_COUNTS},
        count(*) FILTER (WHERE due_at < ${instant(now)})::int AS "sla.breached",
        count(*) FILTER (WHERE due_at >= ${instant(now)} AND due_at < ${instant(endOfToday)})::int AS "sla.today"
      FROM review_case WHERE status <> 'CLOSED'`,
    db.$queryRaw<{ region: string; count: number }[]>`
      SELECT region, count(*)::int AS count FROM review_case WHERE status <> 'CLOSED' GROUP BY region ORDER BY region`,
  ]);
  const pick = <K extends string>(prefix: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, row[`${prefix}.${key}`]])) as Record<K, number>;
  return {
    total: row.total,
    severity: pick("severity", shared.severity),
    status: pick("status", shared.status),
    rule: pick("rule", shared.rule),
    product: pick("product", PRODUCTS),
    sla: pick("sla", SLA_FILTERS),
    unassigned: row["assignee.unassigned"],
    region: Object.fromEntries(regions.map((r) => [r.region, r.count])),
  };
}

/**
 * How many open cases each filter value selects, across the whole open queue (not narrowed by the view's other
 * filters, which would cost a scan per view). The shared counts come from the cache above unless `fresh`.
 */
export async function findQueueCounts(options: {
  viewerId: number;
  now: Date;
  endOfToday: Date;
  /** Skip the cache (tests). */
  fresh?: boolean;
}): Promise<QueueCounts> {
  const { viewerId, now, endOfToday } = options;
  const load = () => readSharedCounts(now, endOfToday);
  const [{ unassigned, ...counts }, [mine]] = await Promise.all([
    options.fresh ? load() : sharedCounts.get(endOfToday.toISOString(), load),
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM review_case WHERE status <> 'CLOSED' AND assignee_id = ${viewerId}`,
  ]);
  return { ...counts, assignee: { me: mine.count, unassigned } };
}

export interface QueueData {
  page: QueuePage;
  counts: QueueCounts;
}

/** What the queue screen shows for a view: its page and the counts per filter value, as the viewer's day goes. */
export async function findQueue(options: {
  view: QueueView;
  viewerId: number;
  /** The viewer's time zone, where their "due today" ends. */
  timeZone: string;
}): Promise<QueueData> {
  const now = new Date();
  const scope = { viewerId: options.viewerId, now, endOfToday: endOfDay(now, options.timeZone) };
  const [page, counts] = await Promise.all([findQueueCases({ ...scope, view: options.view }), findQueueCounts(scope)]);
  return { page, counts };
}

/** The officers a case can be assigned to: enabled users whose role may work cases. */
export async function findCaseWorkers(): Promise<{ id: number; name: string }[]> {
  return db.user.findMany({
    where: { disabled: false, role: { in: ROLES.filter((role) => can(role, "case:work")) } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
