"use client";
// One case's actions in the queue, as the viewer's role allows: claim an unclaimed case or release one's own
// (case:work), reassign to another officer (case:assign). A case another officer holds shows no claim button;
// the holder's name is in the assignee column.
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import type { QueueRow } from "@/lib/queue/queries";

export interface QueueAbilities {
  /** case:work: claim and release. */
  work: boolean;
  /** case:assign: reassign and bulk-assign. */
  assign: boolean;
}

export function CaseActions(props: {
  row: QueueRow;
  viewerId: number;
  abilities: QueueAbilities;
  officers: { id: number; name: string }[];
  busy: boolean;
  onClaim: (caseId: number) => void;
  onRelease: (caseId: number) => void;
  onReassign: (input: { caseId: number; version: number; assigneeId: number }) => void;
}) {
  const { row, viewerId, abilities, officers, busy } = props;
  const { t } = useI18n();
  const mine = row.assignee?.id === viewerId;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {abilities.work && row.assignee === null && (
        <Button disabled={busy} onClick={() => props.onClaim(row.caseId)} aria-label={t("queue.claimLabel", { caseId: row.caseId })}>
          {t("queue.claim")}
        </Button>
      )}
      {abilities.work && mine && (
        <Button variant="secondary" disabled={busy} onClick={() => props.onRelease(row.caseId)} aria-label={t("queue.releaseLabel", { caseId: row.caseId })}>
          {t("queue.release")}
        </Button>
      )}
      {abilities.assign && (
        <select
          aria-label={t("queue.reassignLabel", { caseId: row.caseId })}
          disabled={busy}
          value=""
          onChange={(event) => props.onReassign({ caseId: row.caseId, version: row.version, assigneeId: Number(event.target.value) })}
          className="max-w-40 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        >
          <option value="" disabled>
            {t("queue.reassignChoose")}
          </option>
          {officers
            .filter((officer) => officer.id !== row.assignee?.id)
            .map((officer) => (
              <option key={officer.id} value={officer.id}>
                {officer.name}
              </option>
            ))}
        </select>
      )}
    </div>
  );
}
