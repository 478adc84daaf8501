// GET /api/portfolio/<chart>.csv?product=&region=&from=&to=(&month=): a chart's figures as a CSV attachment.
// Fails closed and in this order: 401 without a session, 403 without portfolio:view (and, for the reviewer chart,
// without reviewer:metrics), 404 for an unknown chart, 400 with the reason for bad filters. Errors never carry a
// stack trace: anything unexpected is logged with a reference and answered with that reference only.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { chartCsv, CSV_CHARTS, type CsvChart } from "./chart-csv";
import { monthSchema, portfolioFiltersSchema } from "./filters";
import type { MetricsClient } from "./summary-where";

export interface PortfolioCsvDeps {
  currentUser(): Promise<{ id: number; role: Role } | null>;
  client?: MetricsClient;
  now?: Date;
  log?(event: string, details: Record<string, unknown>): void;
}

const NO_STORE = { "Cache-Control": "no-store" };
const refuse = (status: number, error: string, message?: string) => Response.json({ error, ...(message && { message }) }, { status, headers: NO_STORE });

const querySchema = z.object({ month: monthSchema.optional() });

/** `file` is the route's last segment, e.g. "balances.csv". */
export async function handlePortfolioCsv(request: Request, file: string, deps: PortfolioCsvDeps): Promise<Response> {
  const user = await deps.currentUser();
  if (!user) return refuse(401, "unauthenticated");
  if (!can(user.role, "portfolio:view")) return refuse(403, "forbidden");
  const chart = CSV_CHARTS.find((name) => `${name}.csv` === file) as CsvChart | undefined;
  if (!chart) return refuse(404, "not found");
  if (chart === "reviewers" && !can(user.role, "reviewer:metrics")) return refuse(403, "forbidden");

  const params = new URL(request.url).searchParams;
  const value = (key: string) => params.get(key) || undefined;
  const filters = portfolioFiltersSchema.safeParse({ region: value("region"), product: value("product"), from: value("from"), to: value("to") });
  const extra = querySchema.safeParse({ month: value("month") });
  if (!filters.success || !extra.success) {
    const issues = [...(filters.error?.issues ?? []), ...(extra.error?.issues ?? [])];
    return refuse(400, "invalid", issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  }

  try {
    const csv = await chartCsv(chart, { filters: filters.data, month: extra.data.month, viewerRole: user.role, client: deps.client, now: deps.now });
    const period = [filters.data.from, filters.data.to].filter(Boolean).join("_");
    const name = `portfolio-${chart}${extra.data.month ? `-${extra.data.month}` : ""}${period ? `-${period}` : ""}.csv`;
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, ...NO_STORE },
    });
  } catch (error) {
    const reference = randomUUID();
    deps.log?.("portfolio.csv_failed", { reference, chart, message: error instanceof Error ? error.message : String(error) });
    return refuse(500, "internal", `reference ${reference}`);
  }
}
