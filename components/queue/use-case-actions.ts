"use client";
// The queue's writes as React Query mutations over the server actions (lib/queue/actions.ts): each outcome, good or
// refused, becomes a sentence for the screen's live region, and the list is refetched at once.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/auth/action-core";
import { useI18n } from "@/lib/i18n/client";
import { bulkAssign, claim, claimNext, reassign, release } from "@/lib/queue/actions";
import type { QueueView } from "@/lib/queue/filters";
import type { BulkAssignment, CaseAssignment } from "@/lib/queue/mutations";

export interface Announcement {
  text: string;
  /** A refusal (someone holds the case, it changed, no permission): announced assertively. */
  error: boolean;
}

export function useCaseActions(announce: (announcement: Announcement) => void) {
  const { t, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const settle = <T,>(result: ActionResult<T>, message: (data: T) => string) => {
    void queryClient.invalidateQueries({ queryKey: ["queue"] });
    if (result.ok) announce({ text: message(result.data), error: false });
    else announce({ text: result.error.message, error: true });
  };

  const claimCase = useMutation({
    mutationFn: (caseId: number) => claim({ caseId }),
    onSuccess: (result) =>
      settle(result, (done) => t(done.changed ? "queue.claimed" : "queue.alreadyYours", { caseId: done.caseId })),
  });
  const releaseCase = useMutation({
    mutationFn: (caseId: number) => release({ caseId }),
    onSuccess: (result) => settle(result, (done) => t(done.changed ? "queue.released" : "queue.notClaimed", { caseId: done.caseId })),
  });
  const claimNextCase = useMutation({
    mutationFn: (view: QueueView) => claimNext({ filters: view.filters, timeZone }),
    onSuccess: (result) => settle(result, (done) => (done ? t("queue.claimed", { caseId: done.caseId }) : t("queue.nextNone"))),
  });
  const reassignCase = useMutation({
    mutationFn: (input: { caseId: number; version: number; assigneeId: number }) => reassign(input),
    onSuccess: (result) =>
      settle(result, (done: CaseAssignment) => t("queue.reassigned", { caseId: done.caseId, name: done.assignee?.name ?? "" })),
  });
  const bulkAssignCases = useMutation({
    mutationFn: (input: { cases: { caseId: number; version: number }[]; assigneeId: number }) => bulkAssign(input),
    onSuccess: (result) =>
      settle(result, (done: BulkAssignment) =>
        t("queue.bulk.done", { assigned: done.assigned.length, unchanged: done.unchanged.length, skipped: done.skipped.length }),
      ),
  });
  return { claimCase, releaseCase, claimNextCase, reassignCase, bulkAssignCases };
}
