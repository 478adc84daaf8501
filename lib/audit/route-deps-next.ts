// The audit routes' dependencies bound to the current Next request: the session user and the audit actor.
import "server-only";
import { currentAuditActor } from "@/lib/auth/audit-actor";
import { getCurrentUser } from "@/lib/auth/session";
import type { AuditRouteDeps } from "./route-deps";

export const auditRouteDeps: AuditRouteDeps = {
  currentUser: getCurrentUser,
  auditActor: (user) => currentAuditActor(user),
  log: (level, event, details) => console[level](JSON.stringify({ event, ...details })),
};
