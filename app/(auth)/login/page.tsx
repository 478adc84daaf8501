// The sign-in page. Already signed in (and enabled): straight on to where they were going.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { PreferencesBar } from "@/components/shell/preferences-bar";
import { getCurrentUser } from "@/lib/auth/session";
import { isSsoConfigured } from "@/lib/auth/sso";
import { getTranslator } from "@/lib/i18n/server";
import { getTheme } from "@/lib/preferences/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("login.title") };
}

/** Only same-site paths: an open redirect after sign-in would make a convincing phishing link. */
function safeCallbackUrl(value: string | string[] | undefined): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")
    ? value
    : "/";
}

export default async function LoginPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const searchParams = await props.searchParams;
  const callbackUrl = safeCallbackUrl(searchParams.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const [{ t }, theme] = await Promise.all([getTranslator(), getTheme()]);
  const error = typeof searchParams.error === "string" ? searchParams.error : null;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex justify-end p-4">
        <PreferencesBar dark={theme === "dark"} label={t("shell.preferences")} />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-[10vh]">
        <div className="w-full max-w-sm rounded-lg border border-slate-300 bg-white p-6 shadow-sm dark:border-slate-700 dark:bg-slate-900">
          <p className="text-sm font-semibold text-blue-800 dark:text-sky-300">{t("app.name")}</p>
          <h1 className="mt-1 text-2xl font-semibold">{t("login.title")}</h1>
          <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">{t("login.intro")}</p>
          <LoginForm callbackUrl={callbackUrl} ssoEnabled={isSsoConfigured()} initialError={error} />
        </div>
      </main>
    </div>
  );
}
