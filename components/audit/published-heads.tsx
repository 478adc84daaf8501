"use client";
// The chain heads published lately (seq, hash, when): anyone holding one of them can later prove the history up to
// it was not rewritten, because verification compares every published head with the chain as it is.
import { useI18n } from "@/lib/i18n/client";

export interface PublishedHeadView {
  seq: string;
  hash: string;
  eventCount: number;
  publishedAt: string;
}

export function PublishedHeads({ heads }: { heads: PublishedHeadView[] }) {
  const { t, format } = useI18n();
  return (
    <section aria-labelledby="audit-heads-heading" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="audit-heads-heading" className="text-base font-semibold">
        {t("audit.heads.title")}
      </h2>
      {heads.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("audit.heads.none")}</p>
      ) : (
        <ul className="space-y-1 text-xs">
          {heads.map((head) => (
            <li key={`${head.seq}-${head.publishedAt}`}>
              {t("audit.heads.item", { seq: head.seq, when: format.dateTime(new Date(head.publishedAt)), count: format.count(head.eventCount) })}
              <span className="block break-all font-mono">{head.hash}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
