import { describe, expect, it } from "vitest";
import { ABSOLUTE_MS, IDLE_MS, renewedMaxAgeSeconds, SESSION_LIMITS, servedOverHttps, sessionCookie, sessionExpired } from "./session-policy";

const MINUTE = 60_000;
const signedInAt = Date.UTC(2026, 10, 23, 8, 0);

describe("session limits", () => {
  it("are 30 minutes idle and 12 hours in all", () => {
    expect(SESSION_LIMITS).toEqual({ idleMinutes: 30, absoluteHours: 12 });
    expect(IDLE_MS).toBe(30 * MINUTE);
    expect(ABSOLUTE_MS).toBe(12 * 60 * MINUTE);
  });
});

describe("sessionExpired", () => {
  it("keeps a session that is in use", () => {
    expect(sessionExpired({ now: signedInAt + 29 * MINUTE, signedInAt, lastSeenAt: signedInAt })).toBeNull();
    expect(sessionExpired({ now: signedInAt + 11 * 60 * MINUTE, signedInAt, lastSeenAt: signedInAt + 10 * 60 * MINUTE + 50 * MINUTE })).toBeNull();
  });

  it("ends it after 30 minutes without a request", () => {
    expect(sessionExpired({ now: signedInAt + 30 * MINUTE, signedInAt, lastSeenAt: signedInAt })).toBe("idle");
    expect(sessionExpired({ now: signedInAt + 95 * MINUTE, signedInAt, lastSeenAt: signedInAt + 60 * MINUTE })).toBe("idle");
  });

  it("ends it 12 hours after sign-in however busy it is", () => {
    const now = signedInAt + 12 * 60 * MINUTE;
    expect(sessionExpired({ now, signedInAt, lastSeenAt: now - 1000 })).toBe("absolute");
  });

  it("treats a token without a sign-in time as expired", () => {
    expect(sessionExpired({ now: signedInAt, signedInAt: undefined, lastSeenAt: signedInAt })).toBe("absolute");
    expect(sessionExpired({ now: signedInAt, signedInAt: Number.NaN, lastSeenAt: signedInAt })).toBe("absolute");
  });
});

describe("renewedMaxAgeSeconds", () => {
  it("is the idle limit early in the session, and what is left of the 12 hours near its end", () => {
    expect(renewedMaxAgeSeconds(signedInAt + MINUTE, signedInAt)).toBe(30 * 60);
    expect(renewedMaxAgeSeconds(signedInAt + 12 * 60 * MINUTE - 10 * MINUTE, signedInAt)).toBe(10 * 60);
    expect(renewedMaxAgeSeconds(signedInAt + 13 * 60 * MINUTE, signedInAt)).toBe(0);
  });
});

describe("sessionCookie", () => {
  it("is HttpOnly and SameSite=Lax, and Secure with the __Secure- prefix behind HTTPS", () => {
    expect(sessionCookie(false)).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
    expect(sessionCookie(true)).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });

  it("follows NEXTAUTH_URL", () => {
    expect(servedOverHttps("https://risk.bank.example")).toBe(true);
    expect(servedOverHttps("http://localhost:3000")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });
});
