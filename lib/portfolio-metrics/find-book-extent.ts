// What the portfolio page's filters offer (issue 7): the latest month with statements (the default period ends
// there, see period.ts) and the regions the book has. Both from the small summary table portfolio_month_bucket, whose
// primary key starts with (product, month): max(month) is one index probe.
import "server-only";
import { db } from "@/lib/db";
import { monthText, type MetricsClient } from "./summary-where";

export interface BookExtent {
  /** "YYYY-MM", null when no statement has been loaded. */
  latestMonth: string | null;
  /** account.region codes, sorted. */
  regions: string[];
}

export async function findBookExtent({ client = db }: { client?: MetricsClient } = {}): Promise<BookExtent> {
  const [latest, regions] = await Promise.all([
    client.$queryRawUnsafe<{ month: Date | null }[]>(`SELECT max(month) AS month FROM portfolio_month_bucket WHERE product = 'ALL'`),
    client.$queryRawUnsafe<{ region: string }[]>(`SELECT DISTINCT region FROM portfolio_month_bucket WHERE product = 'ALL' ORDER BY region`),
  ]);
  return { latestMonth: latest[0]?.month ? monthText(latest[0].month) : null, regions: regions.map((row) => row.region) };
}
