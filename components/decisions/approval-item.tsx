"use client";
// One proposal on the approvals screen: what is proposed on which account, how long it has waited, the proposer's
// reasons and note, the evidence it relied on (frozen at proposal), what approving leads to, and Approve / Reject.
// A senior officer's own proposal shows both buttons disabled, with the reason next to them.
import Link from "next/link";
import { useId, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { PendingApproval } from "@/lib/decisions/find-pending-approvals";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";
import type { DecideStep } from "./decide-form";
import { ageText, approvalEffectKey, dayOf, decisionSummary } from "./decision-text";

const muted = "text-slate-600 dark:text-slate-400";
const link = "font-medium text-blue-700 underline underline-offset-2 rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-sky-300 dark:focus-visible:outline-sky-300";

export function ApprovalItem(props: {
  approval: PendingApproval;
  own: boolean;
  active: boolean;
  now: number;
  /** Called with the item's element, so j/k can move focus to it. */
  register: (element: HTMLElement | null) => void;
  onFocus: () => void;
  onOpen: (step: DecideStep, opener: HTMLElement) => void;
  /** The approve or reject form, when open on this proposal. */
  form: ReactNode;
}) {
  const { approval: a, own, active, now, register, onFocus, onOpen, form } = props;
  const { t, format } = useI18n();
  const ownId = useId();
  const headingId = `approval-${a.id}-heading`;
  const money = (amount: string | null) => (amount === null ? "?" : format.money(amount, a.account.currency));
  const summary = decisionSummary({ t, format }, a, a.account.currency);
  const e = a.evidence;
  return (
    <li>
      <article
        ref={register}
        tabIndex={-1}
        aria-labelledby={headingId}
        data-approval-id={a.id}
        onFocus={onFocus}
        className={`rounded-lg border bg-white p-4 text-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-700 dark:bg-slate-900 dark:focus-visible:ring-sky-300 ${active ? "border-blue-700 dark:border-sky-300" : "border-slate-300 dark:border-slate-700"}`}
      >
        <h2 id={headingId} className="text-base font-semibold">
          {t("decisions.ui.decision.heading", { id: a.id, summary })}
        </h2>
        <p className="mt-1 flex flex-wrap gap-x-4">
          <Link className={link} href={`/accounts/${a.account.id}#decide`}>
            {t("decisions.ui.approvals.account", { id: a.account.id })}
          </Link>
          <span>{t("decisions.ui.approvals.customer", { name: a.account.customer })}</span>
          <span>{t(`status.${a.account.status}`)}</span>
        </p>
        <p className={`mt-1 ${muted}`}>
          {t("decisions.ui.approvals.waiting", { name: a.proposer.name, date: format.dateTime(new Date(a.proposedAt)), age: ageText(t, a.proposedAt, now) })}
        </p>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className={muted}>{t("decisions.ui.approvals.reasons")}</dt>
          <dd>{a.reasonCodes.map((code) => t(`decisions.reason.${code}` as MessageKey)).join(", ")}</dd>
          <dt className={muted}>{t("decisions.ui.approvals.note")}</dt>
          <dd className="whitespace-pre-line">{a.note}</dd>
          <dt className={muted}>{t("decisions.ui.approvals.evidence")}</dt>
          <dd>
            {e.rules.length > 0 ? e.rules.map((rule) => t(`queue.rule.${rule}`)).join(", ") : t("decisions.ui.approvals.noFlags")}
            {e.currentDpd !== null && (
              <span className="block">
                {t("decisions.ui.approvals.figures", { dpd: format.count(e.currentDpd), outstanding: money(e.outstanding), overdue: money(e.overdueAmount) })}
                {e.dpdAsOf && ` ${t("decisions.ui.approvals.asOf", { date: dayOf(format, e.dpdAsOf) })}`}
              </span>
            )}
          </dd>
          <dt className={muted}>{t("decisions.ui.approvals.effect")}</dt>
          <dd>{t(approvalEffectKey(a))}</dd>
        </dl>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Button disabled={own} aria-describedby={own ? ownId : undefined} aria-label={t("decisions.ui.approveLabel", { id: a.id })} onClick={(event) => onOpen("approve", event.currentTarget)}>
            {t("decisions.ui.approve")}
          </Button>
          <Button variant="danger" disabled={own} aria-describedby={own ? ownId : undefined} aria-label={t("decisions.ui.rejectLabel", { id: a.id })} onClick={(event) => onOpen("reject", event.currentTarget)}>
            {t("decisions.ui.reject")}
          </Button>
          {own && <p id={ownId} className="font-medium">{t("decisions.ui.approvals.own")}</p>}
        </div>
        {form}
      </article>
    </li>
  );
}
