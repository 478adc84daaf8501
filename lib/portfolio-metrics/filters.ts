// The filters every portfolio chart takes (issue 7), shared by the book metrics and the team metrics and by the
// page's URL: region (account.region, e.g. "CN-BJ" or "TW"), product, and a period of whole months.
// Months are "YYYY-MM"; `from` and `to` are inclusive. A weekly chart takes the weeks whose Monday falls in the
// period: from the first day of `from` to the last day of `to` (see monthRange).
import { z } from "zod";

export const PRODUCTS = ["CREDIT_LINE", "CASH_LOAN"] as const;
export type Product = (typeof PRODUCTS)[number];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const monthSchema = z.string().regex(MONTH, "a month is YYYY-MM");

export const portfolioFiltersSchema = z
  .object({
    /** account.region: an ISO 3166-2 subdivision ("CN-BJ") or a country ("TW"). */
    region: z
      .string()
      .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "a region is a code such as CN-BJ or TW")
      .optional(),
    /** CREDIT_LINE: accounts with has_credit_line; CASH_LOAN: with has_cash_loan (an account may be in both). */
    product: z.enum(PRODUCTS).optional(),
    /** First month of the period, inclusive. */
    from: monthSchema.optional(),
    /** Last month of the period, inclusive. */
    to: monthSchema.optional(),
  })
  .strict()
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    message: "from must not be after to",
    path: ["from"],
  });

export type PortfolioFilters = z.infer<typeof portfolioFiltersSchema>;

/** Parses filters from the URL's search params (empty values count as absent); throws a ZodError when invalid. */
export function parsePortfolioFilters(params: URLSearchParams | Record<string, string | undefined>): PortfolioFilters {
  const get = (key: string) => (params instanceof URLSearchParams ? params.get(key) : params[key]) || undefined;
  return portfolioFiltersSchema.parse({
    region: get("region"),
    product: get("product"),
    from: get("from"),
    to: get("to"),
  });
}

/** The period as dates: the first day of `from` and the first day AFTER `to` (exclusive), UTC; null when open. */
export function monthRange(filters: Pick<PortfolioFilters, "from" | "to">): { start: Date | null; end: Date | null } {
  const start = filters.from ? new Date(`${filters.from}-01T00:00:00Z`) : null;
  let end: Date | null = null;
  if (filters.to) {
    const [year, month] = filters.to.split("-").map(Number);
    end = new Date(Date.UTC(year, month, 1)); // month is 1-based, so this is the next month's first day
  }
  return { start, end };
}

/** "YYYY-MM" of a date (UTC). */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}
