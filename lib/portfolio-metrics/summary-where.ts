// The WHERE clause the book's metric functions put on a summary table: product (ALL unless one is chosen), region,
// and the period on the table's month column. Values go as parameters; only column names are spliced in.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { monthRange, portfolioFiltersSchema, type PortfolioFilters } from "./filters";

export type MetricsClient = Tx | typeof db;

export interface MetricOptions {
  /** Validated with portfolioFiltersSchema; invalid filters throw a ZodError. */
  filters?: PortfolioFilters;
  /** Runs the query on this client (a test's transaction); the app's pool otherwise. */
  client?: MetricsClient;
}

export function summaryWhere(filters: PortfolioFilters | undefined, monthColumn: string) {
  const f = portfolioFiltersSchema.parse(filters ?? {});
  const values: unknown[] = [f.product ?? "ALL"];
  const clauses = [`product = $1`];
  if (f.region) {
    values.push(f.region);
    clauses.push(`region = $${values.length}`);
  }
  const { start, end } = monthRange(f);
  if (start) {
    values.push(start);
    clauses.push(`${monthColumn} >= $${values.length}::date`);
  }
  if (end) {
    values.push(end);
    clauses.push(`${monthColumn} < $${values.length}::date`);
  }
  return { where: clauses.join(" AND "), values, filters: f, start, end };
}

/** "YYYY-MM" of a DATE column read back (the session is UTC). */
export const monthText = (date: Date) => date.toISOString().slice(0, 7);

/** part / whole as a number, 0 when the whole is 0. */
export const shareOf = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
