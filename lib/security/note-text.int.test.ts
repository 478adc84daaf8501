// Notes as people really write them, through the real addNote action: control characters, Windows line breaks, a
// right-to-left override, Arabic, Hebrew and Chinese, and the length limit on both sides. What is accepted is stored
// and read back (by the account page's reader and on the audit trail) exactly as sent after trimming; NUL, which
// PostgreSQL text cannot hold, is refused as invalid input rather than failing as a 500; and no note, even one
// that carries a JSON object after a newline, adds a line of its own to the server's JSON log.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addNote } from "@/lib/accounts/actions";
import { findNotes } from "@/lib/accounts/find-notes";
import { NOTE_MAX } from "@/lib/accounts/schemas";
import { db } from "@/lib/db";
import { createCase, createUser, testRegion } from "@/lib/queue/test-support";
import { testRequest } from "./request-context";

vi.mock("next-auth/jwt", async () => (await import("./request-context")).nextAuthJwtMock);
vi.mock("next/headers", async () => (await import("./request-context")).nextHeadersMock);
const logged = vi.hoisted(() => ({ lines: (): string[] => [], clear: () => {} }));
vi.mock("@/lib/log", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/log")>();
  const { capturedLog } = await import("./log-capture");
  const captured = capturedLog(original.createLogger);
  Object.assign(logged, { lines: captured.lines, clear: captured.clear });
  return { ...original, log: captured.log };
});

/** When set, the next note's write fails unexpectedly, with the note's text in the error (as a driver error might). */
const failure = vi.hoisted(() => ({ next: false }));
vi.mock("@/lib/accounts/mutations", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/accounts/mutations")>();
  return {
    ...original,
    createNote: (input: Parameters<typeof original.createNote>[0]) => {
      if (!failure.next) return original.createNote(input);
      failure.next = false;
      return Promise.reject(new Error(`write failed for note: ${input.body}`));
    },
  };
});

afterAll(() => db.$disconnect());

let officer: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  officer = await createUser("RISK_OFFICER");
});

async function add(body: string, accountId?: number) {
  const account = accountId ?? (await createCase({ region: testRegion(), dueAt: new Date(Date.now() + 86_400_000) })).accountId;
  testRequest.session = { user: { id: officer.id, role: officer.role, signedInAt: Date.now() } };
  testRequest.requestId = randomUUID();
  return { accountId: account, requestId: testRequest.requestId, result: await addNote({ accountId: account, body }) };
}

async function expectStoredIntact(body: string) {
  const { accountId, requestId, result } = await add(body);
  expect(result).toMatchObject({ ok: true });
  const { notes } = await findNotes({ accountId });
  expect(notes.map((note) => note.body)).toEqual([body]);
  const [event] = await db.auditEvent.findMany({ where: { requestId } });
  expect(event.note).toBe(body);
}

const FORGED = 'Paid in full.\n{"level":"info","event":"auth.signIn","userId":1,"role":"ADMIN"}\r\n{"event":"forged"}';

describe("note text", () => {
  it.each([
    ["a bell and Windows line breaks", "Called twice\u0007, no answer.\r\nLeft a voicemail.\r\nWill retry."],
    ["a right-to-left override", "Receipt name: \u202Etxt.exe\u202C checked, refers to the purchase."],
    ["Arabic", "اتصلت بالعميل ووعد بالسداد يوم الجمعة."],
    ["Hebrew", "התקשרתי ללקוח, הבטיח לשלם ביום שישי."],
    ["Chinese", "客户来电，承诺周五还款；已核实身份。"],
    ["mixed scripts, emoji and a line separator", "Customer 张三 (عميل) said \u2028 \"ok\" 👍 — will pay."],
    ["a forged log line", FORGED],
  ])("stores %s and reads it back intact", (_label, body) => expectStoredIntact(body));

  it("takes exactly the maximum length, counted after trimming, and refuses one more", async () => {
    await expectStoredIntact("长".repeat(NOTE_MAX));
    await expectStoredIntact("x".repeat(NOTE_MAX - 2) + "😀"); // a surrogate pair counts as two, as in the form
    const tooLong = await add("长".repeat(NOTE_MAX + 1));
    expect(tooLong.result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await db.note.count({ where: { accountId: tooLong.accountId } })).toBe(0);
  });

  it("refuses NUL as invalid input, writing nothing, instead of failing in the database", async () => {
    for (const body of ["Paid\u0000 in full on Friday.", "\u0000".repeat(12), "Settled via bank transfer.\u0000"]) {
      const { accountId, result } = await add(body);
      expect(result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
      expect(await db.note.count({ where: { accountId } })).toBe(0);
    }
  });

  it("cannot forge a log line, even when an unexpected failure logs an error carrying the note", async () => {
    logged.clear();
    failure.next = true;
    const { result, requestId } = await add(FORGED);
    expect(result).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    const lines = logged.lines();
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ event: "action.failed", requestId, level: "error" });
    expect(entries.some((entry) => entry.event === "forged" || entry.event === "auth.signIn")).toBe(false);
  });
});
