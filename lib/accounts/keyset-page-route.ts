// The GET route handlers of the account page's "Load older" lists (purchases, repayments): the session and case:view
// checked here, as every handler must, the account id and the cursor validated (400), an unknown account a 404.
import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import type { KeysetPage } from "./find-purchases";
import { accountIdParam } from "./schemas";

const beforeParam = z.string().max(200).regex(/^[A-Za-z0-9_-]+$/).optional();

type FindPage<Row> = (options: { accountId: number; before?: string }) => Promise<KeysetPage<Row> | null>;

export async function keysetPageResponse<Row>(request: Request, params: Promise<{ id: string }>, find: FindPage<Row>) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "case:view")) return Response.json({ error: "forbidden" }, { status: 403 });
  const accountId = accountIdParam.safeParse((await params).id);
  const before = beforeParam.safeParse(new URL(request.url).searchParams.get("before") ?? undefined);
  if (!accountId.success || !before.success) return Response.json({ error: "invalid" }, { status: 400 });
  const page = await find({ accountId: accountId.data, before: before.data });
  if (!page) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}
