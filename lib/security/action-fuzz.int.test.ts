// Fuzzing every server action through its real export (authedAction, session check, zod schema, mutation), as a
// user whose role is allowed to call it: arbitrary values, a valid input with one field replaced by something
// hostile (wrong types, oversized or control-character strings, huge, negative and fractional numbers), extra and
// prototype keys, and valid-shaped inputs with random ids. Whatever comes in, the answer is a typed refusal or a
// success, never INTERNAL (a 500 with a reference), and a refused call writes nothing.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { can, ROLES } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createUser } from "@/lib/queue/test-support";
import { ACTION_MATRIX, type Others, type TestUser } from "./action-matrix";
import { dbFingerprint } from "./db-fingerprint";
import { testRequest } from "./request-context";
import { exportedServerActions, type ExportedAction } from "./server-action-modules";

vi.mock("next-auth/jwt", async () => (await import("./request-context")).nextAuthJwtMock);
vi.mock("next/headers", async () => (await import("./request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const logged = vi.hoisted(() => ({ lines: (): string[] => [] }));
vi.mock("@/lib/log", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/log")>();
  const { capturedLog } = await import("./log-capture");
  const captured = capturedLog(original.createLogger);
  logged.lines = captured.lines;
  return { ...original, log: captured.log };
});

afterAll(() => db.$disconnect());

const MAX_ID = 2_147_483_647;

let actions: ExportedAction[];
let others: Others;
const callers = new Map<string, TestUser>();
beforeAll(async () => {
  actions = await exportedServerActions();
  others = { officer: await createUser("RISK_OFFICER"), senior: await createUser("SENIOR_OFFICER") };
  for (const role of ROLES) callers.set(role, await createUser(role));
});

const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b\u0000c and more text", "\u202Eevil\u202C", "'; DROP TABLE note; --", "${7*7}", "%s%n", "\uD800", "12", " 7 ", "1e3", "0x10", "-1"),
  fc.integer({ min: 4_001, max: 120_000 }).map((length) => "長".repeat(length)),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, MAX_ID + 1, -MAX_ID - 1, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity),
  fc.double(),
  fc.bigInt(),
);
const hostileValue = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, undefined, true, false, [], {}, [1], new Date(Number.NaN), new Date(0)),
  fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }),
);
const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"];
const extraKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, "role", "authorId", "officerId", "actor", "status", "userId"), fc.string({ maxLength: 12 }));

/** `base` with own properties set, including "__proto__" as a plain key (as a parsed JSON body would carry it). */
function withOwn(base: object, entries: [string, unknown][]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  for (const [key, value] of entries) Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** `sample` with every id and version (at any depth) replaced by the next of `ids`. */
function withIds(sample: unknown, ids: number[]): unknown {
  let next = 0;
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return typeof value === "number" && /(Id|^version|Version)$/.test(key) ? ids[next++ % ids.length] : value;
  };
  return walk(sample, "");
}

/** `sample` with the `pick`-th string (at any depth, counting round) given `insert` at relative position `at`. */
function withTextInsert(sample: unknown, pick: number, insert: string, at: number): unknown {
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") strings.push(value);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(sample);
  const target = pick % Math.max(strings.length, 1);
  let index = 0;
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") {
      if (index++ !== target) return value;
      const cut = Math.floor(at * value.length);
      return value.slice(0, cut) + insert + value.slice(cut);
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(sample);
}

const CONTROL = ["\u0000", "\u0007", "\u001b[31m", "\r\n", "\n{\"event\":\"forged\"}", "\u202E", "\u2028", "\uFEFF", "\uD800", "\u0000\u0000\u0000"];

type Result = { ok: boolean; error?: { code: string; message: string } };

describe.each(Object.keys(ACTION_MATRIX))("fuzzing %s", (key) => {
  const entry = ACTION_MATRIX[key];
  let call: (input: unknown) => Promise<Result>;
  let sample: Record<string, unknown>;
  let baseline: Awaited<ReturnType<typeof dbFingerprint>>;

  beforeAll(async () => {
    const role = ROLES.find((r) => can(r, entry.permission))!;
    const user = callers.get(role)!;
    const action = actions.find((a) => a.key === key)!.action as (input: unknown) => Promise<Result>;
    call = (input) => {
      testRequest.session = { user: { id: user.id, role: user.role, signedInAt: Date.now() } };
      testRequest.requestId = randomUUID();
      return action(input);
    };
    sample = (await entry.validInput(user, others)) as Record<string, unknown>;
  });

  /** Runs `input`; never INTERNAL. A success may write (baseline moves); a refusal must not, checked at the end. */
  async function check(input: unknown) {
    let result: Result;
    try {
      result = await call(input);
    } catch (error) {
      throw new Error(`${key} threw instead of answering: ${String(error)}`);
    }
    if (!result.ok && result.error?.code === "INTERNAL") throw new Error(`${key} answered INTERNAL; log: ${logged.lines().at(-1)?.slice(0, 800)}`);
    if (result.ok) baseline = await dbFingerprint();
  }

  const property = (name: string, arbitrary: fc.Arbitrary<unknown>, numRuns: number) =>
    it(name, async () => {
      baseline = await dbFingerprint();
      await fc.assert(fc.asyncProperty(arbitrary, check), { numRuns, endOnFailure: true });
      expect(await dbFingerprint(), "a refused call wrote").toEqual(baseline);
    });

  property("arbitrary values", fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true }), 30);
  property(
    "a valid input with one field made hostile",
    fc.tuple(fc.nat(), hostileValue).map(([index, value]) => {
      const keys = Object.keys(sample);
      return withOwn(sample, [[keys[index % keys.length], value]]);
    }),
    40,
  );
  property("a valid input with extra and prototype keys", fc.array(fc.tuple(extraKey, hostileValue), { minLength: 1, maxLength: 4 }).map((extra) => withOwn(sample, extra)), 15);
  property(
    "a text field carrying control characters",
    fc.tuple(fc.nat(), fc.constantFrom(...CONTROL), fc.double({ min: 0, max: 1, noNaN: true })).map(([pick, insert, at]) => withTextInsert(sample, pick, insert, at)),
    20,
  );
  property("valid-shaped input with random ids", fc.array(fc.integer({ min: 1, max: MAX_ID }), { minLength: 4, maxLength: 4 }).map((ids) => withIds(sample, ids)), 15);
});
