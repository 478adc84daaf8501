// Adding notes and unmasking the customer against the real database, through runAction with the real role map as
// lib/accounts/actions.ts binds them: each writes its audit event in the same transaction; a refused role, bad
// input, an unknown account or a correction of another account's note changes nothing.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CATALOGUES } from "@/lib/i18n/translate";
import { act } from "@/lib/queue/test-support";
import { addNoteHandler, unmaskCustomerHandler } from "./action-handlers";
import { findNotes } from "./find-notes";
import { addCase, createAccount, createUser } from "./timeline-test-support";

afterAll(() => db.$disconnect());



const notesOf = (accountId: number) => db.note.findMany({ where: { accountId }, orderBy: { id: "asc" } });

describe("addNote", () => {
  it("writes the note on the open case and its audit event, trimmed", async () => {
    const { accountId } = await createAccount();
    const caseId = await addCase(accountId, "2026-03-01T00:00:00Z");
    const officer = await createUser("RISK_OFFICER");
    const { result, audit } = await act(addNoteHandler, officer, { accountId, body: "  Customer promised to pay on Friday.  " });
    expect(result).toMatchObject({ ok: true, data: { accountId, caseId, correctsNoteId: null } });
    const [note] = await notesOf(accountId);
    expect(note).toMatchObject({ caseId, authorId: officer.id, body: "Customer promised to pay on Friday.", correctsNoteId: null });
    expect(await audit()).toEqual([
      expect.objectContaining({
        action: "note.add", targetType: "note", targetId: String(note.id), accountId, caseId, actorId: officer.id,
        note: "Customer promised to pay on Friday.", after: { noteId: note.id, correctsNoteId: null },
      }),
    ]);
  });

  it("writes a note with no case when the account has no open case", async () => {
    const { accountId } = await createAccount();
    await addCase(accountId, "2026-01-01T00:00:00Z", "2026-01-05T00:00:00Z");
    const { result } = await act(addNoteHandler, await createUser("SENIOR_OFFICER"), { accountId, body: "Reviewed after closure." });
    expect(result).toMatchObject({ ok: true, data: { caseId: null } });
  });

  it("adds a correction that points at the note it corrects, which stays as it was", async () => {
    const { accountId } = await createAccount();
    const officer = await createUser("RISK_OFFICER", "Note Author");
    const first = await act(addNoteHandler, officer, { accountId, body: "Customer lives in Hangzhou." });
    const noteId = first.result.ok ? first.result.data.noteId : 0;
    const { result, audit } = await act(addNoteHandler, officer, { accountId, body: "Correction: Suzhou, not Hangzhou.", correctsNoteId: noteId });
    expect(result).toMatchObject({ ok: true, data: { correctsNoteId: noteId } });
    expect((await audit())[0]).toMatchObject({ after: { correctsNoteId: noteId } });
    const notes = await notesOf(accountId);
    expect(notes.map((note) => [note.body, note.correctsNoteId])).toEqual([
      ["Customer lives in Hangzhou.", null],
      ["Correction: Suzhou, not Hangzhou.", noteId],
    ]);
    const listed = await findNotes({ accountId });
    expect(listed.hasMore).toBe(false);
    expect(listed.notes.map((note) => [note.correctsNoteId, note.correctedBy, note.author.name])).toEqual([
      [noteId, [], "Note Author"],
      [null, [notes[1].id], "Note Author"],
    ]);
  });

  it("refuses to correct another account's note, and writes nothing", async () => {
    const [mine, theirs] = await Promise.all([createAccount(), createAccount()]);
    const officer = await createUser("RISK_OFFICER");
    const other = await act(addNoteHandler, officer, { accountId: theirs.accountId, body: "A note on the other account." });
    const otherNoteId = other.result.ok ? other.result.data.noteId : 0;
    const { result, audit } = await act(addNoteHandler, officer, { accountId: mine.accountId, body: "Trying to correct it.", correctsNoteId: otherNoteId });
    expect(result).toEqual({ ok: false, error: { code: "INVALID_INPUT", message: CATALOGUES.en["account.notes.errors.notThisAccount"] } });
    expect(await notesOf(mine.accountId)).toEqual([]);
    expect(await audit()).toEqual([]);
    const missing = await act(addNoteHandler, officer, { accountId: mine.accountId, body: "Correcting a note that is not there.", correctsNoteId: 2_000_000_000 });
    expect(missing.result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });

  it("refuses a role without case:work, bad input and an unknown account, writing nothing", async () => {
    const { accountId } = await createAccount();
    const manager = await act(addNoteHandler, await createUser("MANAGER"), { accountId, body: "Managers only read." });
    expect(manager.result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const compliance = await act(addNoteHandler, await createUser("COMPLIANCE"), { accountId, body: "Compliance only reads." });
    expect(compliance.result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const officer = await createUser("RISK_OFFICER");
    for (const input of [{ accountId, body: "   too short    " }, { accountId, body: "x".repeat(4001) }, { accountId: "1", body: "a string id is not an id" }, { body: "no account at all" }]) {
      const bad = await act(addNoteHandler, officer, input);
      expect(bad.result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
      expect(await bad.audit()).toEqual([]);
    }
    const unknown = await act(addNoteHandler, officer, { accountId: 2_000_000_000, body: "No such account here." });
    expect(unknown.result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await unknown.audit()).toEqual([]);
    expect(await notesOf(accountId)).toEqual([]);
  });
});

describe("unmaskCustomer", () => {
  it("returns the customer whole and records who asked and why, without copying the values", async () => {
    const customer = await createAccount();
    const compliance = await createUser("COMPLIANCE");
    const { result, audit } = await act(unmaskCustomerHandler, compliance, { accountId: customer.accountId, reason: "  Regulator inquiry 2026-17  " });
    expect(result).toEqual({ ok: true, data: { fullName: customer.fullName, nationalId: customer.nationalId, phone: customer.phone } });
    const events = await audit();
    expect(events).toEqual([
      expect.objectContaining({
        action: "customer.unmask", targetType: "customer", targetId: String(customer.customerId), accountId: customer.accountId,
        actorId: compliance.id, role: "COMPLIANCE", note: "Regulator inquiry 2026-17",
      }),
    ]);
    const recorded = JSON.stringify(events, (_key, value) => (typeof value === "bigint" ? String(value) : value));
    for (const secret of [customer.fullName, customer.nationalId, customer.phone]) expect(recorded).not.toContain(secret);
  });

  it("refuses a role without customer:unmask, a short reason and an unknown account, recording nothing", async () => {
    const { accountId } = await createAccount();
    const manager = await act(unmaskCustomerHandler, await createUser("MANAGER"), { accountId, reason: "I would like to know." });
    expect(manager.result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await manager.audit()).toEqual([]);
    const officer = await createUser("RISK_OFFICER");
    const short = await act(unmaskCustomerHandler, officer, { accountId, reason: "   why    " });
    expect(short.result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await short.audit()).toEqual([]);
    const unknown = await act(unmaskCustomerHandler, officer, { accountId: 2_000_000_000, reason: "Customer on the phone." });
    expect(unknown.result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await unknown.audit()).toEqual([]);
  });
});

describe("findNotes", () => {
  it("lists the newest notes first, with their authors, and says when older ones exist", async () => {
    const { accountId } = await createAccount();
    const officer = await createUser("RISK_OFFICER", "Listing Officer");
    for (const [i, day] of ["2026-01-01", "2026-01-03", "2026-01-02"].entries()) {
      await db.note.create({ data: { accountId, authorId: officer.id, body: `Note number ${i}`, createdAt: new Date(`${day}T00:00:00Z`) } });
    }
    const page = await findNotes({ accountId, limit: 2 });
    expect(page.hasMore).toBe(true);
    expect(page.notes.map((note) => [note.body, note.author.name, note.createdAt])).toEqual([
      ["Note number 1", "Listing Officer", "2026-01-03T00:00:00.000Z"],
      ["Note number 2", "Listing Officer", "2026-01-02T00:00:00.000Z"],
    ]);
    expect(await findNotes({ accountId: 2_000_000_000 })).toEqual({ notes: [], hasMore: false });
  });
});
