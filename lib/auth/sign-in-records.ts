// The database side of signing in: the recent attempts the rate limit counts, and the records each outcome
// leaves. Every outcome is written together with its audit event in one transaction.
import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db, type Tx } from "@/lib/db";
import { auditActor, type ActingUser } from "./audit-actor";
import type { RequestMeta } from "./request-meta";
import { checkSignInLimit, SIGN_IN_LIMITS, WINDOW_MS, type RecordedAttempt, type SignInLimit } from "./sign-in-limit";

export type SignInMethod = "password" | "sso";
export type SignInFailure = "unknown_email" | "wrong_password" | "disabled" | "rate_limited" | "sso_unknown_user";

/** Arbitrary constants naming the advisory locks (two-key form) that queue attempts per email and per address. */
const EMAIL_LOCK = 7_301;
const IP_LOCK = 7_302;

/**
 * The attempts checkSignInLimit needs: the email's latest attempts and the IP's latest failures, each capped at
 * its limit (the newest `max` rows decide both whether and for how long the limit holds).
 */
export async function findRecentAttempts(client: Tx, email: string, ip: string | null, now: Date): Promise<RecordedAttempt[]> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const select = { id: true, email: true, ip: true, succeeded: true, attemptedAt: true } as const;
  const byEmail = await client.signInAttempt.findMany({
    where: { email, attemptedAt: { gt: since, lte: now } },
    orderBy: { attemptedAt: "desc" },
    take: SIGN_IN_LIMITS.maxFailuresPerEmail,
    select,
  });
  const byIp =
    ip === null
      ? []
      : await client.signInAttempt.findMany({
          where: { ip, succeeded: false, attemptedAt: { gt: since, lte: now } },
          orderBy: { attemptedAt: "desc" },
          take: SIGN_IN_LIMITS.maxFailuresPerIp,
          select,
        });
  // A failure of this email from this IP is in both lists; count it once.
  return [...new Map([...byEmail, ...byIp].map((row) => [row.id, row])).values()];
}

export type PasswordAttempt = { allowed: true; attemptId: bigint } | Extract<SignInLimit, { allowed: false }>;

/**
 * Counts a password attempt before its password is checked, so that concurrent guesses cannot all slip under the
 * limit: under per-email and per-address locks (always taken in that order), either records the refusal (audited,
 * not counted, so a persistent guesser cannot keep the owner out for ever) or writes the attempt as a failure,
 * which recordSignIn turns into a success when the password is right.
 */
export async function admitPasswordAttempt(input: { email: string; meta: RequestMeta; now: Date }): Promise<PasswordAttempt> {
  const { email, meta, now } = input;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EMAIL_LOCK}::int, hashtext(${email}))`;
    if (meta.ip !== null) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IP_LOCK}::int, hashtext(${meta.ip}))`;
    const limit = checkSignInLimit({ email, ip: meta.ip, attempts: await findRecentAttempts(tx, email, meta.ip, now), now });
    if (!limit.allowed) {
      await appendAuditEvent(tx, auditActor(null, meta, email), {
        action: "auth.sign_in_failed",
        after: { email, reason: "rate_limited" satisfies SignInFailure },
      });
      return limit;
    }
    const attempt = await tx.signInAttempt.create({
      data: { email, ip: meta.ip, succeeded: false, attemptedAt: now },
      select: { id: true },
    });
    return { allowed: true, attemptId: attempt.id };
  });
}

/** A successful sign-in; for a password, `attemptId` is the attempt admitPasswordAttempt counted, now a success. */
export async function recordSignIn(input: { user: ActingUser; method: SignInMethod; attemptId?: bigint; meta: RequestMeta; now: Date }) {
  const { user, method, attemptId, meta, now } = input;
  await db.$transaction(async (tx) => {
    if (attemptId !== undefined) await tx.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await appendAuditEvent(tx, auditActor(user, meta), {
      action: "auth.sign_in",
      targetType: "user",
      targetId: user.id,
      after: { method },
    });
  });
}

/** A refused sign-in, audited (a password attempt was already counted by admitPasswordAttempt). */
export async function recordFailedSignIn(input: {
  email: string;
  user: ActingUser | null;
  reason: SignInFailure;
  meta: RequestMeta;
}) {
  const { email, user, reason, meta } = input;
  await db.$transaction((tx) =>
    appendAuditEvent(tx, auditActor(user, meta, email), {
      action: "auth.sign_in_failed",
      targetType: user ? "user" : undefined,
      targetId: user?.id,
      after: { email, reason },
    }),
  );
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
