"use client";
// The inline form of one decision from the panel (or a reversal from the decision it undoes): the kind's fields,
// reasons and audit note, checked here as the server will check them; proposals (close, reduce, freeze, reverse) then
// ask for confirmation, since they go to a senior officer. The form's idempotency key is made once when it opens, so a
// double submit, or a retry after a lost response, creates one decision.
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { proposeDecision } from "@/lib/decisions/actions";
import { checkProposal, utcToday, type FieldErrors, type ProposalDraft } from "@/lib/decisions/form-checks";
import type { DecisionContext, PanelDecision } from "@/lib/decisions/get-decision-context";
import { DECISION_NOTE_MIN, type ProposableKind, type ProposeDecisionInput } from "@/lib/decisions/schemas";
import { isProposal, paramsOf } from "@/lib/decisions/state-machine";
import { useI18n } from "@/lib/i18n/client";
import { NoteField, ReasonFieldset } from "./decision-fields";
import { decisionSummary } from "./decision-text";
import { FormShell, SubmitButton } from "./form-shell";
import { ProposalFields } from "./proposal-fields";
import { useActionRunner } from "./use-action-runner";

const DAY = 86_400_000;

export function ProposalForm(props: {
  kind: ProposableKind;
  context: DecisionContext;
  /** For a reversal: the decision it undoes and the open appeal it answers. */
  reversal?: { decision: PanelDecision; appealId: number | null };
  level: 3 | 4;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { kind, context, reversal } = props;
  const { t, format } = useI18n();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  /** The earliest end of a freeze: tomorrow (UTC), as of when the form opened. */
  const [tomorrow] = useState(() => utcToday(new Date(Date.now() + DAY)));
  const [draft, setDraft] = useState<ProposalDraft>({ kind, reasonCodes: [], note: "", noticeChannel: "APP" });
  const [errors, setErrors] = useState<FieldErrors>({});
  /** The checked proposal waiting for the officer's confirmation. */
  const [confirming, setConfirming] = useState<ProposeDecisionInput | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const { pending, failure, setFailure, run } = useActionRunner(props.onDone);
  const set = (change: Partial<ProposalDraft>) => setDraft((previous) => ({ ...previous, ...change }));
  const proposal = isProposal(kind);
  const summary = (input: ProposeDecisionInput) =>
    decisionSummary({ t, format }, { kind, params: paramsOf(input), reverses: reversal && { id: reversal.decision.id, kind: reversal.decision.kind } }, context.account.currency);

  const submit = () => {
    const checked = checkProposal(draft, {
      accountId: context.account.id, accountVersion: context.account.version, currentLimit: context.account.creditLimit,
      openCase: context.openCase, idempotencyKey, today: utcToday(),
      reversesDecisionId: reversal?.decision.id, appealId: reversal?.appealId,
    });
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return setFailure(t("decisions.ui.form.fix"));
    if (proposal && !confirming) {
      setFailure(null);
      setConfirming(checked.input);
      requestAnimationFrame(() => confirmRef.current?.focus());
      return;
    }
    run(() => proposeDecision(checked.input), (done) =>
      t(done.status === "PROPOSED" ? "decisions.ui.done.proposed" : "decisions.ui.done.taken", { id: done.decisionId }),
    );
  };

  const title = kind === "REVERSE" ? t("decisions.ui.form.title.REVERSE", { id: reversal?.decision.id ?? "" }) : t(`decisions.ui.form.title.${kind}`);
  return (
    <FormShell
      title={title}
      level={props.level}
      intro={t(proposal ? "decisions.ui.form.proposal" : "decisions.ui.form.immediate")}
      failure={failure}
      pending={pending}
      onSubmit={submit}
      onClose={props.onClose}
      actions={
        confirming ? (
          <>
            <SubmitButton pending={pending} label={t("decisions.ui.confirm.yes")} variant={kind === "REVERSE" ? "primary" : "danger"} />
            <Button variant="secondary" disabled={pending} onClick={() => setConfirming(null)}>
              {t("decisions.ui.confirm.back")}
            </Button>
          </>
        ) : (
          <SubmitButton pending={pending} label={t(`decisions.ui.submit.${kind}`)} />
        )
      }
    >
      {confirming ? (
        <div className="space-y-1 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          <p ref={confirmRef} tabIndex={-1} className="font-semibold outline-none">
            {t("decisions.ui.confirm.title")}: {t("decisions.ui.confirm.summary", { summary: summary(confirming) })}
          </p>
          <p>{t("decisions.ui.form.proposal")}</p>
        </div>
      ) : (
        <div className="space-y-3">
          <ProposalFields draft={draft} set={set} errors={errors} account={context.account} minFreezeDate={tomorrow} reinstatable={reversal?.decision.kind !== "FREEZE"} />
          <ReasonFieldset kind={kind} value={draft.reasonCodes} onChange={(reasonCodes) => set({ reasonCodes })} errors={errors} />
          <NoteField label={t("decisions.ui.form.note")} hint={t("decisions.ui.form.noteHint", { min: DECISION_NOTE_MIN })} value={draft.note} onChange={(note) => set({ note })} errors={errors} />
        </div>
      )}
    </FormShell>
  );
}
