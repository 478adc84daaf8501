"use client";
// A senior officer's bulk assignment: the selected cases (with the versions shown) to one officer. Cases that
// changed meanwhile are skipped by the server and counted in the outcome.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export function BulkAssignBar(props: {
  count: number;
  officers: { id: number; name: string }[];
  busy: boolean;
  onAssign: (assigneeId: number) => void;
  onClear: () => void;
}) {
  const { t, format } = useI18n();
  const [assigneeId, setAssigneeId] = useState("");
  return (
    <section aria-label={t("queue.bulk.label")} className="mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-blue-300 bg-blue-50 px-3 py-2 text-sm dark:border-sky-800 dark:bg-slate-900">
      <p className="font-medium">{t("queue.bulk.selected", { count: format.count(props.count) })}</p>
      <label htmlFor="bulk-assignee">{t("queue.bulk.assignTo")}</label>
      <select
        id="bulk-assignee"
        value={assigneeId}
        onChange={(event) => setAssigneeId(event.target.value)}
        className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
      >
        <option value="" disabled>
          {t("queue.reassignChoose")}
        </option>
        {props.officers.map((officer) => (
          <option key={officer.id} value={officer.id}>
            {officer.name}
          </option>
        ))}
      </select>
      <Button disabled={props.busy || assigneeId === ""} onClick={() => props.onAssign(Number(assigneeId))}>
        {t("queue.bulk.assign")}
      </Button>
      <Button variant="secondary" onClick={props.onClear}>
        {t("queue.bulk.clear")}
      </Button>
    </section>
  );
}
