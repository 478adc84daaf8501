// next-auth's options as configured: the session's lifetime and cookie, and the jwt callback's limits. The module
// reads NEXTAUTH_URL when it loads, so each case imports a fresh copy under the URL it needs.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ABSOLUTE_MS, IDLE_MS } from "./session-policy";

async function optionsAt(url: string) {
  vi.stubEnv("NEXTAUTH_URL", url);
  vi.resetModules();
  return (await import("./auth-options")).authOptions;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("authOptions", () => {
  it("keeps a JWT session for the idle limit in an HttpOnly, SameSite=Lax cookie over HTTP", async () => {
    const options = await optionsAt("http://localhost:3000");
    expect(options.session).toMatchObject({ strategy: "jwt", maxAge: IDLE_MS / 1000 });
    expect(options.useSecureCookies).toBe(false);
    expect(options.cookies?.sessionToken).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
  });

  it("makes the cookie Secure, with the __Secure- prefix, behind HTTPS", async () => {
    const options = await optionsAt("https://risk.bank.example");
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken).toMatchObject({ name: "__Secure-next-auth.session-token", options: { secure: true, httpOnly: true } });
  });

  it("signs out, in the jwt callback, a token past either limit and keeps one within both", async () => {
    const { callbacks } = await optionsAt("http://localhost:3000");
    const jwt = callbacks?.jwt;
    if (!jwt) throw new Error("no jwt callback");
    const now = Date.now();
    const claims = { uid: 7, role: "RISK_OFFICER" as const, email: "a@riskops.test" };
    const call = (token: Record<string, unknown>) => jwt({ token, user: undefined as never, account: null, trigger: "update" });

    const fresh = await call({ ...claims, signedInAt: now - 60_000, iat: Math.floor(now / 1000) - 60 });
    expect(fresh).toMatchObject({ uid: 7, role: "RISK_OFFICER" });
    const idle = await call({ ...claims, signedInAt: now - IDLE_MS * 2, iat: Math.floor((now - IDLE_MS) / 1000) - 1 });
    expect(idle).toMatchObject({ uid: undefined, role: undefined });
    const old = await call({ ...claims, signedInAt: now - ABSOLUTE_MS - 1, iat: Math.floor(now / 1000) });
    expect(old).toMatchObject({ uid: undefined, role: undefined });
  });
});
