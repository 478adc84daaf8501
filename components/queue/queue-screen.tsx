"use client";
// The review queue screen: filters, the table of open cases, paging, bulk assignment, "next case", and the
// keyboard (j/k move between rows, Enter shows a row's details, o opens its account, c claims it, / goes to the search). Outcomes of
// actions are announced in live regions: a polite one for what was done, an assertive one for what was refused.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { hasFilters } from "@/lib/queue/filters";
import { BulkAssignBar } from "./bulk-assign-bar";
import type { QueueAbilities } from "./case-actions";
import { KeyboardShortcuts } from "./keyboard-shortcuts";
import { QueueEmpty } from "./queue-empty";
import { QueueFilterForm } from "./queue-filters";
import { QueuePagination } from "./queue-pagination";
import { QueueTable } from "./queue-table";
import { useCaseActions, type Announcement } from "./use-case-actions";
import { useNow, useQueueData, useQueueView } from "./use-queue";

/** Keys typed into these are text, not shortcuts. */
const TEXT_ENTRY = "input, textarea, select, [contenteditable='true']";

export function QueueScreen(props: { viewer: { id: number; name: string }; abilities: QueueAbilities; officers: { id: number; name: string }[] }) {
  const { viewer, abilities, officers } = props;
  const { t } = useI18n();
  const router = useRouter();
  const { view, navigate } = useQueueView();
  const query = useQueueData(view);
  const rows = query.data?.page.rows ?? [];
  const now = useNow(query.data?.page.now);
  const [active, setActive] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const searchRef = useRef<HTMLInputElement>(null);
  const actions = useCaseActions(setAnnouncement);
  const busy = [actions.claimCase, actions.releaseCase, actions.claimNextCase, actions.reassignCase, actions.bulkAssignCases].some((m) => m.isPending);
  const current = Math.min(active, Math.max(rows.length - 1, 0));
  const selectedRows = rows.filter((row) => selected.has(row.caseId));

  const toggleDetails = (caseId: number) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(caseId)) next.add(caseId);
      return next;
    });
  const select = (caseIds: number[], on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      for (const caseId of caseIds) {
        if (on) next.add(caseId);
        else next.delete(caseId);
      }
      return next;
    });

  // The latest state for the one document-level key listener.
  const openAccount = (accountId: number) => router.push(`/accounts/${accountId}`);
  const keyState = useRef({ rows, current, abilities, viewer, actions, toggleDetails, openAccount });
  useEffect(() => {
    keyState.current = { rows, current, abilities, viewer, actions, toggleDetails, openAccount };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest(TEXT_ENTRY)) return;
      const state = keyState.current;
      const row = state.rows[state.current];
      const onRow = target instanceof HTMLTableRowElement && target.dataset.caseId !== undefined;
      if (event.key === "/") {
        event.preventDefault();
        searchRef.current?.focus();
      } else if ((event.key === "j" || event.key === "k") && state.rows.length > 0) {
        event.preventDefault();
        // The first press brings focus to the table; later ones move it.
        const step = onRow ? (event.key === "j" ? 1 : -1) : 0;
        const next = Math.min(Math.max(state.current + step, 0), state.rows.length - 1);
        setActive(next);
        rowRefs.current[next]?.focus();
      } else if (event.key === "Enter" && onRow && row) {
        event.preventDefault();
        state.toggleDetails(row.caseId);
      } else if (event.key === "o" && row) {
        event.preventDefault();
        state.openAccount(row.accountId);
      } else if (event.key === "c" && row && state.abilities.work && row.assignee?.id !== state.viewer.id) {
        event.preventDefault();
        state.actions.claimCase.mutate(row.caseId);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const page = query.data?.page;
  return (
    <>
      <QueueFilterForm view={view} counts={query.data?.counts} navigate={navigate} searchRef={searchRef} />
      <div className="mb-3 flex flex-wrap items-center gap-3">
        {abilities.work && (
          <Button disabled={busy} onClick={() => actions.claimNextCase.mutate(view)}>
            {t("queue.next")}
          </Button>
        )}
        <p role="status" className="text-sm" data-testid="queue-status">
          {announcement && !announcement.error ? announcement.text : ""}
        </p>
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300" data-testid="queue-alert">
          {announcement?.error ? announcement.text : ""}
        </p>
      </div>
      {query.isError && <p className="mb-3 text-sm text-red-700 dark:text-red-300">{t("queue.loadFailed")}</p>}
      {abilities.assign && selectedRows.length > 0 && (
        <BulkAssignBar
          count={selectedRows.length}
          officers={officers}
          busy={busy}
          onClear={() => setSelected(new Set())}
          onAssign={(assigneeId) =>
            actions.bulkAssignCases.mutate(
              { assigneeId, cases: selectedRows.map((row) => ({ caseId: row.caseId, version: row.version })) },
              { onSuccess: (result) => result.ok && setSelected(new Set()) },
            )
          }
        />
      )}
      {page && rows.length === 0 ? (
        <QueueEmpty filtered={hasFilters(view.filters)} total={query.data?.counts.total} view={view} navigate={navigate} />
      ) : (
        <QueueTable
          rows={rows}
          viewer={viewer}
          abilities={abilities}
          officers={officers}
          now={now}
          busy={busy}
          active={current}
          onActivate={setActive}
          rowRefs={rowRefs}
          expanded={expanded}
          onToggleDetails={toggleDetails}
          selected={selected}
          onSelect={select}
          onClaim={(caseId) => actions.claimCase.mutate(caseId)}
          onRelease={(caseId) => actions.releaseCase.mutate(caseId)}
          onReassign={(input) => actions.reassignCase.mutate(input)}
        />
      )}
      {page && rows.length > 0 && (
        <QueuePagination view={view} count={rows.length} prevCursor={page.prevCursor} nextCursor={page.nextCursor} navigate={navigate} />
      )}
      <KeyboardShortcuts canClaim={abilities.work} />
    </>
  );
}
