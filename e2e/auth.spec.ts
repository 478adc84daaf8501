// Signing in and out: every role, wrong passwords, the rate limit, sign-out, and the audit trail they leave.
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-users";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limit";
import { auditActions, createTestUser, deleteTestUser, uniqueClientIp, type TestUser } from "./support/db";
import { expect, test } from "./support/fixtures";
import { signInError, signInWith, submitSignIn } from "./support/sign-in";

// What each role's navigation offers (written out, not derived from the code under test).
const EXPECTED_NAV: Record<string, string[]> = {
  RISK_OFFICER: ["Home", "Portfolio", "Queue"],
  SENIOR_OFFICER: ["Home", "Portfolio", "Queue", "Approvals"],
  COMPLIANCE: ["Home", "Portfolio", "Queue", "Audit trail"],
  MANAGER: ["Home", "Portfolio", "Queue"],
  ADMIN: ["Home", "Portfolio", "Audit trail", "Users"],
};
const ROLE_LABEL: Record<string, string> = {
  RISK_OFFICER: "Risk officer",
  SENIOR_OFFICER: "Senior officer",
  COMPLIANCE: "Compliance",
  MANAGER: "Manager",
  ADMIN: "Administrator",
};

for (const user of DEMO_USERS) {
  test(`${user.email} (${user.role}) signs in and sees the role's navigation`, async ({ page }) => {
    await signInWith(page, user.email, DEMO_PASSWORD);
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1, name: "Portfolio overview" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveText(EXPECTED_NAV[user.role]);
    await expect(page.getByTestId("current-user")).toHaveText(`Signed in as ${user.name}, ${ROLE_LABEL[user.role]}`);
  });
}

test.describe("failed sign-ins", () => {
  let user: TestUser;
  test.beforeEach(async () => {
    user = await createTestUser("RISK_OFFICER");
  });
  test.afterEach(async () => {
    await deleteTestUser(user);
  });
  // Failures come from an address of their own, so the per-IP limit never touches other specs' sign-ins.
  test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

  test("a wrong password is refused with a message, announced, and audited", async ({ page }) => {
    await page.goto("/login");
    await submitSignIn(page, user.email, "not the password");
    const alert = signInError(page);
    await expect(alert).toHaveText("Wrong email or password.");
    await expect(alert).toHaveAttribute("role", "alert");
    await expect(page).toHaveURL(/\/login/);
    expect(await auditActions(user)).toEqual(["auth.sign_in_failed"]);
  });

  test("after too many failures the rate limit refuses even the right password", async ({ page }) => {
    await page.goto("/login");
    const attempt = async (password: string) => {
      const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
      await submitSignIn(page, user.email, password);
      await answered;
    };
    for (let i = 0; i < SIGN_IN_LIMITS.maxFailuresPerEmail; i++) {
      await attempt(`wrong ${i}`);
      await expect(signInError(page)).toHaveText("Wrong email or password.");
    }
    await attempt(user.password);
    await expect(signInError(page)).toHaveText(
      `Too many attempts, try again in ${SIGN_IN_LIMITS.windowMinutes} minutes.`,
    );
    await expect(page).toHaveURL(/\/login/);
  });
});

test("signing out ends the session and is audited", async ({ page }) => {
  const user = await createTestUser("MANAGER");
  try {
    await signInWith(page, user.email, user.password);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    expect(await auditActions(user)).toEqual(["auth.sign_in", "auth.sign_out"]);
  } finally {
    await deleteTestUser(user);
  }
});

test("a signed-out visitor is sent to sign in and then on to the page asked for", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers/);
  const admin = DEMO_USERS.find((candidate) => candidate.role === "ADMIN");
  if (!admin) throw new Error("no demo admin");
  await submitSignIn(page, admin.email, DEMO_PASSWORD);
  await expect(page).toHaveURL("/admin/users");
});
