"use client";
// Open appeals whose decision the panel does not list (it was cancelled while the appeal was open, or it is older
// than the decisions shown): the appeal still needs an answer, so it is listed on its own with "Reject appeal".
import { Button } from "@/components/ui/button";
import type { PanelAppeal } from "@/lib/decisions/get-decision-context";
import { useI18n } from "@/lib/i18n/client";
import { RejectAppealForm } from "./appeal-forms";
import { dayOf } from "./decision-text";
import type { OpenForm } from "./open-form";

export function OrphanAppeals(props: {
  appeals: PanelAppeal[];
  mayReject: Record<number, boolean>;
  open: OpenForm | null;
  show: (form: OpenForm, opener: HTMLElement) => void;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t, format } = useI18n();
  if (props.appeals.length === 0) return null;
  return (
    <ul className="space-y-3">
      {props.appeals.map((appeal) => (
        <li key={appeal.id} className="rounded-md border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950">
          <h4 className="font-semibold">{t("decisions.ui.appeal.open", { id: appeal.id })}</h4>
          {appeal.decisionId !== null && <p>{t("decisions.ui.appeal.against", { id: appeal.decisionId })}</p>}
          <p className="text-slate-600 dark:text-slate-400">
            {t("decisions.ui.appeal.received", { date: dayOf(format, appeal.receivedAt), channel: t(`decisions.ui.channel.${appeal.channel}`), name: appeal.createdBy })}
          </p>
          <p className="mt-1 whitespace-pre-line">{appeal.statement}</p>
          {props.mayReject[appeal.id] && (
            <Button className="mt-2" variant="danger" aria-label={t("decisions.ui.appeal.rejectLabel", { id: appeal.id })} onClick={(event) => props.show({ type: "rejectAppeal", appealId: appeal.id }, event.currentTarget)}>
              {t("decisions.ui.appeal.reject")}
            </Button>
          )}
          {props.open?.type === "rejectAppeal" && props.open.appealId === appeal.id && <RejectAppealForm appeal={appeal} onClose={props.onClose} onDone={props.onDone} />}
        </li>
      ))}
    </ul>
  );
}
