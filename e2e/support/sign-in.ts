// Signing in through the real sign-in page, as a demo user of a role or as any email + password. Selectors are
// ids and types, not labels, so the helpers work whatever language the page is in.
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-users";
import type { Role } from "@/lib/generated/prisma/enums";

/** The first demo user of a role (lib/auth/demo-users.ts, seeded into the e2e database). */
export function demoUser(role: Role) {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`no demo user has the role ${role}`);
  return user;
}

/** The sign-in page's live region for errors (Next's route announcer is another role=alert on the page). */
export function signInError(page: Page) {
  return page.getByTestId("login-error");
}

/** Fills and submits the sign-in form on the current (sign-in) page; does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator('form button[type="submit"]').click();
}

export async function signInWith(page: Page, email: string, password: string) {
  await page.goto("/login");
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await expect(page.getByTestId("current-user")).toBeVisible();
}

export async function signInAs(page: Page, role: Role) {
  await signInWith(page, demoUser(role).email, DEMO_PASSWORD);
  return demoUser(role);
}
