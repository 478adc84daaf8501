"use client";
// Switches the interface language for this browser (a cookie), then re-renders the page in it.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";
import { savePreferences } from "@/lib/preferences/client";

export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (next: (typeof LOCALES)[number]) =>
    startTransition(async () => {
      if (await savePreferences({ locale: next })) router.refresh();
    });
  return (
    <div role="group" aria-label={t("shell.language")} className="inline-flex rounded-md border border-slate-400 dark:border-slate-500">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          disabled={pending}
          onClick={() => option !== locale && choose(option)}
          className="px-2.5 py-1 text-sm first:rounded-l-md last:rounded-r-md aria-pressed:bg-slate-800 aria-pressed:text-white dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-950"
        >
          {LOCALE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
