import { describe, expect, it } from "vitest";
import { checkSignInLimit, SIGN_IN_LIMITS, WINDOW_MS, type RecordedAttempt } from "./sign-in-limit";

const now = new Date("2026-03-01T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const failure = (email: string, ip: string | null, ago: number): RecordedAttempt => ({
  email,
  ip,
  succeeded: false,
  attemptedAt: minutesAgo(ago),
});
const failures = (n: number, email: (i: number) => string, ip: string | null, ago = 1) =>
  Array.from({ length: n }, (_, i) => failure(email(i), ip, ago));

describe("sign-in rate limit", () => {
  const max = SIGN_IN_LIMITS.maxFailuresPerEmail;

  it("allows attempts below the per-email limit", () => {
    const attempts = failures(max - 1, () => "a@x.test", "10.0.0.1");
    expect(checkSignInLimit({ email: "a@x.test", ip: "10.0.0.1", attempts, now })).toEqual({ allowed: true });
  });

  it("refuses once an email reached the limit, and says when to retry", () => {
    const attempts = [failure("a@x.test", "10.0.0.1", 3), ...failures(max - 1, () => "a@x.test", "10.0.0.2", 1)];
    // The oldest counted failure (3 minutes ago) leaves the 15-minute window in 12 minutes.
    expect(checkSignInLimit({ email: "a@x.test", ip: "10.0.0.9", attempts, now })).toEqual({
      allowed: false,
      retryAfterMinutes: SIGN_IN_LIMITS.windowMinutes - 3,
    });
  });

  it("does not hold one email's failures against another email from a different IP", () => {
    const attempts = failures(max, () => "a@x.test", "10.0.0.1");
    expect(checkSignInLimit({ email: "b@x.test", ip: "10.0.0.2", attempts, now }).allowed).toBe(true);
  });

  it("recovers once the failures are older than the window", () => {
    const attempts = failures(max + 3, () => "a@x.test", "10.0.0.1", SIGN_IN_LIMITS.windowMinutes);
    expect(checkSignInLimit({ email: "a@x.test", ip: "10.0.0.1", attempts, now }).allowed).toBe(true);
  });

  it("counts only the email's failures after its last successful sign-in", () => {
    const attempts = [
      ...failures(max, () => "a@x.test", "10.0.0.1", 10),
      { email: "a@x.test", ip: "10.0.0.1", succeeded: true, attemptedAt: minutesAgo(5) },
      ...failures(max - 1, () => "a@x.test", "10.0.0.1", 2),
    ];
    expect(checkSignInLimit({ email: "a@x.test", ip: "10.0.0.1", attempts, now }).allowed).toBe(true);
  });

  it("refuses an IP that failed for many emails, whatever the email tried next", () => {
    const attempts = failures(SIGN_IN_LIMITS.maxFailuresPerIp, (i) => `user${i}@x.test`, "10.0.0.1", 14);
    expect(checkSignInLimit({ email: "new@x.test", ip: "10.0.0.1", attempts, now })).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    });
    expect(checkSignInLimit({ email: "new@x.test", ip: "10.0.0.2", attempts, now }).allowed).toBe(true);
  });

  it("does not let a success on one account reset the IP's count", () => {
    const attempts = [
      ...failures(SIGN_IN_LIMITS.maxFailuresPerIp, (i) => `user${i}@x.test`, "10.0.0.1", 4),
      { email: "mine@x.test", ip: "10.0.0.1", succeeded: true, attemptedAt: minutesAgo(1) },
    ];
    expect(checkSignInLimit({ email: "mine@x.test", ip: "10.0.0.1", attempts, now }).allowed).toBe(false);
  });

  it("when over the limit, waits until the count drops below it, not for the oldest failure", () => {
    const attempts = [
      ...failures(3, () => "a@x.test", null, 14),
      ...[2, 3, 4, 5, 6].map((ago) => failure("a@x.test", null, ago)),
    ];
    // 8 failures: once the one 6 minutes old leaves the window, 4 remain.
    expect(checkSignInLimit({ email: "a@x.test", ip: null, attempts, now })).toEqual({
      allowed: false,
      retryAfterMinutes: SIGN_IN_LIMITS.windowMinutes - 6,
    });
  });

  it("rounds a wait of under a minute up to one minute", () => {
    const attempts = failures(max, () => "a@x.test", null, 0).map((a) => ({
      ...a,
      attemptedAt: new Date(now.getTime() - WINDOW_MS + 1_000),
    }));
    expect(checkSignInLimit({ email: "a@x.test", ip: null, attempts, now })).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    });
  });
});
