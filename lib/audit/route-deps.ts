// What the audit routes need from the request, injected so their logic is tested without Next: who is signed in
// and the audit actor for them. app/api/audit/* bind the real ones (bindAuditRouteDeps in route-deps-next.ts).
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/permissions";
import type { AuditActor } from "./append-audit-event";

export interface RouteUser {
  id: number;
  email: string;
  role: Role;
}

export interface AuditRouteDeps {
  currentUser(): Promise<RouteUser | null>;
  auditActor(user: RouteUser): Promise<AuditActor>;
  log?(level: "warn" | "error", event: string, details: Record<string, unknown>): void;
}

export const NO_STORE = { "Cache-Control": "no-store" };

/** The signed-in user holding `permission`, or the 401/403 response to return instead (failing closed). */
export async function authoriseRoute(deps: AuditRouteDeps, permission: Permission, route: string): Promise<RouteUser | Response> {
  const user = await deps.currentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401, headers: NO_STORE });
  if (!can(user.role, permission)) {
    deps.log?.("warn", "route.forbidden", { route, userId: user.id, role: user.role });
    return Response.json({ error: "forbidden" }, { status: 403, headers: NO_STORE });
  }
  return user;
}
