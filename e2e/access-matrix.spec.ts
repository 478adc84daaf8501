// The generated access matrix of pages and route handlers: every app/**/page.tsx and app/**/route.ts is mapped to a
// concrete request (dynamic segments filled from the e2e database) and requested, without rendering in a browser,
// as each role (signed in once through the sign-in page), signed out, and as a user disabled after signing in. A
// role with the entry's permission is let in; one without is sent to /forbidden (pages) or answered 403 (APIs);
// the signed out and the disabled are sent to /login (or answered 401). A page or route file with no entry here
// fails the test, named.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse, Browser, BrowserContext, Page } from "@playwright/test";
import { can, ROLES, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { createTestUser, deleteTestUser, query } from "./support/db";
import { expect, test } from "./support/fixtures";
import { signInAs, signInWith } from "./support/sign-in";

interface Target {
  /** The page or route file, relative to app/. */
  file: string;
  method?: "GET" | "POST";
  url: (ids: Ids) => string;
  /** Who may: a permission, "signed-in" (any role), or "public" (anyone, signed out too). */
  access: Permission | "signed-in" | "public";
  /** What an allowed caller gets: 200 unless said (a route may answer 404 for an id that does not fit, after the check). */
  allowed?: number[];
  /** Besides the permission, a second one the target demands (e.g. the reviewer chart). */
  also?: Permission;
  body?: unknown;
  /** What a signed-in caller gets instead, when it differs (the sign-in page sends them home). */
  whenSignedIn?: string;
}

interface Ids {
  accountId: number;
  decisionId: number;
}

const TARGETS: Target[] = [
  { file: "(auth)/login/page.tsx", url: () => "/login", access: "public", whenSignedIn: "/" },
  { file: "(dashboard)/(home)/page.tsx", url: () => "/", access: "portfolio:view" },
  { file: "(dashboard)/accounts/[id]/page.tsx", url: ({ accountId }) => `/accounts/${accountId}`, access: "case:view" },
  { file: "(dashboard)/admin/users/page.tsx", url: () => "/admin/users", access: "user:manage" },
  { file: "(dashboard)/approvals/page.tsx", url: () => "/approvals", access: "decision:approve" },
  { file: "(dashboard)/audit/page.tsx", url: () => "/audit", access: "audit:view" },
  { file: "(dashboard)/forbidden/page.tsx", url: () => "/forbidden", access: "signed-in" },
  { file: "(dashboard)/portfolio/accounts/page.tsx", url: () => "/portfolio/accounts", access: "portfolio:view" },
  { file: "(dashboard)/portfolio/page.tsx", url: () => "/portfolio", access: "portfolio:view" },
  { file: "(dashboard)/queue/page.tsx", url: () => "/queue", access: "case:view" },
  { file: "api/accounts/[id]/purchases/route.ts", url: ({ accountId }) => `/api/accounts/${accountId}/purchases`, access: "case:view" },
  { file: "api/accounts/[id]/repayments/route.ts", url: ({ accountId }) => `/api/accounts/${accountId}/repayments`, access: "case:view" },
  { file: "api/accounts/[id]/timeline/route.ts", url: ({ accountId }) => `/api/accounts/${accountId}/timeline`, access: "case:view" },
  { file: "api/audit/export/route.ts", url: () => "/api/audit/export?format=ndjson&from=2099-01-01", access: "audit:export", allowed: [200, 400] },
  { file: "api/audit/exports/[id]/manifest/route.ts", url: () => `/api/audit/exports/00000000-0000-4000-8000-000000000000/manifest`, access: "audit:export", allowed: [404] },
  { file: "api/audit/verify/route.ts", url: () => "/api/audit/verify", access: "audit:view" },
  { file: "api/auth/[...nextauth]/route.ts", url: () => "/api/auth/session", access: "public" },
  { file: "api/decisions/[id]/referral-report/route.ts", url: ({ decisionId }) => `/api/decisions/${decisionId}/referral-report`, access: "report:download", allowed: [200, 404, 409, 503] },
  { file: "api/health/route.ts", url: () => "/api/health", access: "public" },
  { file: "api/portfolio/[chart]/route.ts", url: () => "/api/portfolio/balances.csv", access: "portfolio:view" },
  { file: "api/portfolio/[chart]/route.ts", url: () => "/api/portfolio/reviewers.csv", access: "portfolio:view", also: "reviewer:metrics" },
  // Display preferences (language, theme, zone) are the browser's own cookies: open to anyone, writing nothing else.
  { file: "api/preferences/route.ts", method: "POST", url: () => "/api/preferences", access: "public", allowed: [204], body: { theme: "dark" } },
  { file: "api/queue/route.ts", url: () => "/api/queue", access: "case:view" },
];

function appFiles(dir = "app"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return appFiles(full);
    return entry.name === "page.tsx" || entry.name === "route.ts" ? [path.relative("app", full)] : [];
  });
}

type Caller = { label: string; role: Role | null; request: APIRequestContext };

/** What the caller got: "in" (status N), "login", "forbidden", or another status. */
async function outcome(response: APIResponse, isApi: boolean, allowed: number[]): Promise<string> {
  const status = response.status();
  const location = response.headers()["location"] ?? "";
  if (status >= 300 && status < 400) return new URL(location, "http://x").pathname.replace(/^\/(login|forbidden).*/, "$1");
  if (!isApi && status === 200) {
    // A redirect after the page began streaming (a loading state) arrives as a refresh meta tag.
    const redirect = /<meta[^>]*id="__next-page-redirect"[^>]*content="\d+;url=([^"]*)"/.exec(await response.text());
    if (redirect) return new URL(redirect[1].replace(/&amp;/g, "&"), "http://x").pathname.replace(/^\/(login|forbidden).*/, "$1");
  }
  if (status === 401) return "login";
  if (status === 403) return "forbidden";
  return allowed.includes(status) ? "in" : `status ${status}`;
}

function expected(target: Target, caller: Caller): string {
  if (caller.role && target.whenSignedIn) return target.whenSignedIn;
  if (target.access === "public") return "in";
  if (!caller.role) return "login";
  if (target.access === "signed-in") return "in";
  return can(caller.role, target.access) && (!target.also || can(caller.role, target.also)) ? "in" : "forbidden";
}

async function signedInRequest(browser: Browser, signIn: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  await page.close();
  return context;
}

test.describe("the page and route access matrix", () => {
  test("has an entry for every page and route handler", () => {
    const files = appFiles();
    expect(files.filter((file) => !TARGETS.some((target) => target.file === file)), "pages and routes without an access-matrix entry").toEqual([]);
    expect(TARGETS.map((target) => target.file).filter((file) => !files.includes(file)), "entries for files that are gone").toEqual([]);
  });

  test("lets in exactly the roles with the permission; refuses everyone else", async ({ browser, playwright }) => {
    test.setTimeout(120_000);
    const [account] = await query<{ id: number }>("SELECT min(id) AS id FROM account");
    const [decision] = await query<{ id: number | null }>("SELECT max(id) AS id FROM decision");
    const ids: Ids = { accountId: account.id, decisionId: decision.id ?? 1 };

    // One after another: password hashing is deliberately slow, and parallel sign-ins would starve other specs.
    const contexts: BrowserContext[] = [];
    for (const role of ROLES) contexts.push(await signedInRequest(browser, (page) => signInAs(page, role)));
    const disabledUser = await createTestUser("RISK_OFFICER");
    const disabledContext = await signedInRequest(browser, (page) => signInWith(page, disabledUser.email, disabledUser.password));
    await query("UPDATE app_user SET disabled = true, disabled_at = now() WHERE id = $1", [disabledUser.id]);
    const signedOut = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const callers: Caller[] = [
      ...ROLES.map((role, index) => ({ label: role, role, request: contexts[index].request })),
      { label: "signed out", role: null, request: signedOut },
      { label: "disabled", role: null, request: disabledContext.request },
    ];

    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const target of TARGETS) {
      const url = target.url(ids);
      const isApi = url.startsWith("/api/");
      for (const caller of callers) {
        const response = await caller.request.fetch(url, {
          method: target.method ?? "GET",
          maxRedirects: 0,
          ...(target.body ? { data: target.body, headers: { "content-type": "application/json" } } : {}),
        });
        got[`${url} as ${caller.label}`] = await outcome(response, isApi, target.allowed ?? [200]);
        want[`${url} as ${caller.label}`] = expected(target, caller);
      }
    }
    expect(got).toEqual(want);

    await Promise.all([...contexts, disabledContext].map((context) => context.close()));
    await signedOut.dispose();
    await deleteTestUser(disabledUser).catch(() => {});
  });
});
