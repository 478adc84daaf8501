"use client";
// A screen's keyboard shortcuts, listed where its users see them: each key (or keys) and what it does.
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";

const kbd = "rounded border border-slate-400 bg-white px-1.5 font-mono text-xs dark:border-slate-500 dark:bg-slate-900";

export interface Shortcut {
  keys: string[];
  label: MessageKey;
}

export function KeyboardShortcutList({ id, title, shortcuts }: { id: string; title: MessageKey; shortcuts: Shortcut[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={id} className="mt-4 text-sm text-slate-700 dark:text-slate-300">
      <h2 id={id} className="font-semibold">
        {t(title)}
      </h2>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {shortcuts.map((shortcut) => (
          <li key={shortcut.label}>
            {shortcut.keys.map((key, i) => (
              <span key={key}>
                {i > 0 && " / "}
                <kbd className={kbd}>{key}</kbd>
              </span>
            ))}{" "}
            {t(shortcut.label)}
          </li>
        ))}
      </ul>
    </section>
  );
}
