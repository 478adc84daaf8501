// The database side of signing in: the recent attempts the rate limit counts, and the records each outcome
// leaves. Every outcome is written together with its audit event in one transaction.
import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { auditActor, type ActingUser } from "./audit-actor";
import type { RequestMeta } from "./request-meta";
import { SIGN_IN_LIMITS, WINDOW_MS, type RecordedAttempt } from "./sign-in-limit";

export type SignInMethod = "password" | "sso";
export type SignInFailure = "unknown_email" | "wrong_password" | "disabled" | "rate_limited" | "sso_unknown_user";

/**
 * The attempts checkSignInLimit needs: the email's latest attempts and the IP's latest failures, each capped at
 * its limit (the newest `max` rows decide both whether and for how long the limit holds).
 */
export async function findRecentAttempts(email: string, ip: string | null, now: Date): Promise<RecordedAttempt[]> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const select = { id: true, email: true, ip: true, succeeded: true, attemptedAt: true } as const;
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.findMany({
      where: { email, attemptedAt: { gt: since, lte: now } },
      orderBy: { attemptedAt: "desc" },
      take: SIGN_IN_LIMITS.maxFailuresPerEmail,
      select,
    }),
    ip === null
      ? []
      : db.signInAttempt.findMany({
          where: { ip, succeeded: false, attemptedAt: { gt: since, lte: now } },
          orderBy: { attemptedAt: "desc" },
          take: SIGN_IN_LIMITS.maxFailuresPerIp,
          select,
        }),
  ]);
  // A failure of this email from this IP is in both lists; count it once.
  return [...new Map([...byEmail, ...byIp].map((row) => [row.id, row])).values()];
}

export async function recordSignIn(input: { user: ActingUser; method: SignInMethod; meta: RequestMeta; now: Date }) {
  const { user, method, meta, now } = input;
  await db.$transaction(async (tx) => {
    if (method === "password") {
      await tx.signInAttempt.create({ data: { email: user.email.toLowerCase(), ip: meta.ip, succeeded: true, attemptedAt: now } });
    }
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await appendAuditEvent(tx, auditActor(user, meta), {
      action: "auth.sign_in",
      targetType: "user",
      targetId: user.id,
      after: { method },
    });
  });
}

/**
 * A refused sign-in. `counts` says whether it is a password guess the rate limit should count; attempts refused
 * by the limit itself are audited but not counted, so a locked-out owner is not locked out for ever.
 */
export async function recordFailedSignIn(input: {
  email: string;
  user: ActingUser | null;
  reason: SignInFailure;
  counts: boolean;
  meta: RequestMeta;
  now: Date;
}) {
  const { email, user, reason, counts, meta, now } = input;
  await db.$transaction(async (tx) => {
    if (counts) await tx.signInAttempt.create({ data: { email, ip: meta.ip, succeeded: false, attemptedAt: now } });
    await appendAuditEvent(tx, auditActor(user, meta, email), {
      action: "auth.sign_in_failed",
      targetType: user ? "user" : undefined,
      targetId: user?.id,
      after: { email, reason },
    });
  });
}

export async function recordSignOut(input: { user: ActingUser; meta: RequestMeta }) {
  await db.$transaction((tx) =>
    appendAuditEvent(tx, auditActor(input.user, input.meta), {
      action: "auth.sign_out",
      targetType: "user",
      targetId: input.user.id,
    }),
  );
}
