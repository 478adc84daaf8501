// GET /api/audit/verify against the shared test database: NDJSON progress lines, then the result, and the
// verification recorded in the chain as "audit.verify".
import { afterAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AuditActor } from "./append-audit-event";
import { closeAuditPool } from "./audit-pool";
import { handleAuditVerify } from "./verify-handler";

afterAll(async () => {
  await closeAuditPool();
  await db.$disconnect();
});

it("streams progress and the result, and audits the verification", async () => {
  const label = `verify-test-${process.pid}-${Date.now()}@riskops.test`;
  const actor: AuditActor = { actorId: null, actorLabel: label, role: "COMPLIANCE", requestId: "req-verify" };
  const response = await handleAuditVerify(new Request("http://test/api/audit/verify"), {
    currentUser: async () => ({ id: 1, email: label, role: "COMPLIANCE" }),
    auditActor: async () => actor,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/x-ndjson; charset=utf-8");
  const lines = (await response.text()).trimEnd().split("\n").map((line) => JSON.parse(line));
  const { result } = lines.at(-1);
  expect(result).toMatchObject({ ok: true, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  for (const progress of lines.slice(0, -1)) expect(progress).toEqual({ verified: expect.any(Number), total: expect.any(Number) });
  expect(lines.at(-2)).toEqual({ verified: result.verified, total: expect.any(Number) });
  const event = await db.auditEvent.findFirst({ where: { action: "audit.verify", actorLabel: label } });
  expect(event?.after).toEqual(result);
});
