"use client";
// The queue's keyboard shortcuts, listed where officers see them.
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";

const kbd = "rounded border border-slate-400 bg-white px-1.5 font-mono text-xs dark:border-slate-500 dark:bg-slate-900";

export function KeyboardShortcuts({ canClaim }: { canClaim: boolean }) {
  const { t } = useI18n();
  const shortcuts: { keys: string[]; label: MessageKey }[] = [
    { keys: ["j", "k"], label: "queue.keys.move" },
    { keys: ["Enter"], label: "queue.keys.open" },
    { keys: ["o"], label: "queue.keys.account" },
    ...(canClaim ? [{ keys: ["c"], label: "queue.keys.claim" as const }] : []),
    { keys: ["/"], label: "queue.keys.search" },
  ];
  return (
    <section aria-labelledby="queue-keys-title" className="mt-4 text-sm text-slate-700 dark:text-slate-300">
      <h2 id="queue-keys-title" className="font-semibold">
        {t("queue.keys.title")}
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
