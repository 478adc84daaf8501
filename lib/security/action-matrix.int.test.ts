// The generated access matrix of the server actions: every export of every "use server" module (found by
// ./server-action-modules.ts) is called for real, through authedAction and the session check, as each role, signed
// out, and as a disabled user still holding a session cookie. A role with the entry's permission succeeds on a valid
// input; every other caller is refused, and the database (every table an action writes, and the audit trail) is
// exactly as it was. An export with no entry in ./action-matrix.ts fails, named.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { can, ROLES } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/queue/test-support";
import { ACTION_MATRIX, type Others, type TestUser } from "./action-matrix";
import { dbFingerprint } from "./db-fingerprint";
import { testRequest } from "./request-context";
import { exportedServerActions, type ExportedAction } from "./server-action-modules";

vi.mock("next-auth/jwt", async () => (await import("./request-context")).nextAuthJwtMock);
vi.mock("next/headers", async () => (await import("./request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

afterAll(() => db.$disconnect());

type Caller = { label: string; user: TestUser | null; expected: (permission: Parameters<typeof can>[1]) => string };

let actions: ExportedAction[];
let callers: Caller[];
let others: Others;
beforeAll(async () => {
  actions = await exportedServerActions();
  const users = await Promise.all(ROLES.map((role) => createUser(role)));
  const disabled = await createUser("SENIOR_OFFICER");
  await db.user.update({ where: { id: disabled.id }, data: { disabled: true, disabledAt: new Date(Date.now() - 1000) } });
  others = { officer: await createUser("RISK_OFFICER"), senior: await createUser("SENIOR_OFFICER") };
  callers = [
    ...ROLES.map((role: Role, index): Caller => ({ label: role, user: users[index], expected: (permission) => (can(role, permission) ? "ok" : "FORBIDDEN") })),
    { label: "signed out", user: null, expected: () => "UNAUTHENTICATED" },
    { label: "disabled", user: disabled, expected: () => "UNAUTHENTICATED" },
  ];
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

/** Calls the exported action as `caller`, the way a POST from their browser would reach it. */
async function callAs(caller: Caller, action: unknown, input: unknown) {
  testRequest.session = caller.user ? { user: { id: caller.user.id, role: caller.user.role, signedInAt: Date.now() } } : null;
  testRequest.requestId = randomUUID();
  return (action as (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>)(input);
}

describe("the server-action access matrix", () => {
  it("finds the action modules and has an entry for every exported action, and none for a vanished one", () => {
    const exported = actions.map((a) => a.key);
    expect(exported.length).toBeGreaterThanOrEqual(15);
    expect(exported.filter((key) => !(key in ACTION_MATRIX)), "exported server actions without an ACTION_MATRIX entry").toEqual([]);
    expect(Object.keys(ACTION_MATRIX).filter((key) => !exported.includes(key)), "ACTION_MATRIX entries with no such export").toEqual([]);
  });

  it.each(Object.keys(ACTION_MATRIX))("%s: allowed exactly to the roles with its permission; a refusal writes nothing", async (key) => {
    const entry = ACTION_MATRIX[key];
    const action = actions.find((a) => a.key === key)?.action;
    expect(action, `${key} is not exported`).toBeTypeOf("function");
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const caller of callers) {
      const input = await entry.validInput(caller.user ?? others.officer, others);
      const before = await dbFingerprint();
      const result = await callAs(caller, action, input);
      outcomes[caller.label] = result.ok ? "ok" : (result.error?.code ?? "?");
      expected[caller.label] = caller.expected(entry.permission);
      if (!result.ok) expect(await dbFingerprint(), `${key} refused to ${caller.label} but wrote`).toEqual(before);
    }
    expect(outcomes).toEqual(expected);
  });
});
