"use client";
// A case's details, shown inline under its row (Enter, or the row's toggle) until the account page exists:
// severity, status, times, region, masked phone and each open flag with the rule's own summary of its evidence.
import { useI18n } from "@/lib/i18n/client";
import type { QueueRow } from "@/lib/queue/queries";
import { regionName } from "./region-name";
import { SeverityChip } from "./severity-chip";

export function CaseDetails({ row }: { row: QueueRow }) {
  const { t, format, locale } = useI18n();
  const facts: [string, string][] = [
    [t("queue.details.severity"), t(`queue.severity.${row.severity}`)],
    [t("queue.details.status"), t(`queue.caseStatus.${row.status}`)],
    [t("queue.details.opened"), format.dateTime(new Date(row.openedAt))],
    [t("queue.details.flagged"), format.dateTime(new Date(row.flaggedAt))],
    [t("queue.details.due"), format.dateTime(new Date(row.dueAt))],
    ...(row.claimedAt ? [[t("queue.details.claimed"), format.dateTime(new Date(row.claimedAt))] as [string, string]] : []),
    [t("queue.details.region"), regionName(row.region, locale)],
    [t("queue.details.phone"), row.phone],
  ];
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="text-sm font-semibold">{t("queue.details.flags")}</h3>
        {row.flags.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("queue.row.noFlags")}</p>
        ) : (
          <ul className="mt-1 space-y-2 text-sm">
            {row.flags.map((flag) => (
              <li key={flag.rule}>
                <SeverityChip severity={flag.severity}>{t(`queue.rule.${flag.rule}`)}</SeverityChip>{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  {t("queue.details.raised", { date: format.dateTime(new Date(flag.detectedAt)) })}
                </span>
                {flag.summary && (
                  <p className="mt-0.5" lang="en">
                    {flag.summary}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
