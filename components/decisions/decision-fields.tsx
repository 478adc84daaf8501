"use client";
// The fields every decision form shares: reason checkboxes, the audit note with its counter, the notice channel, and a
// field's error, each labelled and tied to its hint and error (aria-describedby, aria-invalid) so a screen reader
// hears what is wrong where it is wrong.
import { useId, type ReactNode } from "react";
import type { FieldErrors, FieldName } from "@/lib/decisions/form-checks";
import { DECISION_NOTE_MAX, REASON_CODES, type ProposableKind } from "@/lib/decisions/schemas";
import { NoticeChannel } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 outline-none focus-visible:ring-2 focus-visible:ring-blue-700 aria-[invalid=true]:border-red-700 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:focus-visible:ring-sky-300 dark:aria-[invalid=true]:border-red-300";
const hintClass = "text-xs text-slate-600 dark:text-slate-400";
export const CHANNELS = Object.values(NoticeChannel);

/** A field's error text, announced with the field (its id goes into the field's aria-describedby). */
export function FieldError({ id, errors, field }: { id: string; errors: FieldErrors; field: FieldName }) {
  const { t } = useI18n();
  const error = errors[field];
  return (
    <p id={id} className="text-sm font-medium text-red-800 dark:text-red-300">
      {error && t(error.key, error.values)}
    </p>
  );
}

/** Label, control, hint and error of one field; `children` gets the ids the control must use. */
export function Field(props: { label: string; hint?: ReactNode; errors: FieldErrors; field: FieldName; children: (ids: { id: string; describedBy: string; invalid: boolean }) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
      </label>
      {props.children({ id, describedBy: props.hint ? `${hintId} ${errorId}` : errorId, invalid: Boolean(props.errors[props.field]) })}
      {props.hint && <div id={hintId} className={hintClass}>{props.hint}</div>}
      <FieldError id={errorId} errors={props.errors} field={props.field} />
    </div>
  );
}

export function ReasonFieldset(props: { kind: ProposableKind; value: string[]; onChange: (codes: string[]) => void; errors: FieldErrors }) {
  const { t } = useI18n();
  const errorId = useId();
  const toggle = (code: string, on: boolean) => props.onChange(on ? [...props.value, code] : props.value.filter((c) => c !== code));
  return (
    <fieldset aria-describedby={errorId} aria-invalid={Boolean(props.errors.reasonCodes)} className="space-y-1">
      <legend className="text-sm font-medium">{t("decisions.ui.form.reasons")}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {REASON_CODES[props.kind].map((code) => (
          <label key={code} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="reasonCodes" value={code} checked={props.value.includes(code)} onChange={(e) => toggle(code, e.target.checked)} className="mt-0.5 size-4 accent-blue-700 dark:accent-sky-300" />
            {t(`decisions.reason.${code}` as MessageKey)}
          </label>
        ))}
      </div>
      <FieldError id={errorId} errors={props.errors} field="reasonCodes" />
    </fieldset>
  );
}

/** The audit note (or any note of DECISION_NOTE_MIN..MAX characters) with a live character count. */
export function NoteField(props: { label: string; hint: string; value: string; onChange: (text: string) => void; errors: FieldErrors; field?: FieldName; autoFocus?: boolean }) {
  const { t, format } = useI18n();
  const counterId = useId();
  const length = props.value.trim().length;
  return (
    <Field label={props.label} errors={props.errors} field={props.field ?? "note"} hint={
      <span className="flex flex-wrap justify-between gap-2">
        <span>{props.hint}</span>
        <span id={counterId}>{t("decisions.ui.form.counter", { count: format.count(length), max: format.count(DECISION_NOTE_MAX) })}</span>
      </span>
    }>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} rows={3} value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid} autoFocus={props.autoFocus} className={inputClass} />
      )}
    </Field>
  );
}

export function ChannelField(props: { label: string; value: string; onChange: (channel: string) => void; errors: FieldErrors; field?: FieldName; hint?: string; allowEmpty?: boolean }) {
  const { t } = useI18n();
  return (
    <Field label={props.label} errors={props.errors} field={props.field ?? "noticeChannel"} hint={props.hint}>
      {({ id, describedBy, invalid }) => (
        <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid} className={`${inputClass} max-w-60`}>
          {props.allowEmpty && <option value="">—</option>}
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`decisions.ui.channel.${channel}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
