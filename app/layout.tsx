// The root document: <html lang> follows the viewer's language and the dark class their theme cookie, both
// decided on the server so the first paint is already right.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { getTranslator } from "@/lib/i18n/server";
import { getTheme } from "@/lib/preferences/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, timeZone, messages }, theme] = await Promise.all([getTranslator(), getTheme()]);
  return (
    <html lang={locale} className={theme === "dark" ? "dark" : undefined}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <Providers locale={locale} timeZone={timeZone} messages={messages}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
