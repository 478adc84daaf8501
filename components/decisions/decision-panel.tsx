"use client";
// The account page's "Decide" section: a button for each decision the viewer may take in the account's state, and the
// decisions still in play (waiting for approval, scheduled, in effect) with the steps the viewer may take on them.
// What is offered comes from lib/decisions/offered-actions.ts; one inline form is open at a time; Escape or Discard
// returns focus to the button that opened it; an outcome is announced in a live region and the page data refreshed.
import { useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { DecisionContext, PanelDecision } from "@/lib/decisions/get-decision-context";
import { offeredActions } from "@/lib/decisions/offered-actions";
import { useI18n } from "@/lib/i18n/client";
import { RecordAppealForm, RejectAppealForm } from "./appeal-forms";
import { DecideForm } from "./decide-form";
import { DecisionItem } from "./decision-item";
import { approvalEffectKey, decisionSummary } from "./decision-text";
import { formOfDecision, type OpenForm } from "./open-form";
import { OrphanAppeals } from "./orphan-appeals";
import { ProposalForm } from "./proposal-form";

const muted = "text-sm text-slate-600 dark:text-slate-400";
const LISTS = [
  { status: "PROPOSED", title: "decisions.ui.list.pending" },
  { status: "SCHEDULED", title: "decisions.ui.list.scheduled" },
  { status: "EFFECTIVE", title: "decisions.ui.list.standing" },
] as const;

export function DecisionPanel({ context }: { context: DecisionContext }) {
  const { t, format } = useI18n();
  const [open, setOpen] = useState<OpenForm | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const opener = useRef<HTMLElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const offers = offeredActions(context);
  const { account, abilities } = context;
  const byId = new Map(context.decisions.map((d) => [d.id, d]));
  const appealOf = (decisionId: number) => context.appeals.find((a) => a.decisionId === decisionId) ?? null;

  const show = (form: OpenForm, element: HTMLElement) => {
    opener.current = element;
    setAnnouncement("");
    setOpen(form);
  };
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const done = (message: string) => {
    setOpen(null);
    setAnnouncement(message);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const common = { onClose: close, onDone: done };

  const formFor = (d: PanelDecision): ReactNode => {
    const appeal = appealOf(d.id);
    if (!open || !formOfDecision(open, d.id, appeal?.id ?? null)) return null;
    const summary = decisionSummary({ t, format }, d, account.currency);
    switch (open.type) {
      case "decide":
        return <DecideForm step={open.step} decision={d} summary={summary} effect={t(approvalEffectKey(d))} level={4} {...common} />;
      case "appeal":
        return <RecordAppealForm decisionId={d.id} account={account} {...common} />;
      case "reverse":
        return <ProposalForm kind="REVERSE" context={context} reversal={{ decision: d, appealId: open.appealId }} level={4} {...common} />;
      case "rejectAppeal":
        return appeal && <RejectAppealForm appeal={appeal} {...common} />;
      default:
        return null;
    }
  };

  return (
    <section aria-labelledby="decide-heading" className="space-y-4">
      <h2 id="decide-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {t("decisions.ui.title")}
      </h2>
      <p role="status" className="text-sm font-medium text-emerald-800 empty:hidden dark:text-emerald-300">
        {announcement}
      </p>
      {!abilities.propose && <p className={muted}>{t("decisions.ui.readOnly")}</p>}
      {offers.heldBy && <p className="text-sm font-medium">{t("decisions.ui.heldBy", offers.heldBy)}</p>}
      {abilities.propose && !offers.heldBy && offers.kinds.length === 0 && <p className={muted}>{t("decisions.ui.noneOffered")}</p>}
      {offers.kinds.length > 0 && (
        <div>
          <h3 className="sr-only">{t("decisions.ui.take")}</h3>
          <div role="group" aria-label={t("decisions.ui.take")} className="flex flex-wrap gap-2">
            {offers.kinds.map((kind) => {
              const expanded = open?.type === "propose" && open.kind === kind;
              return (
                <Button key={kind} variant={kind === "CLOSE" ? "danger" : "secondary"} aria-expanded={expanded} onClick={(event) => (expanded ? close() : show({ type: "propose", kind }, event.currentTarget))}>
                  {t(`decisions.ui.action.${kind}`)}
                </Button>
              );
            })}
          </div>
          {open?.type === "propose" && <ProposalForm key={open.kind} kind={open.kind} context={context} level={3} {...common} />}
        </div>
      )}
      {LISTS.map(({ status, title }) => {
        const decisions = context.decisions.filter((d) => d.status === status);
        if (decisions.length === 0) return null;
        return (
          <div key={status} className="space-y-2">
            <h3 className="text-base font-semibold">{t(title)}</h3>
            <ul className="space-y-3">
              {decisions.map((d) => {
                const appeal = appealOf(d.id);
                return (
                  <DecisionItem
                    key={d.id}
                    decision={d}
                    offer={offers.decisions[d.id]}
                    appeal={appeal && { appeal, mayReject: offers.rejectAppeal[appeal.id] ?? false, reversalPending: !offers.rejectAppeal[appeal.id] && context.decisions.some((r) => r.kind === "REVERSE" && r.appealId === appeal.id) }}
                    currency={account.currency}
                    currentDpd={account.currentDpd}
                    open={show}
                    form={formFor(d)}
                  />
                );
              })}
            </ul>
          </div>
        );
      })}
      <OrphanAppeals appeals={context.appeals.filter((a) => a.decisionId === null || !byId.has(a.decisionId))} mayReject={offers.rejectAppeal} open={open} show={show} {...common} />
    </section>
  );
}
