// The sign-in rate limit as a pure function of recent attempts and the time: it slows password guessing against
// one account (per email) and from one place (per IP). The attempts live in sign_in_attempt, so every stateless
// app server sees the same count.

export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  /** Failures for one email (since its last successful sign-in) after which further attempts are refused. */
  maxFailuresPerEmail: 5,
  /** Failures from one IP address, whatever the email, after which further attempts are refused. */
  maxFailuresPerIp: 20,
} as const;

export const WINDOW_MS = SIGN_IN_LIMITS.windowMinutes * 60_000;

export interface RecordedAttempt {
  email: string;
  ip: string | null;
  succeeded: boolean;
  attemptedAt: Date;
}

export type SignInLimit = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/**
 * Whether another attempt for `email` from `ip` may be made at `now`. A successful sign-in clears the email's
 * count (the owner proved the password) but not the IP's (one valid account must not unlock guessing at others).
 * When refused, says how long until enough failures have left the window.
 */
export function checkSignInLimit(input: {
  email: string;
  ip: string | null;
  attempts: readonly RecordedAttempt[];
  now: Date;
}): SignInLimit {
  const windowStart = input.now.getTime() - WINDOW_MS;
  const recent = input.attempts.filter((a) => a.attemptedAt.getTime() > windowStart && a.attemptedAt <= input.now);
  const lastEmailSuccess = Math.max(
    windowStart,
    ...recent.filter((a) => a.email === input.email && a.succeeded).map((a) => a.attemptedAt.getTime()),
  );
  const emailFailures = recent.filter(
    (a) => a.email === input.email && !a.succeeded && a.attemptedAt.getTime() > lastEmailSuccess,
  );
  const ipFailures = input.ip === null ? [] : recent.filter((a) => a.ip === input.ip && !a.succeeded);

  const waits = [
    msUntilBelow(emailFailures, SIGN_IN_LIMITS.maxFailuresPerEmail, input.now),
    msUntilBelow(ipFailures, SIGN_IN_LIMITS.maxFailuresPerIp, input.now),
  ];
  const wait = Math.max(...waits);
  return wait > 0 ? { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(wait / 60_000)) } : { allowed: true };
}

/** 0 when fewer than `max` failures are in the window, else the time until the oldest excess one leaves it. */
function msUntilBelow(failures: readonly RecordedAttempt[], max: number, now: Date): number {
  if (failures.length < max) return 0;
  const newestFirst = failures.map((a) => a.attemptedAt.getTime()).sort((a, b) => b - a);
  // Once the max-th newest failure leaves the window, only max - 1 remain.
  return newestFirst[max - 1] + WINDOW_MS - now.getTime();
}
