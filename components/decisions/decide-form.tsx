"use client";
// Approving, rejecting or cancelling one decision, from the panel or the approvals screen: a note of at least 20
// characters, then a confirmation that says what the decision is and what the step leads to. The decision's version
// goes with it, so a decision someone else has just decided is refused with what changed.
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { approveDecision, cancelDecision, rejectDecision } from "@/lib/decisions/actions";
import { checkDecide, type FieldErrors } from "@/lib/decisions/form-checks";
import { DECISION_NOTE_MIN, type DecideInput } from "@/lib/decisions/schemas";
import { useI18n } from "@/lib/i18n/client";
import { NoteField } from "./decision-fields";
import { FormShell, SubmitButton } from "./form-shell";
import { useActionRunner } from "./use-action-runner";

export type DecideStep = "approve" | "reject" | "cancel";

const ACTIONS = { approve: approveDecision, reject: rejectDecision, cancel: cancelDecision };
const DONE = { approve: "decisions.ui.done.approved", reject: "decisions.ui.done.rejected", cancel: "decisions.ui.done.cancelled" } as const;

export function DecideForm(props: {
  step: DecideStep;
  decision: { id: number; version: number };
  /** The decision in words (./decision-text.ts). */
  summary: string;
  /** What approving leads to, in words; shown when approving. */
  effect: string;
  level: 3 | 4;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { step, decision } = props;
  const { t } = useI18n();
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState<DecideInput | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const { pending, failure, setFailure, run } = useActionRunner(props.onDone);
  const values = { id: decision.id, summary: props.summary, effect: props.effect };

  const submit = () => {
    if (confirming) {
      run(() => ACTIONS[step](confirming), (done) => t(DONE[step], { id: done.decisionId }));
      return;
    }
    const checked = checkDecide(decision.id, decision.version, note);
    setErrors(checked.ok ? {} : checked.errors);
    setFailure(checked.ok ? null : t("decisions.ui.form.fix"));
    if (!checked.ok) return;
    setConfirming(checked.input);
    requestAnimationFrame(() => confirmRef.current?.focus());
  };

  return (
    <FormShell
      title={t(`decisions.ui.decide.${step}Title`, { id: decision.id })}
      level={props.level}
      failure={failure}
      pending={pending}
      onSubmit={submit}
      onClose={props.onClose}
      actions={
        confirming ? (
          <>
            <SubmitButton pending={pending} label={t(`decisions.ui.decide.${step}Yes`)} variant={step === "approve" ? "primary" : "danger"} />
            <Button variant="secondary" disabled={pending} onClick={() => setConfirming(null)}>
              {t("decisions.ui.confirm.back")}
            </Button>
          </>
        ) : (
          <SubmitButton pending={pending} label={t("decisions.ui.decide.continue")} />
        )
      }
    >
      {confirming ? (
        <p ref={confirmRef} tabIndex={-1} className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm font-medium outline-none dark:border-amber-700 dark:bg-amber-950">
          {t(`decisions.ui.decide.${step}Confirm`, values)}
        </p>
      ) : (
        <NoteField label={t(`decisions.ui.decide.${step}Note`)} hint={t("decisions.ui.form.noteHint", { min: DECISION_NOTE_MIN })} value={note} onChange={setNote} errors={errors} autoFocus />
      )}
    </FormShell>
  );
}
