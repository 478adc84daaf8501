// Who is acting, for the audit trail: the signed-in user (or, for failed sign-ins, the email attempted) plus the
// request's id, client IP and user agent.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import type { AuditActor } from "@/lib/audit/append-audit-event";
import { requestMetaFrom, type RequestMeta } from "./request-meta";

export interface ActingUser {
  id: number;
  email: string;
  role: string;
}

/** An actor from a user (or null plus the label to record, e.g. an unknown email) and the request's meta. */
export function auditActor(user: ActingUser | null, meta: RequestMeta, label?: string): AuditActor {
  return {
    actorId: user?.id ?? null,
    actorLabel: user?.email ?? label ?? "anonymous",
    role: user?.role ?? null,
    requestId: meta.requestId,
    ip: meta.ip,
    userAgent: meta.userAgent,
  };
}

/**
 * The current request's meta, from Next's request headers (server components, actions, route handlers); cached
 * so a request missing x-request-id still gets one id throughout.
 */
export const currentRequestMeta = cache(async (): Promise<RequestMeta> => requestMetaFrom(await headers()));

export async function currentAuditActor(user: ActingUser): Promise<AuditActor> {
  return auditActor(user, await currentRequestMeta());
}
