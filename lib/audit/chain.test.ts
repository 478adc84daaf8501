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
