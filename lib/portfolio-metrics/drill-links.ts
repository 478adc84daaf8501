// Where a chart's bar or cell leads (issue 7, drill-down): the review queue filtered as closely as its filters allow
// (rule, severity, SLA breached, product, region), or the portfolio's account list for a month's bucket (and, from a
// roll-rate cell, the bucket the next month; from the balances chart's overdue segment, every bucket but CURRENT),
// or a utilisation band's, which shows exactly the statements behind the figure. Pure.
import { BUCKETS, type Bucket } from "@/lib/credit/buckets";
import { DEFAULT_DIRECTION } from "@/lib/queue/sorts";
import { serializeQueueView } from "@/lib/queue/filters";
import type { QueueFilters } from "@/lib/queue/schemas";
import type { PortfolioFilters } from "./filters";

/** The buckets an account list takes: the five, and OVERDUE (M1 to M4+, the balances chart's overdue segment). */
export const LIST_BUCKETS = [...BUCKETS, "OVERDUE"] as const;
export type ListBucket = (typeof LIST_BUCKETS)[number];

/** The DPD range of a bucket (lib/credit/buckets.ts): inclusive; M4+ and OVERDUE have no upper end. */
export function bucketDpdRange(bucket: ListBucket): { dpdMin: number; dpdMax?: number } {
  switch (bucket) {
    case "OVERDUE":
      return { dpdMin: 1 };
    case "CURRENT":
      return { dpdMin: 0, dpdMax: 0 };
    case "M1":
      return { dpdMin: 1, dpdMax: 30 };
    case "M2":
      return { dpdMin: 31, dpdMax: 60 };
    case "M3":
      return { dpdMin: 61, dpdMax: 90 };
    case "M4_PLUS":
      return { dpdMin: 91 };
  }
}

/** The queue with these filters plus the chart's product and region, in the queue's canonical URL form. */
export function queueHref(segment: Pick<PortfolioFilters, "product" | "region">, filters: QueueFilters): string {
  const all: QueueFilters = { ...filters, product: segment.product, region: segment.region };
  const query = serializeQueueView({ filters: all, sort: "priority", dir: DEFAULT_DIRECTION.priority });
  return query ? `/queue?${query}` : "/queue";
}

export interface BucketAccountsTarget {
  month: string;
  bucket: ListBucket;
  /** The bucket the next month (a roll-rate cell). */
  next?: Bucket;
}

/** The account list of the statements of `month` in `bucket` (and in `next` the month after), same segment. */
export function bucketAccountsHref(segment: Pick<PortfolioFilters, "product" | "region">, target: BucketAccountsTarget): string {
  const params = new URLSearchParams({ month: target.month, bucket: target.bucket });
  if (target.next) params.set("next", target.next);
  if (segment.product) params.set("product", segment.product);
  if (segment.region) params.set("region", segment.region);
  return `/portfolio/accounts?${params}`;
}

/** The account list of the statements of `month` in utilisation band `band` (0 = 0-10%, ..., 10 = >100%), same segment. */
export function bandAccountsHref(segment: Pick<PortfolioFilters, "product" | "region">, target: { month: string; band: number }): string {
  const params = new URLSearchParams({ month: target.month, band: String(target.band) });
  if (segment.product) params.set("product", segment.product);
  if (segment.region) params.set("region", segment.region);
  return `/portfolio/accounts?${params}`;
}

function filterParams(filters: PortfolioFilters, extra: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ product: filters.product, region: filters.region, from: filters.from, to: filters.to, ...extra })) {
    if (value) params.set(key, value);
  }
  return params;
}

/** The CSV of a chart (app/api/portfolio/[chart]) for the filters the page shows. */
export function chartCsvHref(chart: string, filters: PortfolioFilters, extra: Record<string, string | undefined> = {}): string {
  const query = filterParams(filters, extra).toString();
  return `/api/portfolio/${chart}.csv${query ? `?${query}` : ""}`;
}

/** The portfolio page with these filters and view options (the bucket chart's view, the roll-rate month). */
export function portfolioHref(filters: PortfolioFilters, extra: Record<string, string | undefined> = {}): string {
  const query = filterParams(filters, extra).toString();
  return `/portfolio${query ? `?${query}` : ""}`;
}
