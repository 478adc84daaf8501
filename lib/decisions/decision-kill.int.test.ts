// The app process killed in the middle of a decision: the decision then exists entirely or not at all. A child
// process proposes (or approves) through the same lib functions as the server actions while this test holds the
// audit chain's advisory lock, which the transaction's last step (the audit append) waits for: every other write
// of the decision is done but not committed when the child is SIGKILLed. Once the lock is released, nothing of it
// may remain, and the audit chain must still verify.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_CHAIN_LOCK } from "@/lib/audit/append-audit-event";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { db } from "@/lib/db";
import { approveDecisionHandler, proposeDecisionHandler } from "./action-handlers";
import { accountRow, act, createAccount, createOfficer, decisionsOf, NOTE, noticesOf, proposalBase } from "./decision-test-support";

const CHILD = path.resolve(__dirname, "testing/decide-in-child.ts");
let locker: pg.Client;

beforeAll(async () => {
  locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await locker.connect();
});
afterAll(async () => {
  await locker.end();
  await db.$disconnect();
});

/** Starts the child with the audit lock held, waits until its transaction blocks on it, kills it, then releases. */
async function killMidDecision(request: Record<string, unknown>) {
  const appName = `riskops-kill-${randomUUID().slice(0, 8)}`;
  await locker.query("SELECT pg_advisory_lock($1)", [AUDIT_CHAIN_LOCK]);
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", CHILD, JSON.stringify(request)], {
      env: { ...process.env, PGAPPNAME: appName },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child!.on("exit", (_code, signal) => resolve(signal)));
    await waitFor(async () => {
      const { rows } = await locker.query(
        `SELECT 1 FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid AND l.locktype = 'advisory' AND NOT l.granted
         WHERE a.application_name = $1`,
        [appName],
      );
      return rows.length > 0;
    }, () => `the child never waited for the audit lock; its output:\n${output}`);
    // By then it has written the decision (uncommitted): it holds a write lock on the table.
    const { rows: writes } = await locker.query(
      `SELECT 1 FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid AND l.relation = 'decision'::regclass
       WHERE a.application_name = $1 AND l.mode = 'RowExclusiveLock' AND l.granted`,
      [appName],
    );
    expect(writes).toHaveLength(1);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await locker.query("SELECT pg_advisory_unlock($1)", [AUDIT_CHAIN_LOCK]);
  }
  // The orphaned backend gets the lock, finds its client gone and rolls back: wait until it has.
  await waitFor(async () => {
    const { rows } = await locker.query("SELECT 1 FROM pg_stat_activity WHERE application_name = $1", [appName]);
    return rows.length === 0;
  }, () => "the killed child's backend did not end");
}

async function waitFor(check: () => Promise<boolean>, failure: () => string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(failure());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const asChild = (officer: { id: number; email: string; role: string }) => ({ id: officer.id, email: officer.email, role: officer.role });

describe("a process killed during a decision", () => {
  it("leaves no trace of a proposal whose transaction had not committed", async () => {
    const officer = await createOfficer("RISK_OFFICER");
    const { accountId, caseId } = await createAccount({ openCase: {} });
    const auditBefore = await db.auditEvent.count({ where: { accountId } });

    await killMidDecision({
      step: "propose",
      officer: asChild(officer),
      proposal: { ...proposalBase(accountId), kind: "CLOSE", closureCategory: "ILLEGAL_USE" },
    });

    expect(await decisionsOf(accountId)).toEqual([]);
    expect(await noticesOf(accountId)).toEqual([]);
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId! } })).toMatchObject({ status: "NEW", assigneeId: null, version: 1 });
    expect(await db.auditEvent.count({ where: { accountId } })).toBe(auditBefore);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    // The app, restarted, takes the same decision normally: nothing half-written stands in its way.
    const { result } = await act(proposeDecisionHandler, officer, { ...proposalBase(accountId), kind: "CLOSE", closureCategory: "ILLEGAL_USE" });
    expect(result).toMatchObject({ ok: true });
  });

  it("leaves the proposal pending and the account untouched when an approval is cut off", async () => {
    const [maker, checker] = await Promise.all([createOfficer("RISK_OFFICER"), createOfficer("SENIOR_OFFICER")]);
    const { accountId } = await createAccount({ openCase: {} });
    const { result: proposed } = await act(proposeDecisionHandler, maker, { ...proposalBase(accountId), kind: "CLOSE", closureCategory: "ILLEGAL_USE" });
    const decisionId = proposed.ok ? proposed.data.decisionId : 0;
    const auditBefore = await db.auditEvent.count({ where: { accountId } });

    await killMidDecision({ step: "approve", officer: asChild(checker), input: { decisionId, version: 1, note: NOTE } });

    expect(await decisionsOf(accountId)).toMatchObject([{ status: "PROPOSED", approverId: null, version: 1 }]);
    expect(await accountRow(accountId)).toMatchObject({ status: "ACTIVE", version: 1 });
    expect(await db.blacklistEntry.count({ where: { accountId } })).toBe(0);
    expect(await db.externalReport.count({ where: { accountId } })).toBe(0);
    expect(await noticesOf(accountId)).toEqual([]);
    expect(await db.auditEvent.count({ where: { accountId } })).toBe(auditBefore);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    const { result } = await act(approveDecisionHandler, checker, { decisionId, version: 1, note: NOTE });
    expect(result).toMatchObject({ ok: true });
    expect(await accountRow(accountId)).toMatchObject({ status: "CLOSED" });
  });
});
