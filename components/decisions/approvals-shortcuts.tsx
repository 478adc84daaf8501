"use client";
// The approvals screen's keyboard shortcuts, listed where senior officers see them.
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";

const kbd = "rounded border border-slate-400 bg-white px-1.5 font-mono text-xs dark:border-slate-500 dark:bg-slate-900";
const SHORTCUTS: { keys: string[]; label: MessageKey }[] = [
  { keys: ["j", "k"], label: "decisions.ui.keys.move" },
  { keys: ["a"], label: "decisions.ui.keys.approve" },
  { keys: ["r"], label: "decisions.ui.keys.reject" },
  { keys: ["Esc"], label: "decisions.ui.keys.escape" },
];

export function ApprovalsShortcuts() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="approvals-keys-title" className="mt-6 text-sm text-slate-700 dark:text-slate-300">
      <h2 id="approvals-keys-title" className="font-semibold">
        {t("decisions.ui.keys.title")}
      </h2>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {SHORTCUTS.map((shortcut) => (
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
