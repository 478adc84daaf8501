"use client";
// The approvals screen's list: pending proposals, oldest first, each with Approve / Reject opening the note and
// confirmation form in place. The keyboard: j/k move between proposals, a approves and r rejects the selected one
// (never while typing), Escape closes the form. Outcomes are announced in a live region; the list then refreshes.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import type { PendingApprovalsPage } from "@/lib/decisions/find-pending-approvals";
import { useI18n } from "@/lib/i18n/client";
import { ApprovalItem } from "./approval-item";
import { ApprovalsShortcuts } from "./approvals-shortcuts";
import { DecideForm, type DecideStep } from "./decide-form";
import { approvalEffectKey, decisionSummary } from "./decision-text";

/** Keys typed into these are text, not shortcuts. */
const TEXT_ENTRY = "input, textarea, select, [contenteditable='true']";

export function ApprovalsScreen(props: { page: PendingApprovalsPage; viewerId: number; paged: boolean }) {
  const { page, viewerId } = props;
  const { t, format } = useI18n();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<{ id: number; step: DecideStep } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const items = useRef<(HTMLElement | null)[]>([]);
  const opener = useRef<HTMLElement | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const approvals = page.approvals;
  const current = Math.min(active, Math.max(approvals.length - 1, 0));

  const show = (id: number, step: DecideStep, element: HTMLElement | null) => {
    opener.current = element;
    setAnnouncement("");
    setOpen({ id, step });
  };
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => (opener.current ?? items.current[current])?.focus());
  };
  const done = (message: string) => {
    setOpen(null);
    setAnnouncement(message);
    requestAnimationFrame(() => listHeading.current?.focus());
  };

  // The latest state for the one document-level key listener.
  const keyState = useRef({ approvals, current, viewerId, show });
  useEffect(() => {
    keyState.current = { approvals, current, viewerId, show };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLElement && event.target.closest(TEXT_ENTRY)) return;
      const state = keyState.current;
      const approval = state.approvals[state.current];
      if ((event.key === "j" || event.key === "k") && state.approvals.length > 0) {
        event.preventDefault();
        const onItem = event.target instanceof HTMLElement && event.target.dataset.approvalId !== undefined;
        // The first press brings focus to the list; later ones move it.
        const step = onItem ? (event.key === "j" ? 1 : -1) : 0;
        const next = Math.min(Math.max(state.current + step, 0), state.approvals.length - 1);
        setActive(next);
        items.current[next]?.focus();
      } else if ((event.key === "a" || event.key === "r") && approval && approval.proposer.id !== state.viewerId) {
        event.preventDefault();
        state.show(approval.id, event.key === "a" ? "approve" : "reject", items.current[state.current]);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <p role="status" className="mb-3 text-sm font-medium text-emerald-800 empty:hidden dark:text-emerald-300">
        {announcement}
      </p>
      <h2 ref={listHeading} tabIndex={-1} className="sr-only">
        {t("decisions.ui.approvals.list")}
      </h2>
      {approvals.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 p-8 text-center dark:border-slate-600">
          <p className="text-lg font-semibold">{t("decisions.ui.approvals.emptyTitle")}</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("decisions.ui.approvals.emptyBody")}</p>
        </div>
      ) : (
        <ul className="space-y-4">
          {approvals.map((approval, index) => (
            <ApprovalItem
              key={approval.id}
              approval={approval}
              own={approval.proposer.id === viewerId}
              active={index === current}
              now={page.readAt}
              register={(element) => {
                items.current[index] = element;
              }}
              onFocus={() => setActive(index)}
              onOpen={(step, element) => show(approval.id, step, element)}
              form={
                open?.id === approval.id && (
                  <DecideForm
                    key={open.step}
                    step={open.step}
                    decision={approval}
                    summary={decisionSummary({ t, format }, approval, approval.account.currency)}
                    effect={t(approvalEffectKey(approval))}
                    level={3}
                    onClose={close}
                    onDone={done}
                  />
                )
              }
            />
          ))}
        </ul>
      )}
      {(props.paged || page.nextCursor) && (
        <nav aria-label={t("decisions.ui.approvals.pages")} className="mt-4 flex gap-2">
          {props.paged && (
            <Link className={buttonClass("secondary")} href="/approvals">
              {t("decisions.ui.approvals.first")}
            </Link>
          )}
          {page.nextCursor && (
            <Link className={buttonClass("secondary")} href={`/approvals?after=${encodeURIComponent(page.nextCursor)}`}>
              {t("decisions.ui.approvals.next")}
            </Link>
          )}
        </nav>
      )}
      {approvals.length > 0 && <ApprovalsShortcuts />}
    </>
  );
}
