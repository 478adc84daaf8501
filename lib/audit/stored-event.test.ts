// The fast reader's canonical JSON must be exactly chain.ts's, or every stored event would fail verification.
import { describe, expect, it } from "vitest";
import { canonicalJson, type AuditContent } from "./chain";
import { isoInstant, storedContentJson, type StoredEventRow } from "./stored-event";

/** The row as PostgreSQL returns it as text: jsonb re-serialised by the server (keys reordered, spaces added). */
function storedRow(content: AuditContent, beforeText: string | null, afterText: string | null): StoredEventRow {
  const s = (v: number | null) => (v === null ? null : String(v));
  return [
    content.seq.toString(),
    content.occurredAt.toISOString().replace("T", " ").replace(/\.?0*Z$/, "+00"),
    s(content.actorId),
    content.actorLabel,
    content.role,
    content.action,
    content.targetType,
    content.targetId,
    s(content.accountId),
    s(content.caseId),
    s(content.decisionId),
    beforeText,
    afterText,
    content.note,
    content.requestId,
    content.ip,
    content.userAgent,
    "0".repeat(64),
    "f".repeat(64),
  ];
}

const base: AuditContent = {
  seq: BigInt("9007199254740993"),
  occurredAt: new Date("2026-11-22T10:00:00.120Z"),
  actorId: 7,
  actorLabel: "officer@riskops.test",
  role: "RISK_OFFICER",
  action: "case.claim",
  targetType: "case",
  targetId: "42",
  accountId: 1001,
  caseId: 42,
  decisionId: null,
  before: { z: 1, a: [1, 2.5, { y: null, b: "x" }], "é": "\u2028", "": true },
  after: { amount: 1e21, tiny: 1e-7, neg: -3, text: "引号\"\\\n\r\t =HYPERLINK(\"x\")" },
  note: "claimed 认领 \u0001 😀",
  requestId: "req-1",
  ip: "127.0.0.1",
  userAgent: "Mozilla/5.0 \"quoted\"",
};

describe("storedContentJson", () => {
  it("equals canonicalJson of the same content, whatever key order and spacing the server returns", () => {
    const beforeText = '{"": true, "a": [1, 2.5, {"b": "x", "y": null}], "z": 1, "é": "\u2028"}';
    const afterText = '{"neg": -3, "text": "引号\\"\\\\\\n\\r\\t =HYPERLINK(\\"x\\")", "tiny": 0.0000001, "amount": 1000000000000000000000}';
    expect(storedContentJson(storedRow(base, beforeText, afterText))).toBe(canonicalJson(base));
  });

  it("writes absent values as null", () => {
    const content: AuditContent = {
      ...base,
      actorId: null,
      role: null,
      targetType: null,
      targetId: null,
      accountId: null,
      caseId: null,
      before: null,
      after: null,
      note: null,
      requestId: null,
      ip: null,
      userAgent: null,
    };
    expect(storedContentJson(storedRow(content, null, null))).toBe(canonicalJson(content));
  });

  it("rewrites PostgreSQL's ISO timestamps, whatever the fraction, and refuses any other zone or style", () => {
    expect(isoInstant("2026-11-22 10:00:00.123+00")).toBe("2026-11-22T10:00:00.123Z");
    expect(isoInstant("2026-11-22 10:00:00.12+00")).toBe("2026-11-22T10:00:00.120Z");
    expect(isoInstant("2026-11-22 10:00:00.1+00")).toBe("2026-11-22T10:00:00.100Z");
    expect(isoInstant("2026-11-22 10:00:00+00")).toBe("2026-11-22T10:00:00.000Z");
    for (const other of ["2026-11-22 18:00:00+08", "2026-11-22T10:00:00.000Z", "11/22/2026 10:00:00 UTC"]) expect(() => isoInstant(other)).toThrow();
  });

  it("handles JSON scalars and arrays at the top of before/after", () => {
    const content: AuditContent = { ...base, before: [3, "a"], after: "text" };
    expect(storedContentJson(storedRow(content, '[3, "a"]', '"text"'))).toBe(canonicalJson(content));
  });
});
