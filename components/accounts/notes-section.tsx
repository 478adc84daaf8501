"use client";
// The account's notes, newest first, and the form to add one. Notes are never edited: "Correct" opens the form
// prefilled with the note, and what is saved is a new note that points at it (./note-form.tsx).
import { useId, useRef, useState } from "react";
import type { AccountNote } from "@/lib/accounts/find-notes";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { NoteForm } from "./note-form";

export interface NotesSectionProps {
  accountId: number;
  /** The newest notes (lib/accounts/find-notes.ts). */
  notes: AccountNote[];
  /** More notes exist than are listed. */
  hasMore: boolean;
  /** The viewer may add notes (case:work). */
  canAdd: boolean;
}

export function NotesSection({ accountId, notes, hasMore, canAdd }: NotesSectionProps) {
  const { t, format } = useI18n();
  const headingId = useId();
  const [correcting, setCorrecting] = useState<AccountNote | null>(null);
  const [body, setBody] = useState("");
  const textarea = useRef<HTMLTextAreaElement>(null);

  const startCorrection = (note: AccountNote) => {
    setCorrecting(note);
    setBody(note.body);
    textarea.current?.focus();
  };

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("account.notes.title")}
      </h2>
      {canAdd ? (
        <NoteForm
          accountId={accountId}
          correcting={correcting}
          body={body}
          setBody={setBody}
          textarea={textarea}
          done={() => setCorrecting(null)}
        />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("account.notes.readOnly")}</p>
      )}
      {notes.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("account.notes.empty")}</p>
      ) : (
        <ol className="space-y-3">
          {notes.map((note) => (
            <li
              key={note.id}
              id={`note-${note.id}`}
              className="rounded-lg border border-slate-300 bg-white p-3 text-sm dark:border-slate-700 dark:bg-slate-900"
            >
              <p className="flex flex-wrap gap-x-3 text-slate-600 dark:text-slate-400">
                <span className="font-medium text-slate-900 dark:text-slate-100">{t("account.notes.number", { noteId: note.id })}</span>
                <span>{t("account.notes.byline", { author: note.author.name, time: format.dateTime(new Date(note.createdAt)) })}</span>
                {note.caseId !== null && <span>{t("account.notes.onCase", { caseId: note.caseId })}</span>}
              </p>
              {note.correctsNoteId !== null && (
                <p className="mt-1">
                  <a className="underline" href={`#note-${note.correctsNoteId}`}>
                    {t("account.notes.corrects", { noteId: note.correctsNoteId })}
                  </a>
                </p>
              )}
              <p dir="auto" className="mt-2 break-words whitespace-pre-wrap">{note.body}</p>
              <div className="mt-2 flex flex-wrap items-center gap-3">
                {note.correctedBy.length > 0 && (
                  <p className="text-slate-600 dark:text-slate-400">
                    {t("account.notes.correctedBy", {
                      notes: note.correctedBy.map((noteId) => t("account.notes.noteRef", { noteId })).join(", "),
                    })}
                  </p>
                )}
                {canAdd && (
                  <Button variant="secondary" aria-label={t("account.notes.correctLabel", { noteId: note.id })} onClick={() => startCorrection(note)}>
                    {t("account.notes.correct")}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {hasMore && <p className="text-sm text-slate-600 dark:text-slate-400">{t("account.notes.more", { count: format.count(notes.length) })}</p>}
    </section>
  );
}
