// The review queue's data for React Query (components/queue): the page of a view (given as the queue page's own
// URL parameters) and the counts per filter value. Checks the session and case:view itself, as every handler must.
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { parseQueueView } from "@/lib/queue/filters";
import { findQueue } from "@/lib/queue/queries";
import { withDatabaseFaults } from "@/lib/db-route";

export const GET = withDatabaseFaults(async (request: Request) => {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "case:view")) return Response.json({ error: "forbidden" }, { status: 403 });
  const { timeZone } = await getTranslator();
  const view = parseQueueView(new URL(request.url).searchParams);
  const data = await findQueue({ view, viewerId: user.id, timeZone });
  return Response.json(data, { headers: { "Cache-Control": "no-store" } });
});
