"use client";
// The form that adds a note or a correction: the same character rules as the action (trimmed, 10 to 4,000), a
// counter, pending and error states announced in a live region. After a note is added the timeline's queries are
// invalidated and the page's server data refreshed, so both show it.
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useActionState, useId, type RefObject } from "react";
import { addNote } from "@/lib/accounts/actions";
import type { AccountNote } from "@/lib/accounts/find-notes";
import { NOTE_MAX, NOTE_MIN } from "@/lib/accounts/schemas";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { timelineQueryKey } from "./timeline";

type FormState = { status: "idle" } | { status: "added"; noteId: number } | { status: "error"; message: string };

export interface NoteFormProps {
  accountId: number;
  /** The note being corrected, or null for a new note. */
  correcting: AccountNote | null;
  body: string;
  setBody: (body: string) => void;
  textarea: RefObject<HTMLTextAreaElement | null>;
  /** Called when the correction is saved or cancelled. */
  done: () => void;
}

export function NoteForm(props: NoteFormProps) {
  const { accountId, correcting, body, setBody, textarea, done } = props;
  const { t, format } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const ids = { body: useId(), hint: useId(), counter: useId(), message: useId() };
  const length = body.trim().length;

  const [state, submit, pending] = useActionState(async (_previous: FormState, form: FormData): Promise<FormState> => {
    const text = String(form.get("body") ?? "").trim();
    if (text.length < NOTE_MIN) return { status: "error", message: t("account.notes.form.tooShort", { min: NOTE_MIN }) };
    if (text.length > NOTE_MAX) return { status: "error", message: t("account.notes.form.tooLong", { max: NOTE_MAX }) };
    const correctsNoteId = Number(form.get("correctsNoteId")) || undefined;
    const result = await addNote({ accountId, body: text, correctsNoteId });
    if (!result.ok) return { status: "error", message: result.error.message };
    setBody("");
    done();
    void queryClient.invalidateQueries({ queryKey: timelineQueryKey(accountId) });
    router.refresh();
    return { status: "added", noteId: result.data.noteId };
  }, { status: "idle" });

  const cancel = () => {
    setBody("");
    done();
  };

  return (
    <form action={submit} noValidate className="space-y-2 rounded-lg border border-slate-300 p-3 dark:border-slate-700">
      <label htmlFor={ids.body} className="block text-sm font-medium">
        {correcting ? t("account.notes.form.correcting", { noteId: correcting.id }) : t("account.notes.form.add")}
      </label>
      {correcting && <input type="hidden" name="correctsNoteId" value={correcting.id} />}
      <textarea
        id={ids.body}
        ref={textarea}
        name="body"
        rows={4}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && correcting) cancel();
        }}
        aria-describedby={`${ids.hint} ${ids.counter} ${ids.message}`}
        aria-invalid={state.status === "error"}
        className="block w-full rounded-md border border-slate-400 bg-white p-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-700 dark:border-slate-500 dark:bg-slate-950 dark:focus-visible:ring-sky-300"
      />
      <div className="flex flex-wrap justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <p id={ids.hint}>{t("account.notes.form.hint", { min: NOTE_MIN, max: format.count(NOTE_MAX) })}</p>
        <p id={ids.counter} className={length > NOTE_MAX ? "font-semibold text-red-800 dark:text-red-300" : ""}>
          {t("account.notes.form.counter", { count: format.count(length), max: format.count(NOTE_MAX) })}
        </p>
      </div>
      <p id={ids.message} aria-live="polite" className={`text-sm ${state.status === "error" ? "text-red-800 dark:text-red-300" : ""}`}>
        {!pending && state.status === "error" && state.message}
        {!pending && state.status === "added" && t("account.notes.added", { noteId: state.noteId })}
      </p>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {t(pending ? "account.notes.form.submitting" : correcting ? "account.notes.form.submitCorrection" : "account.notes.form.submit")}
        </Button>
        {correcting && (
          <Button variant="secondary" onClick={cancel} disabled={pending}>
            {t("account.notes.form.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
