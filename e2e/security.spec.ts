// Web hardening, end to end against the production build: the security headers and the per-request CSP nonce
// (every spec also runs under the CSP guard of support/fixtures.ts), the session cookie's flags, the idle and
// absolute session limits (with tokens forged by next-auth's own encoder and the e2e secret), cross-origin
// server-action posts refused with nothing written, the health endpoint, and error pages without internals.
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { decode, encode, type JWT } from "next-auth/jwt";
import { IDLE_MS } from "@/lib/auth/session-policy";
import { createKnownAccount } from "./support/account";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { expect, test } from "./support/fixtures";
import { demoUser, signInAs } from "./support/sign-in";

/** The secret playwright.config.ts gives the app under test. */
const SECRET = "e2e-only-secret-not-for-production";
/** Plain HTTP in the tests, so no __Secure- prefix (session-policy.test.ts covers HTTPS). */
const SESSION_COOKIE = "next-auth.session-token";
const HOUR_MS = 60 * 60_000;

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

/** Replaces the browser's session with one whose claims and lifetime the test chooses. */
async function forgeSession(page: Page, change: (claims: JWT) => JWT, maxAge: number) {
  // Off the app first: a request still in flight could otherwise renew the real session over the forged one.
  await page.goto("about:blank");
  const context = page.context();
  const cookie = await sessionCookie(context);
  const claims = await decode({ token: cookie.value, secret: SECRET });
  if (!claims) throw new Error("the session cookie did not decode with the e2e secret");
  const value = await encode({ token: change(claims), secret: SECRET, maxAge });
  await context.addCookies([{ ...cookie, value, expires: Math.floor(Date.now() / 1000) + 3600 }]);
}

/** The id Next gave a server action, from the build's manifest (the dist dir playwright.config.ts serves). */
function serverActionId(file: string, exportName: string): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const match = Object.entries(manifest.node).find(([, entry]) => entry.filename?.endsWith(file) && entry.exportedName === exportName);
  if (!match) throw new Error(`no server action ${exportName} in ${file}`);
  return match[0];
}

test.describe("security headers", () => {
  test("every page carries the policy, and Next's scripts this request's nonce", async ({ page, request }) => {
    const response = await page.goto("/login");
    const headers = response?.headers() ?? {};
    const policy = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(headers).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
    });
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-request-id"]).toBeTruthy();
    expect(headers).not.toHaveProperty("strict-transport-security");

    const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

    const again = (await request.get("/login")).headers()["content-security-policy"];
    expect(/'nonce-([^']+)'/.exec(again)?.[1]).not.toBe(nonce);
  });

  test("the CSP guard notices a script the policy blocks", async ({ page, cspViolations }) => {
    await page.goto("/login");
    // What injected markup would try: an inline event handler (DevTools-evaluated code itself is exempt from CSP).
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", `<img alt="" src="data:," onerror="document.body.dataset.injected = 'yes'">`);
    });
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    await expect(page.locator("body")).not.toHaveAttribute("data-injected", "yes");
    cspViolations.length = 0; // this test's violation was the point
  });

  test("the CSP guard also watches a context the test opens itself", async ({ browser, baseURL, cspViolations }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto("/login");
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img alt="" src="data:," onerror="void 0">`));
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    await context.close();
    cspViolations.length = 0;
  });
});

test.describe("session", () => {
  test("the cookie is HttpOnly and SameSite=Lax, lives for the idle limit and is out of scripts' reach", async ({ page, context }) => {
    await signInAs(page, "RISK_OFFICER");
    const cookie = await sessionCookie(context);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
    const expiresInMs = cookie.expires * 1000 - Date.now();
    expect(expiresInMs).toBeGreaterThan(IDLE_MS - 2 * 60_000);
    expect(expiresInMs).toBeLessThanOrEqual(IDLE_MS + 60_000);
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  });

  test("a request renews a session that was about to go idle", async ({ page, context }) => {
    await signInAs(page, "RISK_OFFICER");
    await forgeSession(page, (claims) => claims, 120);
    await page.goto("/queue");
    await expect(page.getByTestId("current-user")).toBeVisible();
    const renewed = await sessionCookie(context);
    expect(renewed.expires * 1000 - Date.now()).toBeGreaterThan(IDLE_MS - 2 * 60_000);
    expect((await decode({ token: renewed.value, secret: SECRET }))?.exp).toBeGreaterThan(Date.now() / 1000 + 25 * 60);
  });

  test("a session idle for 30 minutes is over", async ({ page }) => {
    await signInAs(page, "RISK_OFFICER");
    // Its token expired a minute ago: it was last renewed 31 minutes ago.
    await forgeSession(page, (claims) => claims, -60);
    await page.goto("/queue");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fqueue/);
  });

  test("a session that began 12 hours ago is over however busy it is", async ({ page, context }) => {
    await signInAs(page, "RISK_OFFICER");
    await forgeSession(page, (claims) => ({ ...claims, signedInAt: Date.now() - 12 * HOUR_MS - 60_000 }), 20 * 60);
    await page.goto("/queue");
    await expect(page).toHaveURL(/\/login/);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain(SESSION_COOKIE);
  });
});

test.describe("cross-origin server action posts", () => {
  test("are refused for a foreign or an opaque Origin, and write nothing", async ({ page, baseURL }) => {
    const account = await createKnownAccount();
    await signInAs(page, "RISK_OFFICER");
    const actionId = serverActionId("lib/accounts/actions.ts", "addNote");
    const notes = async () => Number((await query<{ n: string }>(`SELECT count(*) AS n FROM note WHERE account_id = $1`, [account.accountId]))[0].n);
    const post = (origin: string, body: string) =>
      page.request.post(`/accounts/${account.accountId}`, {
        headers: { "Next-Action": actionId, Origin: origin, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
        data: JSON.stringify([{ accountId: account.accountId, body }]),
      });

    // The same post from the app's own origin works: the refusals below are for the Origin alone.
    expect((await post(baseURL ?? "", "Posted from the app itself")).status()).toBe(200);
    expect(await notes()).toBe(1);

    for (const origin of ["https://evil.example", "null"]) {
      const response = await post(origin, `Forged from ${origin}`);
      expect(response.status(), origin).toBe(403);
    }
    expect(await notes()).toBe(1);
  });
});

test.describe("health", () => {
  test("says ok without a session and without internals", async ({ request }) => {
    const response = await request.get("/api/health", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
    expect(response.headers()["cache-control"]).toContain("no-store");
  });
});

test.describe("error pages", () => {
  test("show a generic message and the reference the server log carries, never the error itself", async ({ page }) => {
    const account = await createKnownAccount();
    const [author] = await query<{ id: number }>(`SELECT id FROM app_user WHERE email = $1`, [demoUser("RISK_OFFICER").email]);
    // A record the page cannot show: a note dated at infinity, which PostgreSQL stores and no JavaScript date holds.
    await query(`INSERT INTO note (account_id, author_id, body, created_at) VALUES ($1, $2, 'unreadable', 'infinity')`, [
      account.accountId,
      author.id,
    ]);
    await signInAs(page, "RISK_OFFICER");
    await page.goto(`/accounts/${account.accountId}`);
    await expect(page.getByTestId("error-reference")).toHaveText(/\d{5,}/);
    await expect(page.getByTestId("current-user")).toBeVisible(); // the shell around the error keeps working
    expect(await page.locator("body").innerText()).not.toMatch(/RangeError|Invalid time value|toISOString|\.js:\d+|node_modules/);
    await expectNoSeriousA11yViolations(page);
  });
});
