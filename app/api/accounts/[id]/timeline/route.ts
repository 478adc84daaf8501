// Older pages and kind filters of the account timeline, for React Query (components/accounts/timeline.tsx):
// GET /api/accounts/:id/timeline?kinds=FLAG,NOTE&before=<cursor>. Checks the session and case:view itself, as
// every handler must; a malformed parameter is a 400, an unknown account a 404.
import { findTimeline } from "@/lib/accounts/find-timeline";
import { accountIdParam, timelineQuery } from "@/lib/accounts/schemas";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { withDatabaseFaults } from "@/lib/db-route";

const NO_STORE = { "Cache-Control": "no-store" };

export const GET = withDatabaseFaults(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "case:view")) return Response.json({ error: "forbidden" }, { status: 403 });
  const accountId = accountIdParam.safeParse((await params).id);
  const search = new URL(request.url).searchParams;
  const query = timelineQuery.safeParse({
    kinds: search.get("kinds") ?? undefined,
    before: search.get("before") ?? undefined,
    limit: search.get("limit") ?? undefined,
  });
  if (!accountId.success || !query.success) return Response.json({ error: "invalid" }, { status: 400 });
  const page = await findTimeline({ accountId: accountId.data, ...query.data });
  if (!page) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(page, { headers: NO_STORE });
});
