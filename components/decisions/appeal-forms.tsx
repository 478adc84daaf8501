"use client";
// The two appeal forms: recording a customer's appeal against a decision (how and when it arrived, the customer's
// statement), which reopens the case for the appeal; and rejecting an open appeal with the reason the customer is
// sent. Upholding an appeal is a reversal, proposed from the decision (./proposal-form.tsx).
import { useState } from "react";
import { recordAppeal, rejectAppeal } from "@/lib/decisions/actions";
import { checkAppeal, checkRejectAppeal, utcToday, type FieldErrors } from "@/lib/decisions/form-checks";
import type { DecisionContext } from "@/lib/decisions/get-decision-context";
import { APPEAL_STATEMENT_MAX, APPEAL_STATEMENT_MIN, DECISION_NOTE_MIN } from "@/lib/decisions/schemas";
import { useI18n } from "@/lib/i18n/client";
import { ChannelField, Field, inputClass, NoteField } from "./decision-fields";
import { FormShell, SubmitButton } from "./form-shell";
import { useActionRunner } from "./use-action-runner";

interface FormProps {
  onClose: () => void;
  onDone: (message: string) => void;
}

export function RecordAppealForm(props: FormProps & { decisionId: number; account: DecisionContext["account"] }) {
  const { t, format } = useI18n();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [today] = useState(() => utcToday());
  const [draft, setDraft] = useState({ channel: "", receivedOn: today, statement: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { pending, failure, setFailure, run } = useActionRunner(props.onDone);
  const set = (change: Partial<typeof draft>) => setDraft((previous) => ({ ...previous, ...change }));
  const limits = { statementMin: APPEAL_STATEMENT_MIN, statementMax: format.count(APPEAL_STATEMENT_MAX) };

  const submit = () => {
    const frame = { accountId: props.account.id, accountVersion: props.account.version, decisionId: props.decisionId, idempotencyKey, today: utcToday() };
    const checked = checkAppeal(draft, frame);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return setFailure(t("decisions.ui.form.fix"));
    run(() => recordAppeal(checked.input), () => t("decisions.ui.done.appealRecorded"));
  };

  return (
    <FormShell title={t("decisions.ui.appeal.title", { id: props.decisionId })} level={4} failure={failure} pending={pending} onSubmit={submit} onClose={props.onClose} actions={<SubmitButton pending={pending} label={t("decisions.ui.appeal.record")} />}>
      <ChannelField label={t("decisions.ui.appeal.channel")} value={draft.channel} onChange={(channel) => set({ channel })} errors={errors} field="channel" allowEmpty />
      <Field label={t("decisions.ui.appeal.receivedOn")} errors={errors} field="receivedOn">
        {({ id, describedBy, invalid }) => (
          <input id={id} type="date" max={today} value={draft.receivedOn} onChange={(e) => set({ receivedOn: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid} className={`${inputClass} max-w-48`} />
        )}
      </Field>
      <Field label={t("decisions.ui.appeal.statement")} errors={errors} field="statement" hint={t("decisions.ui.appeal.statementHint", limits)}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} rows={4} value={draft.statement} onChange={(e) => set({ statement: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
    </FormShell>
  );
}

export function RejectAppealForm(props: FormProps & { appeal: { id: number; version: number } }) {
  const { t } = useI18n();
  const [reason, setReason] = useState("");
  const [channel, setChannel] = useState("APP");
  const [errors, setErrors] = useState<FieldErrors>({});
  const { pending, failure, setFailure, run } = useActionRunner(props.onDone);

  const submit = () => {
    const checked = checkRejectAppeal(props.appeal.id, props.appeal.version, reason, channel);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return setFailure(t("decisions.ui.form.fix"));
    run(() => rejectAppeal(checked.input), () => t("decisions.ui.done.appealRejected"));
  };

  return (
    <FormShell title={t("decisions.ui.appeal.rejectTitle", { id: props.appeal.id })} level={4} failure={failure} pending={pending} onSubmit={submit} onClose={props.onClose} actions={<SubmitButton pending={pending} label={t("decisions.ui.appeal.rejectYes")} variant="danger" />}>
      <NoteField label={t("decisions.ui.appeal.rejectReason")} hint={t("decisions.ui.appeal.rejectHint", { min: DECISION_NOTE_MIN })} value={reason} onChange={setReason} errors={errors} field="reason" autoFocus />
      <ChannelField label={t("decisions.ui.form.noticeChannel")} value={channel} onChange={setChannel} errors={errors} />
    </FormShell>
  );
}
