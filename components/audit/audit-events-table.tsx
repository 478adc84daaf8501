"use client";
// The explorer's events, newest first: when, who (and in which role), what, on which account, case or decision, and
// the note. Each row expands (its toggle, or Enter on the focused row) to the event's before/after and its place in
// the hash chain.
import Link from "next/link";
import { Fragment, useState } from "react";
import type { AuditEventView } from "@/lib/audit/find-audit-events";
import { useI18n } from "@/lib/i18n/client";
import { AuditEventDetails } from "./audit-event-details";

const cell = "px-3 py-2 align-top";
const link = "text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-sky-300 dark:hover:text-sky-200";

export function AuditEventsTable({ events }: { events: AuditEventView[] }) {
  const { t, format } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (seq: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(seq)) next.add(seq);
      return next;
    });

  return (
    <div role="region" aria-labelledby="audit-events-heading" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("audit.events.caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-700">
            {(["seq", "when", "actor", "action", "object", "note"] as const).map((column) => (
              <th key={column} scope="col" className={`${cell} font-medium text-slate-700 dark:text-slate-300`}>
                {t(`audit.events.col.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const expanded = open.has(event.seq);
            const detailsId = `audit-event-${event.seq}`;
            return (
              <Fragment key={event.seq}>
                <tr className="border-b border-slate-200 last:border-0 dark:border-slate-800" data-seq={event.seq}>
                  <td className={`${cell} whitespace-nowrap font-mono`}>
                    <button
                      type="button"
                      onClick={() => toggle(event.seq)}
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={t(expanded ? "audit.events.hide" : "audit.events.show", { seq: event.seq })}
                      className="mr-1 rounded px-1 text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-700"
                    >
                      <span aria-hidden="true">{expanded ? "▾" : "▸"}</span>
                    </button>
                    {event.seq}
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>{format.dateTime(new Date(event.occurredAt))}</td>
                  <td className={cell}>
                    <div>{event.actorLabel}</div>
                    {event.role && <div className="text-xs text-slate-600 dark:text-slate-400">{t(`role.${event.role}` as "role.ADMIN")}</div>}
                  </td>
                  <td className={`${cell} font-mono text-xs`}>{event.action}</td>
                  <td className={cell}>
                    {event.accountId !== null && (
                      <Link href={`/accounts/${event.accountId}`} className={`${link} block`}>
                        {t("audit.events.account", { id: event.accountId })}
                      </Link>
                    )}
                    {event.caseId !== null && <span className="block">{t("audit.events.case", { id: event.caseId })}</span>}
                    {event.decisionId !== null && <span className="block">{t("audit.events.decision", { id: event.decisionId })}</span>}
                    {event.accountId === null && event.caseId === null && event.decisionId === null && event.targetType && (
                      <span className="block text-slate-600 dark:text-slate-400">
                        {event.targetType}
                        {event.targetId ? ` ${event.targetId}` : ""}
                      </span>
                    )}
                  </td>
                  <td className={`${cell} max-w-md break-words`}>{event.note}</td>
                </tr>
                {expanded && (
                  <tr id={detailsId} className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950">
                    <td colSpan={6} className="px-3 py-3">
                      <AuditEventDetails event={event} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
