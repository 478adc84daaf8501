"use client";
// The explorer's filters: time range (typed in the viewer's zone, sent as UTC), actor, role, action, account, case,
// decision and text in the notes. "Apply" puts the filter in the URL (the server reads it), "Clear" empties it.
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { auditFilterParams, parseAuditFilterLenient, type AuditFilter } from "@/lib/audit/audit-filter";
import { Role } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";
import { utcToWallTime, wallTimeToUtc } from "@/lib/i18n/zoned-time";

const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";
const labelClass = "block text-sm font-medium text-slate-700 dark:text-slate-300";

const TEXT_FIELDS: { name: "actor" | "action" | "accountId" | "caseId" | "decisionId" | "q"; label: MessageKey; numeric?: boolean; hint?: MessageKey }[] = [
  { name: "actor", label: "audit.filter.actor" },
  { name: "action", label: "audit.filter.action", hint: "audit.filter.actionHint" },
  { name: "accountId", label: "audit.filter.account", numeric: true },
  { name: "caseId", label: "audit.filter.case", numeric: true },
  { name: "decisionId", label: "audit.filter.decision", numeric: true },
  { name: "q", label: "audit.filter.q" },
];

export function AuditFilterForm({ filter }: { filter: AuditFilter }) {
  const { t, timeZone } = useI18n();
  const router = useRouter();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const raw: Record<string, string> = {};
    for (const [name, value] of form.entries()) if (typeof value === "string" && value.trim() !== "") raw[name] = value.trim();
    for (const name of ["from", "to"]) if (raw[name]) raw[name] = wallTimeToUtc(raw[name], timeZone) ?? "";
    const params = auditFilterParams(parseAuditFilterLenient(raw));
    router.push(params.size ? `/audit?${params}` : "/audit");
  };

  return (
    <form onSubmit={submit} aria-label={t("audit.filter.label")} className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-slate-700 dark:bg-slate-900">
      {(["from", "to"] as const).map((name) => (
        <label key={name} className={labelClass}>
          {t(`audit.filter.${name}`, { zone: timeZone })}
          <input type="datetime-local" name={name} defaultValue={filter[name] ? utcToWallTime(filter[name], timeZone) : ""} className={fieldClass} />
        </label>
      ))}
      <label className={labelClass}>
        {t("audit.filter.role")}
        <select name="role" defaultValue={filter.role ?? ""} className={fieldClass}>
          <option value="">{t("audit.filter.anyRole")}</option>
          {Object.values(Role).map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </label>
      {TEXT_FIELDS.map((field) => (
        <label key={field.name} className={labelClass}>
          {t(field.label)}
          <input
            name={field.name}
            defaultValue={filter[field.name] === undefined ? "" : String(filter[field.name])}
            inputMode={field.numeric ? "numeric" : undefined}
            pattern={field.numeric ? "[0-9]*" : undefined}
            className={fieldClass}
          />
          {field.hint && <span className="mt-0.5 block text-xs font-normal text-slate-600 dark:text-slate-400">{t(field.hint)}</span>}
        </label>
      ))}
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-1">
        <button type="submit" className={buttonClass("primary")}>
          {t("audit.filter.apply")}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={() => router.push("/audit")}>
          {t("audit.filter.clear")}
        </button>
      </div>
    </form>
  );
}
