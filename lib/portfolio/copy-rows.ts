// Generated records as PostgreSQL COPY text, with the ids handed out here (each table's ids continue after a
// base the loader read from the database), so a whole batch of accounts goes in without a single round trip.
// Every column is written explicitly, created_at included, so equal seeds give byte-identical rows.
import { dateText, timestampText } from "./calendar";
import type { AccountRecords } from "./generate-account";
import type { MerchantCatalogue } from "./merchants";
import { centsText } from "./money";

/** The tables the generator fills, parents before children (the order the loader copies them in). */
export const PORTFOLIO_TABLES = [
  "merchant", "customer", "account", "credit_limit_change", "statement", "repayment", "cash_loan", "loan_instalment",
  "purchase", "credit_bureau_event", "limit_application", "contact_event", "credit_score",
] as const;
export type PortfolioTable = (typeof PORTFOLIO_TABLES)[number];

export const COLUMNS: Record<PortfolioTable, readonly string[]> = {
  merchant: ["id", "name", "category", "region", "watch_listed", "watch_listed_at", "watch_list_reason"],
  customer: ["id", "full_name", "national_id", "phone", "language", "birth_year", "created_at"],
  account: [
    "id", "customer_id", "source", "has_credit_line", "has_cash_loan", "status", "status_since", "closure_category",
    "opened_at", "region", "currency", "credit_limit", "outstanding", "overdue_amount", "current_dpd", "dpd_as_of",
    "credit_score", "version", "created_at",
  ],
  credit_limit_change: ["id", "account_id", "amount", "previous_amount", "reason", "changed_at"],
  statement: ["id", "account_id", "cycle_date", "due_date", "amount_due", "minimum_due", "amount_paid", "paid_date", "dpd"],
  repayment: ["id", "account_id", "amount", "paid_at", "channel"],
  cash_loan: ["id", "account_id", "principal", "outstanding_principal", "annual_rate", "term_months", "disbursed_at", "status"],
  loan_instalment: ["id", "loan_id", "seq", "due_date", "amount_due", "amount_paid", "paid_date"],
  purchase: ["id", "account_id", "merchant_id", "amount", "category", "channel", "occurred_at"],
  credit_bureau_event: ["id", "account_id", "kind", "lender_name", "amount", "occurred_at"],
  limit_application: ["id", "account_id", "requested_amount", "applied_at", "outcome"],
  contact_event: ["id", "account_id", "kind", "occurred_at", "detail"],
  credit_score: ["id", "account_id", "score", "scored_at"],
};

export type TableCounts = Record<PortfolioTable, number>;

export function emptyCounts(): TableCounts {
  return Object.fromEntries(PORTFOLIO_TABLES.map((table) => [table, 0])) as TableCounts;
}

const NULL = "\\N";
const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** Text in COPY's text format (the generator's vocabularies never need it, but a field must never break a row). */
function text(value: string): string {
  return value.replace(SPECIAL, (character) => ESCAPES[character]);
}

const day = (value: number | null) => (value === null ? NULL : dateText(value));
const moment = (value: number | null) => (value === null ? NULL : timestampText(value));
const money = (value: number | null) => (value === null ? NULL : centsText(value));

/**
 * One table's COPY text for the batch being built, encoded as it is written: the row strings die young, and the
 * batch is one Buffer that goes to the socket as it is (no string of megabytes for the garbage collector to trace).
 */
class CopyBuffer {
  private buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  write(line: string) {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (this.length + line.length * 3 > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + line.length * 3));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(line, this.length);
  }

  /** The bytes written so far (null if none); the next batch starts in a fresh buffer of the same size. */
  take(): Buffer | null {
    if (this.length === 0) return null;
    const bytes = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafe(this.buffer.length);
    this.length = 0;
    return bytes;
  }
}

/** Accumulates COPY rows per table for one batch; `bases` are the ids before the first row of the run. */
export class CopyRows {
  readonly counts = emptyCounts();
  private readonly buffers = Object.fromEntries(PORTFOLIO_TABLES.map((table) => [table, new CopyBuffer()])) as Record<PortfolioTable, CopyBuffer>;

  constructor(private readonly bases: TableCounts) {}

  private nextId(table: PortfolioTable): number {
    return this.bases[table] + ++this.counts[table];
  }

  addMerchants(catalogue: MerchantCatalogue) {
    for (const merchant of catalogue.merchants) {
      const listed = merchant.watchListedAt !== null;
      this.buffers.merchant.write(
        `${this.nextId("merchant")}\t${text(merchant.name)}\t${merchant.category.code}\t${merchant.region}\t${listed ? "t" : "f"}\t` +
          `${moment(merchant.watchListedAt)}\t${merchant.watchListReason === null ? NULL : text(merchant.watchListReason)}\n`,
      );
    }
  }

  addAccount(records: AccountRecords, asOfDay: number) {
    const { customer, account } = records;
    const customerId = this.nextId("customer");
    const createdAt = timestampText(account.createdAt);
    this.buffers.customer.write(
      `${customerId}\t${text(customer.fullName)}\t${customer.nationalId}\t${customer.phone}\t${customer.language}\t${customer.birthYear}\t${createdAt}\n`,
    );
    const accountId = this.nextId("account");
    this.buffers.account.write(
      `${accountId}\t${customerId}\tDEMO\t${account.hasCreditLine ? "t" : "f"}\t${account.hasCashLoan ? "t" : "f"}\t${account.status}\t` +
        `${timestampText(account.statusSince)}\t${account.closureCategory ?? NULL}\t${dateText(account.openedDay)}\t${account.region}\tCNY\t` +
        `${centsText(account.creditLimitCents)}\t${centsText(account.outstandingCents)}\t${centsText(account.overdueAmountCents)}\t` +
        `${account.currentDpd}\t${dateText(asOfDay)}\t${account.creditScore}\t1\t${createdAt}\n`,
    );
    this.writeRows("credit_limit_change", records.limitChanges, (c, id) =>
      `${id}\t${accountId}\t${centsText(c.amountCents)}\t${money(c.previousCents)}\t${text(c.reason)}\t${timestampText(c.changedAt)}\n`,
    );
    this.writeRows("statement", records.statements, (s, id) =>
      `${id}\t${accountId}\t${dateText(s.cycleDay)}\t${dateText(s.dueDay)}\t${centsText(s.amountDueCents)}\t` +
      `${centsText(s.minimumDueCents)}\t${centsText(s.amountPaidCents)}\t${day(s.paidDay)}\t${s.dpd}\n`,
    );
    this.writeRows("repayment", records.repayments, (r, id) =>
      `${id}\t${accountId}\t${centsText(r.amountCents)}\t${timestampText(r.paidAt)}\t${r.channel}\n`,
    );
    for (const loan of records.loans) {
      const loanId = this.nextId("cash_loan");
      const rate = `0.${String(loan.annualRateBasisPoints).padStart(4, "0")}`;
      this.buffers.cash_loan.write(
        `${loanId}\t${accountId}\t${centsText(loan.principalCents)}\t${centsText(loan.outstandingPrincipalCents)}\t${rate}\t` +
          `${loan.termMonths}\t${timestampText(loan.disbursedAt)}\t${loan.status}\n`,
      );
      this.writeRows("loan_instalment", loan.instalments, (i, id) =>
        `${id}\t${loanId}\t${i.seq}\t${dateText(i.dueDay)}\t${centsText(i.amountDueCents)}\t${centsText(i.amountPaidCents)}\t${day(i.paidDay)}\n`,
      );
    }
    const merchantBase = this.bases.merchant + 1;
    this.writeRows("purchase", records.purchases, (p, id) =>
      `${id}\t${accountId}\t${merchantBase + p.merchantIndex}\t${centsText(p.amountCents)}\t${p.category}\t${p.channel}\t${timestampText(p.occurredAt)}\n`,
    );
    this.writeRows("credit_bureau_event", records.bureauEvents, (e, id) =>
      `${id}\t${accountId}\t${e.kind}\t${text(e.lenderName)}\t${money(e.amountCents)}\t${timestampText(e.occurredAt)}\n`,
    );
    this.writeRows("limit_application", records.limitApplications, (a, id) =>
      `${id}\t${accountId}\t${centsText(a.requestedCents)}\t${timestampText(a.appliedAt)}\t${a.outcome}\n`,
    );
    this.writeRows("contact_event", records.contactEvents, (e, id) =>
      `${id}\t${accountId}\t${e.kind}\t${timestampText(e.occurredAt)}\t${e.detail === null ? NULL : text(e.detail)}\n`,
    );
    this.writeRows("credit_score", records.creditScores, (s, id) => `${id}\t${accountId}\t${s.score}\t${timestampText(s.scoredAt)}\n`);
  }

  /** One account's rows of a table, written to the buffer in one go. */
  private writeRows<T>(table: PortfolioTable, items: readonly T[], line: (item: T, id: number) => string) {
    if (items.length === 0) return;
    let rows = "";
    for (const item of items) rows += line(item, this.nextId(table));
    this.buffers[table].write(rows);
  }

  /** The COPY data gathered since the last call, per table (empty tables left out); starts a new batch. */
  takeBatch(): [PortfolioTable, Buffer][] {
    const batch: [PortfolioTable, Buffer][] = [];
    for (const table of PORTFOLIO_TABLES) {
      const bytes = this.buffers[table].take();
      if (bytes) batch.push([table, bytes]);
    }
    return batch;
  }
}
