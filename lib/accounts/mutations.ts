// Writes of the account page (server-only): adding a note, and unmasking the customer, which writes nothing but
// its audit record. Each runs in one transaction with its audit event, so there is no note and no disclosure
// without its record. Notes are never edited or deleted: a correction is a new note that points at the old one.
import "server-only";
import { AppError } from "@/lib/app-error";
import { appendAuditEvent, type AuditActor } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";

export interface AddedNote {
  noteId: number;
  accountId: number;
  caseId: number | null;
  correctsNoteId: number | null;
  createdAt: string;
}

/** A note on the account, attached to its open case if it has one; `correctsNoteId` must be a note of the same account. */
export async function createNote(input: {
  accountId: number;
  body: string;
  correctsNoteId?: number;
  authorId: number;
  actor: AuditActor;
}): Promise<AddedNote> {
  const { accountId, body, authorId, actor } = input;
  const correctsNoteId = input.correctsNoteId ?? null;
  return db.$transaction(async (tx) => {
    const [account] = await tx.$queryRaw<{ id: number; case_id: number | null; corrected_account_id: number | null }[]>`
      SELECT a.id,
        (SELECT c.id FROM review_case c WHERE c.account_id = a.id AND c.status <> 'CLOSED') AS case_id,
        (SELECT n.account_id FROM note n WHERE n.id = ${correctsNoteId}::int) AS corrected_account_id
      FROM account a WHERE a.id = ${accountId}`;
    if (!account) throw new AppError("NOT_FOUND", "account.notes.errors.accountNotFound");
    if (correctsNoteId !== null && account.corrected_account_id !== accountId) {
      throw new AppError("INVALID_INPUT", "account.notes.errors.notThisAccount");
    }
    const note = await tx.note.create({
      data: { accountId, caseId: account.case_id, authorId, body, correctsNoteId },
      select: { id: true, createdAt: true },
    });
    await appendAuditEvent(tx, actor, {
      action: "note.add",
      targetType: "note",
      targetId: note.id,
      accountId,
      caseId: account.case_id ?? undefined,
      note: body,
      after: { noteId: note.id, correctsNoteId },
    });
    return { noteId: note.id, accountId, caseId: account.case_id, correctsNoteId, createdAt: note.createdAt.toISOString() };
  });
}

export interface UnmaskedCustomer {
  fullName: string;
  nationalId: string;
  phone: string;
}

/** The customer behind the account, whole, with the viewer's stated reason on the audit trail. */
export async function discloseCustomer(input: { accountId: number; reason: string; actor: AuditActor }): Promise<UnmaskedCustomer> {
  const { accountId, reason, actor } = input;
  return db.$transaction(async (tx) => {
    const [customer] = await tx.$queryRaw<{ id: number; full_name: string; national_id: string; phone: string }[]>`
      SELECT c.id, c.full_name, c.national_id, c.phone
      FROM account a JOIN customer c ON c.id = a.customer_id WHERE a.id = ${accountId}`;
    if (!customer) throw new AppError("NOT_FOUND", "account.unmask.errors.accountNotFound");
    // What was revealed is named, never copied: the trail must not become a second store of the PII.
    await appendAuditEvent(tx, actor, {
      action: "customer.unmask",
      targetType: "customer",
      targetId: customer.id,
      accountId,
      note: reason,
      after: { fields: ["fullName", "nationalId", "phone"] },
    });
    return { fullName: customer.full_name, nationalId: customer.national_id, phone: customer.phone };
  });
}
