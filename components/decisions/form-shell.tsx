"use client";
// The frame of every inline decision form: a heading, what the decision does, the fields, the refusal from the server
// (role="alert", so it is heard at once), the buttons, and Escape to close. Forms are `noValidate`: the checks and
// their messages are ours (lib/decisions/form-checks.ts), the same in both languages and for screen readers.
import { useId, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export function FormShell(props: {
  title: string;
  /** Heading level: 3 under the panel's heading, 4 inside a decision. */
  level: 3 | 4;
  intro?: ReactNode;
  failure: string | null;
  pending: boolean;
  onSubmit: () => void;
  onClose: () => void;
  /** The submit button(s). */
  actions: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const Heading = props.level === 3 ? "h3" : "h4";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.pending) props.onSubmit();
  };
  return (
    <form
      noValidate
      aria-labelledby={headingId}
      aria-busy={props.pending}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !props.pending) {
          event.preventDefault();
          props.onClose();
        }
      }}
      className="mt-3 space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-4 dark:border-slate-600 dark:bg-slate-900"
    >
      <Heading id={headingId} className="text-base font-semibold">
        {props.title}
      </Heading>
      {props.intro && <div className="text-sm text-slate-700 dark:text-slate-300">{props.intro}</div>}
      {props.children}
      <p role="alert" className="text-sm font-medium text-red-800 dark:text-red-300">
        {props.failure}
      </p>
      <div className="flex flex-wrap gap-2">
        {props.actions}
        <Button variant="secondary" onClick={props.onClose} disabled={props.pending}>
          {t("decisions.ui.form.discard")}
        </Button>
      </div>
    </form>
  );
}

/** The primary button of a form, saying "Sending…" while its action runs. */
export function SubmitButton({ pending, label, variant = "primary" }: { pending: boolean; label: string; variant?: "primary" | "danger" }) {
  const { t } = useI18n();
  return (
    <Button type="submit" variant={variant} disabled={pending}>
      {pending ? t("decisions.ui.form.sending") : label}
    </Button>
  );
}
