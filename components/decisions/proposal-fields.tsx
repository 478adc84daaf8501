"use client";
// The fields that depend on the kind of decision: the closure category (with what each category leads to), the new
// limit next to the current one (warning when it falls below the balance), the freeze end date, the reinstated limit
// of a reversal, and the channel of the customer notice with the language it goes out in.
import { useId } from "react";
import type { DecisionContext } from "@/lib/decisions/get-decision-context";
import type { FieldErrors, ProposalDraft } from "@/lib/decisions/form-checks";
import { ClosureCategory } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { toCents } from "@/lib/rules/money";
import { ChannelField, Field, FieldError, inputClass } from "./decision-fields";

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const NOTICE_KINDS: readonly string[] = ["CLOSE", "REDUCE_LIMIT", "FREEZE", "WARN"];

export function ProposalFields(props: {
  draft: ProposalDraft;
  set: (change: Partial<ProposalDraft>) => void;
  errors: FieldErrors;
  account: DecisionContext["account"];
  /** Tomorrow (UTC): the earliest end of a freeze. */
  minFreezeDate: string;
  /** A reversal that can reinstate a limit (not a freeze's, which changed no limit). */
  reinstatable?: boolean;
}) {
  const { draft, set, errors, account } = props;
  const { t, format } = useI18n();
  const categoryError = useId();
  const money = (amount: string) => format.money(amount, account.currency);
  const newLimit = (draft.newLimit ?? "").trim();
  const belowBalance = AMOUNT.test(newLimit) && toCents(newLimit) < toCents(account.outstanding);
  return (
    <>
      {draft.kind === "CLOSE" && (
        <fieldset aria-describedby={categoryError} aria-invalid={Boolean(errors.closureCategory)} className="space-y-1">
          <legend className="text-sm font-medium">{t("decisions.ui.form.closureCategory")}</legend>
          {Object.values(ClosureCategory).map((category) => (
            <label key={category} className="flex items-start gap-2 text-sm">
              <input type="radio" name="closureCategory" value={category} checked={draft.closureCategory === category} onChange={() => set({ closureCategory: category })} className="mt-0.5 size-4 accent-blue-700 dark:accent-sky-300" />
              <span>
                <span className="font-medium">{t(`account.header.closure.${category}`)}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">{t(`decisions.ui.form.closureHint.${category}`)}</span>
              </span>
            </label>
          ))}
          <FieldError id={categoryError} errors={errors} field="closureCategory" />
        </fieldset>
      )}
      {draft.kind === "REDUCE_LIMIT" && (
        <Field label={t("decisions.ui.form.newLimit", { currency: account.currency })} errors={errors} field="newLimit" hint={
          <>
            {t("decisions.ui.form.currentLimit", { limit: money(account.creditLimit), outstanding: money(account.outstanding) })}
            {belowBalance && <span className="block font-medium text-amber-800 dark:text-amber-300">{t("decisions.ui.form.belowBalance")}</span>}
          </>
        }>
          {({ id, describedBy, invalid }) => (
            <input id={id} inputMode="decimal" autoComplete="off" value={draft.newLimit ?? ""} onChange={(e) => set({ newLimit: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid} className={`${inputClass} max-w-48 tabular-nums`} />
          )}
        </Field>
      )}
      {draft.kind === "FREEZE" && (
        <Field label={t("decisions.ui.form.freezeUntil")} errors={errors} field="freezeUntil" hint={t("decisions.ui.form.freezeHint")}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="date" min={props.minFreezeDate} value={draft.freezeUntil ?? ""} onChange={(e) => set({ freezeUntil: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid} className={`${inputClass} max-w-48`} />
          )}
        </Field>
      )}
      {draft.kind === "REVERSE" && props.reinstatable && (
        <Field label={t("decisions.ui.form.reinstateLimit", { currency: account.currency })} errors={errors} field="reinstateLimit" hint={t("decisions.ui.form.reinstateHint")}>
          {({ id, describedBy, invalid }) => (
            <input id={id} inputMode="decimal" autoComplete="off" value={draft.reinstateLimit ?? ""} onChange={(e) => set({ reinstateLimit: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid} className={`${inputClass} max-w-48 tabular-nums`} />
          )}
        </Field>
      )}
      {NOTICE_KINDS.includes(draft.kind) && (
        <ChannelField
          label={t("decisions.ui.form.noticeChannel")}
          value={draft.noticeChannel ?? "APP"}
          onChange={(noticeChannel) => set({ noticeChannel })}
          errors={errors}
          hint={t("decisions.ui.form.noticeLanguage", { language: t(`account.header.language.${account.customerLanguage}`) })}
        />
      )}
    </>
  );
}
