"use client";
// One decision still in play on the account page: what it is, who proposed it and why, where it stands (waiting for
// approval, scheduled for a date, in effect), its open appeal, and the steps the viewer may take on it (approve,
// reject, cancel, record an appeal, propose a reversal, reject the appeal, download the referral report), each
// opening its form in place.
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { PanelAppeal, PanelDecision } from "@/lib/decisions/get-decision-context";
import type { DecisionOffer } from "@/lib/decisions/offered-actions";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";
import { dayOf, decisionSummary, scheduledText } from "./decision-text";
import type { OpenForm } from "./open-form";

const muted = "text-slate-600 dark:text-slate-400";
const link = "text-blue-700 underline underline-offset-2 rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-sky-300 dark:focus-visible:outline-sky-300";

export function DecisionItem(props: {
  decision: PanelDecision;
  offer: DecisionOffer;
  /** The open appeal against this decision, with whether the viewer may reject it. */
  appeal: { appeal: PanelAppeal; mayReject: boolean; reversalPending: boolean } | null;
  currency: string;
  /** The account's days past due: why a scheduled decision cannot be cancelled yet. */
  currentDpd: number;
  open: (form: OpenForm, opener: HTMLElement) => void;
  /** The form open on this decision, if any. */
  form: ReactNode;
}) {
  const { decision: d, offer, appeal, currency } = props;
  const { t, format } = useI18n();
  const i18n = { t, format };
  const summary = decisionSummary(i18n, d, currency);
  const scheduled = scheduledText(i18n, d, currency);
  const button = (label: MessageKey, aria: MessageKey, form: OpenForm, variant: "primary" | "secondary" | "danger" = "secondary") => (
    <Button variant={variant} aria-label={t(aria, { id: form.type === "rejectAppeal" ? form.appealId : d.id })} onClick={(event) => props.open(form, event.currentTarget)}>
      {t(label)}
    </Button>
  );
  return (
    <li>
      <article aria-labelledby={`panel-decision-${d.id}`} className="rounded-lg border border-slate-300 bg-white p-4 text-sm dark:border-slate-700 dark:bg-slate-900">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h4 id={`panel-decision-${d.id}`} className="text-base font-semibold">
            {t("decisions.ui.decision.heading", { id: d.id, summary })}
          </h4>
          <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs font-medium dark:border-slate-600">{t(`account.decisions.status.${d.status}`)}</span>
        </div>
        {scheduled && <p className="mt-1 font-semibold text-amber-800 dark:text-amber-300">{scheduled}</p>}
        {d.status === "EFFECTIVE" && d.effectiveAt && <p className="mt-1">{t("decisions.ui.decision.effectiveAt", { date: format.dateTime(new Date(d.effectiveAt)) })}</p>}
        <p className={`mt-1 ${muted}`}>{t("account.decisions.proposed", { name: d.proposer.name, date: format.dateTime(new Date(d.proposedAt)) })}</p>
        <p className="mt-1">
          <span className={muted}>{t("account.decisions.reasons")}: </span>
          {d.reasonCodes.map((code) => t(`decisions.reason.${code}` as MessageKey)).join(", ")}
        </p>
        <p className="mt-1 whitespace-pre-line">
          <span className={muted}>{t("account.decisions.note")}: </span>
          {d.note}
        </p>
        {offer.waiting && <p className="mt-2 font-medium">{t(`decisions.ui.waiting.${offer.waiting}`)}</p>}
        {offer.cancel === "notCured" && <p className={`mt-2 ${muted}`}>{t("decisions.ui.notCured", { dpd: format.count(props.currentDpd) })}</p>}
        {appeal && (
          <div className="mt-3 rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950">
            <p className="font-semibold">{t("decisions.ui.appeal.open", { id: appeal.appeal.id })}</p>
            <p className={muted}>
              {t("decisions.ui.appeal.received", {
                date: dayOf(format, appeal.appeal.receivedAt),
                channel: t(`decisions.ui.channel.${appeal.appeal.channel}`),
                name: appeal.appeal.createdBy,
              })}
            </p>
            <p className="mt-1 whitespace-pre-line">{appeal.appeal.statement}</p>
            {appeal.reversalPending && <p className="mt-1 font-medium">{t("decisions.ui.appeal.reversalPending")}</p>}
          </div>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {offer.approve && button("decisions.ui.approve", "decisions.ui.approveLabel", { type: "decide", step: "approve", decisionId: d.id }, "primary")}
          {offer.reject && button("decisions.ui.reject", "decisions.ui.rejectLabel", { type: "decide", step: "reject", decisionId: d.id }, "danger")}
          {offer.cancel === "allowed" && button("decisions.ui.cancel", "decisions.ui.cancelLabel", { type: "decide", step: "cancel", decisionId: d.id })}
          {offer.recordAppeal && button("decisions.ui.appeal.record", "decisions.ui.appeal.recordLabel", { type: "appeal", decisionId: d.id })}
          {offer.reverse && button("decisions.ui.reverse", "decisions.ui.reverseLabel", { type: "reverse", decisionId: d.id, appealId: offer.reverse.appealId })}
          {appeal?.mayReject && button("decisions.ui.appeal.reject", "decisions.ui.appeal.rejectLabel", { type: "rejectAppeal", appealId: appeal.appeal.id })}
          {offer.referralReport && (
            <a className={link} href={`/api/decisions/${d.id}/referral-report`} download>
              {t("decisions.ui.referral")}
            </a>
          )}
        </div>
        {props.form}
      </article>
    </li>
  );
}
