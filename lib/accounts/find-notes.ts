// The account's notes (server-only), newest first, with their authors and the corrections between them. Notes
// are immutable, so a correction is shown beside the note it corrects rather than replacing it. Bounded: the
// oldest notes beyond the limit remain in the timeline, which pages.
import "server-only";
import { db } from "@/lib/db";

export const NOTES_LIMIT = 50;

export interface AccountNote {
  id: number;
  body: string;
  author: { id: number; name: string };
  createdAt: string;
  caseId: number | null;
  /** The earlier note this one corrects. */
  correctsNoteId: number | null;
  /** Later notes that correct this one, oldest first. */
  correctedBy: number[];
}

export interface AccountNotes {
  notes: AccountNote[];
  /** True when the account has older notes than these. */
  hasMore: boolean;
}

export interface FindNotesOptions {
  /** The account whose notes are read. */
  accountId: number;
  /** At most this many notes, the newest. */
  limit?: number;
}

interface NoteRow {
  id: number;
  body: string;
  author_id: number;
  author_name: string;
  created_at: Date;
  case_id: number | null;
  corrects_note_id: number | null;
  corrected_by: number[];
}

export async function findNotes({ accountId, limit = NOTES_LIMIT }: FindNotesOptions): Promise<AccountNotes> {
  // Corrections are looked up among the account's own notes, through its index: corrects_note_id has none.
  const rows = await db.$queryRaw<NoteRow[]>`
    SELECT n.id, n.body, n.author_id, u.name AS author_name, n.created_at, n.case_id, n.corrects_note_id,
      ARRAY(SELECT c.id FROM note c WHERE c.account_id = n.account_id AND c.corrects_note_id = n.id ORDER BY c.id) AS corrected_by
    FROM note n JOIN app_user u ON u.id = n.author_id
    WHERE n.account_id = ${accountId}
    ORDER BY n.created_at DESC, n.id DESC
    LIMIT ${limit + 1}`;
  return {
    notes: rows.slice(0, limit).map((row) => ({
      id: row.id,
      body: row.body,
      author: { id: row.author_id, name: row.author_name },
      createdAt: row.created_at.toISOString(),
      caseId: row.case_id,
      correctsNoteId: row.corrects_note_id,
      correctedBy: row.corrected_by,
    })),
    hasMore: rows.length > limit,
  };
}
