"use client";
// One audit event opened up: what it changed, field by field (before | after, changed fields marked in words), the
// request it came from, and its place in the chain: its hash, the previous event's hash it builds on, and links to
// the events around it in the whole trail.
import Link from "next/link";
import type { AuditEventView } from "@/lib/audit/find-audit-events";
import { fieldChanges } from "@/lib/audit/field-changes";
import { useI18n } from "@/lib/i18n/client";

const muted = "text-slate-600 dark:text-slate-400";
const link = "text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-sky-300 dark:hover:text-sky-200";

export function AuditEventDetails({ event }: { event: AuditEventView }) {
  const { t } = useI18n();
  const changes = fieldChanges(event.before, event.after);
  const seq = BigInt(event.seq);
  return (
    <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
      <div>
        <h3 className="text-sm font-semibold">{t("audit.details.changes")}</h3>
        {changes.length === 0 ? (
          <p className={`text-sm ${muted}`}>{t("audit.details.noChanges")}</p>
        ) : (
          <table className="mt-1 w-full text-xs">
            <caption className="sr-only">{t("audit.details.changesCaption", { seq: event.seq })}</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-1 pr-3 font-medium">{t("audit.details.field")}</th>
                <th scope="col" className="py-1 pr-3 font-medium">{t("audit.details.before")}</th>
                <th scope="col" className="py-1 pr-3 font-medium">{t("audit.details.after")}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field} className={change.changed ? "bg-amber-50 dark:bg-amber-950" : ""}>
                  <th scope="row" className="py-1 pr-3 text-left align-top font-mono font-normal">
                    {change.field}
                    {change.changed && <span className="ml-1 font-sans text-amber-900 dark:text-amber-200">({t("audit.details.changed")})</span>}
                  </th>
                  <td className="max-w-xs break-all py-1 pr-3 align-top font-mono">{change.before ?? <span className={muted}>{t("audit.details.absent")}</span>}</td>
                  <td className="max-w-xs break-all py-1 pr-3 align-top font-mono">{change.after ?? <span className={muted}>{t("audit.details.absent")}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="space-y-3 text-xs">
        <div>
          <h3 className="text-sm font-semibold">{t("audit.details.chain")}</h3>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className={muted}>{t("audit.details.seq")}</dt>
            <dd className="font-mono">{event.seq}</dd>
            <dt className={muted}>{t("audit.details.hash")}</dt>
            <dd className="break-all font-mono">{event.hash}</dd>
            <dt className={muted}>{t("audit.details.prevHash")}</dt>
            <dd className="break-all font-mono">{event.prevHash}</dd>
          </dl>
          <p className="mt-1">
            <Link href={`/audit?before=${seq + BigInt(3)}`} className={link}>
              {t("audit.details.around", { seq: event.seq })}
            </Link>
          </p>
        </div>
        <div>
          <h3 className="text-sm font-semibold">{t("audit.details.request")}</h3>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className={muted}>{t("audit.details.requestId")}</dt>
            <dd className="break-all font-mono">{event.requestId ?? "—"}</dd>
            <dt className={muted}>{t("audit.details.ip")}</dt>
            <dd className="font-mono">{event.ip ?? "—"}</dd>
            <dt className={muted}>{t("audit.details.target")}</dt>
            <dd>{event.targetType ? `${event.targetType} ${event.targetId ?? ""}` : "—"}</dd>
          </dl>
        </div>
      </div>
    </div>
  );
}
