// The signed-in shell: skip link, navigation for the user's role, who is signed in, language and theme, sign-out.
// It only decides what to show; every page below checks its own permission (a layout is not re-run on every
// client navigation, so it cannot be the gate). When the database is down or saturated, reading the user fails
// first, here: the layout then shows the "database unavailable" panel in place of the page (an error boundary
// would only get a digest in production), and a retry renders everything again once the database is back.
import type { ReactNode } from "react";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { NavLinks } from "@/components/shell/nav-links";
import { PreferencesBar } from "@/components/shell/preferences-bar";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { databaseFault, type DatabaseFault } from "@/lib/db-errors";
import { getTranslator } from "@/lib/i18n/server";
import { getTheme } from "@/lib/preferences/server";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const [signedIn, { t }, theme] = await Promise.all([signedInUser(), getTranslator(), getTheme()]);
  if ("fault" in signedIn) {
    return (
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
        <p className="text-lg font-semibold">{t("app.name")}</p>
        <DatabaseUnavailable fault={signedIn.fault} />
      </main>
    );
  }
  const { user } = signedIn;
  const links = NAV_ITEMS.filter((item) => can(user.role, item.permission)).map((item) => ({
    href: item.href,
    label: t(item.labelKey),
  }));
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 dark:focus:bg-slate-900 dark:focus:text-slate-100"
      >
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
          <p className="text-lg font-semibold">{t("app.name")}</p>
          <nav aria-label={t("nav.label")}>
            <NavLinks items={links} />
          </nav>
          <div className="ml-auto flex flex-wrap items-center gap-3">
            <p className="text-sm" data-testid="current-user">
              {t("shell.userRole", { name: user.name, role: t(`role.${user.role}`) })}
            </p>
            <PreferencesBar dark={theme === "dark"} label={t("shell.preferences")} />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </>
  );
}

/** The signed-in user (or the redirect to sign in), or the database fault that kept us from reading it. */
async function signedInUser(): Promise<{ user: CurrentUser } | { fault: DatabaseFault }> {
  try {
    return { user: await requireUser() };
  } catch (error) {
    const fault = databaseFault(error);
    if (!fault) throw error;
    return { fault };
  }
}
