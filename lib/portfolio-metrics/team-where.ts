// What the team metric functions share: their options (filters, client, clock) and the WHERE clauses they put on
// event times, regions and products. Values go as parameters; only column names are spliced into the SQL.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { portfolioFiltersSchema, type PortfolioFilters } from "./filters";

export type TeamMetricsClient = Tx | typeof db;

export interface TeamMetricOptions {
  /** Validated with portfolioFiltersSchema; invalid filters throw a ZodError. */
  filters?: PortfolioFilters;
  /** Runs the query on this client (a test's own database); the app's client otherwise. */
  client?: TeamMetricsClient;
  /** "Now" for ages, the current week and past-due checks (tests fix it); the process clock when omitted. */
  now?: Date;
}

/** Collects parameters and clauses; `param` returns the placeholder of a new value. */
export class SqlWhere {
  readonly values: unknown[] = [];
  readonly clauses: string[] = [];

  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  add(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  /** `column >= start AND column < end` for the bounds that are set. */
  range(column: string, { start, end }: { start: Date | null; end: Date | null }): this {
    if (start) this.add(`${column} >= ${this.param(start)}::timestamptz`);
    if (end) this.add(`${column} < ${this.param(end)}::timestamptz`);
    return this;
  }

  /** Region and product on columns `region`, `has_credit_line`, `has_cash_loan` of the table aliased `alias`. */
  segment(filters: PortfolioFilters, alias: string): this {
    if (filters.region) this.add(`${alias}.region = ${this.param(filters.region)}`);
    if (filters.product === "CREDIT_LINE") this.add(`${alias}.has_credit_line`);
    if (filters.product === "CASH_LOAN") this.add(`${alias}.has_cash_loan`);
    return this;
  }

  get sql(): string {
    return this.clauses.length === 0 ? "TRUE" : this.clauses.join(" AND ");
  }
}

export const parseFilters = (filters: PortfolioFilters | undefined): PortfolioFilters => portfolioFiltersSchema.parse(filters ?? {});

/** The join to the decision's account, needed only to filter by region or product (account_id is a foreign key). */
export const accountJoin = (filters: PortfolioFilters, decisionAlias = "d") =>
  filters.region || filters.product ? `JOIN account a ON a.id = ${decisionAlias}.account_id` : "";

/** part / whole, null when the whole is 0 (a rate of nothing is not 0). */
export const rateOf = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
