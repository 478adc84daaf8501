// GET /api/portfolio/<chart>.csv: a portfolio chart's figures as CSV. Authentication, permissions, validation and
// the data are in lib/portfolio-metrics/csv-route.ts.
import { getCurrentUser } from "@/lib/auth/session";
import { handlePortfolioCsv } from "@/lib/portfolio-metrics/csv-route";

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  return handlePortfolioCsv(request, (await params).chart, {
    currentUser: getCurrentUser,
    log: (event, details) => console.error(JSON.stringify({ event, ...details })),
  });
}
