// How long a session lives and how its cookie is kept, as pure values and functions shared by next-auth's
// options (auth-options.ts), the per-request check (session.ts) and the proxy that rolls the cookie forward on
// every request. A session ends after 30 minutes without a request (a workstation left open) and 12 hours after
// sign-in whatever the activity (a stolen cookie dies with the working day).

export const SESSION_LIMITS = {
  idleMinutes: 30,
  absoluteHours: 12,
} as const;

export const IDLE_MS = SESSION_LIMITS.idleMinutes * 60_000;
export const ABSOLUTE_MS = SESSION_LIMITS.absoluteHours * 60 * 60_000;

export type SessionExpiry = "idle" | "absolute" | null;

/** Why a session is over at `now` (all times in ms since the epoch), or null while it is still good. */
export function sessionExpired(input: { now: number; signedInAt: number | undefined; lastSeenAt: number | undefined }): SessionExpiry {
  const { now, signedInAt, lastSeenAt } = input;
  // A token without a sign-in time predates these limits or was not made by us: treat it as too old.
  if (signedInAt === undefined || !Number.isFinite(signedInAt) || now - signedInAt >= ABSOLUTE_MS) return "absolute";
  if (lastSeenAt !== undefined && now - lastSeenAt >= IDLE_MS) return "idle";
  return null;
}

/** Seconds the renewed cookie (and token) may live from `now`: the idle limit, cut short by the absolute one. */
export function renewedMaxAgeSeconds(now: number, signedInAt: number): number {
  return Math.max(0, Math.floor(Math.min(IDLE_MS, signedInAt + ABSOLUTE_MS - now) / 1000));
}

/** The session cookie: out of scripts' reach, not sent on cross-site sub-requests, HTTPS-only behind HTTPS. */
export function sessionCookie(https: boolean) {
  return {
    name: `${https ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: https },
  };
}

/** Whether the app is served over HTTPS, as NEXTAUTH_URL (the public address next-auth needs) says. */
export function servedOverHttps(nextAuthUrl = process.env.NEXTAUTH_URL): boolean {
  return nextAuthUrl?.startsWith("https://") ?? false;
}
