import { describe, expect, it } from "vitest";
import { canonicalJson, eventHash, GENESIS_HASH, type AuditContent } from "./chain";

const content: AuditContent = {
  seq: BigInt(1),
  occurredAt: new Date("2026-11-22T10:00:00.123Z"),
  actorId: 7,
  actorLabel: "officer@riskops.test",
  role: "RISK_OFFICER",
  action: "case.claim",
  targetType: "case",
  targetId: "42",
  accountId: 1001,
  caseId: 42,
  decisionId: null,
  before: { assignee: null },
  after: { assignee: 7 },
  note: "claimed 认领",
  requestId: "req-1",
  ip: "127.0.0.1",
  userAgent: "test",
};

describe("canonicalJson", () => {
  it("sorts keys at every level and is independent of insertion order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it("writes bigints as strings, dates as ISO text, and refuses non-finite numbers", () => {
    expect(canonicalJson({ seq: BigInt(12), at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z","seq":"12"}');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
});

describe("eventHash", () => {
  it("is a SHA-256 hex digest that depends on the previous hash and on every field", () => {
    const hash = eventHash(GENESIS_HASH, content);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash(GENESIS_HASH, content)).toBe(hash);
    expect(eventHash("1".repeat(64), content)).not.toBe(hash);
    expect(eventHash(GENESIS_HASH, { ...content, note: "claimed 认领 " })).not.toBe(hash);
    expect(eventHash(GENESIS_HASH, { ...content, occurredAt: new Date("2026-11-22T10:00:00.124Z") })).not.toBe(hash);
    expect(eventHash(GENESIS_HASH, { ...content, after: { assignee: 8 } })).not.toBe(hash);
  });
});

/** canonicalJson as first written (entries, filter, sort with <, map): the fast version must write the same text. */
function referenceCanonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(referenceCanonicalJson).join(",")}]`;
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${referenceCanonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

describe("canonicalJson (fast) against the reference", () => {
  it("writes the same text for many random values", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const keys = ["a", "B", "é", "10", "2", "", "z", "aa", "😀", "_"];
    const make = (depth: number): unknown => {
      const r = random();
      if (depth > 3 || r < 0.3) return [null, true, false, 0, -1.5, 1e21, 1e-7, "x\"\n中", undefined][Math.floor(random() * 9)];
      if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => make(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 6) }, () => [keys[Math.floor(random() * keys.length)], make(depth + 1)]));
    };
    for (let i = 0; i < 2000; i++) {
      const value = { v: make(0), at: new Date(i), seq: BigInt(i) };
      expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
    }
  });
});
