"use client";
// Light/dark switch: flips the class at once and stores the choice in a cookie, so the server renders the same
// theme on the next request (no flash of the wrong theme).
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { savePreferences } from "@/lib/preferences/client";

export function ThemeToggle({ initialDark }: { initialDark: boolean }) {
  const { t } = useI18n();
  const [dark, setDark] = useState(initialDark);
  const toggle = () => {
    const next = !dark;
    document.documentElement.classList.toggle("dark", next);
    setDark(next);
    void savePreferences({ theme: next ? "dark" : "light" });
  };
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={toggle}
      className="inline-flex items-center gap-2 rounded-md border border-slate-400 px-2.5 py-1 text-sm dark:border-slate-500"
    >
      <span aria-hidden="true">{dark ? "☾" : "☀"}</span>
      {t("shell.darkMode")}
    </button>
  );
}
