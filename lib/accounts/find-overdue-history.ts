// The account page's overdue history (server-only): the latest statements with their DPD bucket and the DPD at
// due + 30/60/90, every overdue episode, and the points of the DPD and balance chart. Three reads by account_id, in
// parallel: the account by its key, its statements through statement(account_id, cycle_date) (narrow columns, the
// whole history up to a bound, because checkpoints and episodes depend on older unpaid bills), and its cash-loan
// instalments through cash_loan(account_id) and loan_instalment(loan_id, seq). Older statements page by cycle date.
import "server-only";
import { bucketOf, type Bucket } from "@/lib/credit/buckets";
import { db } from "@/lib/db";
import { overdueEpisodes, type OverdueEpisode } from "./overdue-episodes";
import { owedAmounts, statementCheckpoints, type Checkpoint } from "./statement-checkpoints";

/** Statements per page of the table and the chart. */
export const STATEMENT_PAGE_SIZE = 24;
/** Statements read at most: 20 years of monthly bills; episodes and checkpoints older than that are not shown. */
export const STATEMENT_HISTORY_LIMIT = 240;
/** Instalments read at most (e.g. 20 loans of 24 months). */
const INSTALMENT_LIMIT = 500;

export interface HistoryStatement {
  cycleDate: string;
  dueDate: string;
  /** Decimal strings. */
  amountDue: string;
  minimumDue: string;
  amountPaid: string;
  paidDate: string | null;
  /** The account's DPD at the cycle date. */
  dpd: number;
  bucket: Bucket;
  checkpoints: Checkpoint[];
}

export interface ChartPoint {
  cycleDate: string;
  dpd: number;
  /** The statement's amount due, a decimal string. */
  balance: string;
}

export interface OverdueHistory {
  currency: string;
  /** "YYYY-MM-DD", null before the account's DPD was first computed. */
  dpdAsOf: string | null;
  currentDpd: number;
  /** The account's outstanding now (credit line and cash loans), a decimal string. */
  outstanding: string;
  /** The page of statements, newest first. */
  statements: HistoryStatement[];
  /** The cycle date to pass as `before` for the next older page; null when there is none. */
  olderBefore: string | null;
  /** Every episode of the statements read, newest first. */
  episodes: OverdueEpisode[];
  /** The page's statements oldest first, for the chart. */
  chart: ChartPoint[];
}

export interface FindOverdueHistoryOptions {
  accountId: number;
  /** "YYYY-MM-DD": only statements cut before this cycle date (the next older page). */
  before?: string;
}

interface StatementRow {
  cycle_date: string;
  due_date: string;
  amount_due: string;
  minimum_due: string;
  amount_paid: string;
  paid_date: string | null;
  dpd: number;
}

/** null when the account does not exist. */
export async function findOverdueHistory({ accountId, before }: FindOverdueHistoryOptions): Promise<OverdueHistory | null> {
  const [accounts, rows, instalments] = await Promise.all([
    db.$queryRaw<{ currency: string; current_dpd: number; dpd_as_of: string | null; outstanding: string }[]>`
      SELECT currency, current_dpd, to_char(dpd_as_of, 'YYYY-MM-DD') AS dpd_as_of, outstanding::text AS outstanding
      FROM account WHERE id = ${accountId}`,
    db.$queryRaw<StatementRow[]>`
      SELECT to_char(cycle_date, 'YYYY-MM-DD') AS cycle_date, to_char(due_date, 'YYYY-MM-DD') AS due_date,
        amount_due::text AS amount_due, minimum_due::text AS minimum_due, amount_paid::text AS amount_paid,
        to_char(paid_date, 'YYYY-MM-DD') AS paid_date, dpd
      FROM statement WHERE account_id = ${accountId}
      ORDER BY cycle_date DESC LIMIT ${STATEMENT_HISTORY_LIMIT}`,
    db.$queryRaw<{ due_date: string; paid_date: string | null; amount_due: string }[]>`
      SELECT to_char(i.due_date, 'YYYY-MM-DD') AS due_date, to_char(i.paid_date, 'YYYY-MM-DD') AS paid_date,
        i.amount_due::text AS amount_due
      FROM cash_loan l JOIN loan_instalment i ON i.loan_id = l.id
      WHERE l.account_id = ${accountId}
      ORDER BY i.due_date DESC LIMIT ${INSTALMENT_LIMIT}`,
  ]);
  const account = accounts[0];
  if (!account) return null;

  const bills = rows.map((row) => ({ dueDate: row.due_date, paidDate: row.paid_date, minimumDue: row.minimum_due }));
  const dueInstalments = instalments.map((row) => ({ dueDate: row.due_date, paidDate: row.paid_date }));
  const owed = owedAmounts(bills, dueInstalments);
  const older = before === undefined ? rows : rows.filter((row) => row.cycle_date < before);
  const page = older.slice(0, STATEMENT_PAGE_SIZE);
  const statements = page.map(
    (row): HistoryStatement => ({
      cycleDate: row.cycle_date,
      dueDate: row.due_date,
      amountDue: row.amount_due,
      minimumDue: row.minimum_due,
      amountPaid: row.amount_paid,
      paidDate: row.paid_date,
      dpd: row.dpd,
      bucket: bucketOf(row.dpd),
      checkpoints: statementCheckpoints(row.due_date, owed, account.dpd_as_of),
    }),
  );
  const owedItems = [
    ...bills.map((bill) => ({ ...bill, amount: bill.minimumDue })),
    ...instalments.map((row) => ({ dueDate: row.due_date, paidDate: row.paid_date, amount: row.amount_due })),
  ];
  return {
    currency: account.currency,
    dpdAsOf: account.dpd_as_of,
    currentDpd: account.current_dpd,
    outstanding: account.outstanding,
    statements,
    olderBefore: older.length > STATEMENT_PAGE_SIZE ? page[page.length - 1].cycle_date : null,
    episodes: overdueEpisodes(rows.map((row) => ({ cycleDate: row.cycle_date, dpd: row.dpd })), owedItems, {
      currentDpd: account.current_dpd,
      dpdAsOf: account.dpd_as_of,
    }),
    chart: statements.map((s) => ({ cycleDate: s.cycleDate, dpd: s.dpd, balance: s.amountDue })).reverse(),
  };
}
