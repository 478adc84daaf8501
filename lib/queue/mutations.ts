// Claiming, releasing and assigning cases (server-only). A case is worked by one officer at a time: each change
// locks the case row, checks its state (open, held by whom, the version the caller saw), writes a conditional
// UPDATE that repeats those checks (WHERE assignee_id IS NOT DISTINCT FROM … AND version = …), so of two officers
// racing for a case exactly one wins and the other is told who holds it, and appends one audit event per case in
// the same transaction. Assigning a NEW case puts it IN_REVIEW; releasing leaves the status as it is.
import "server-only";
import { AppError } from "@/lib/app-error";
import { appendAuditEvent, type AuditActor } from "@/lib/audit/append-audit-event";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import type { CaseStatus, Role } from "@/lib/generated/prisma/enums";
import type { QueueView } from "./filters";
import { queueOrderBy, queueWhere } from "./queue-sql";

export interface Officer {
  id: number;
  name: string;
}

export interface CaseAssignment {
  caseId: number;
  accountId: number;
  status: CaseStatus;
  version: number;
  assignee: Officer | null;
  /** false when the case was already as asked (claiming one's own case, releasing an unclaimed one). */
  changed: boolean;
}

interface LockedCase {
  id: number;
  account_id: number;
  status: CaseStatus;
  version: number;
  assignee_id: number | null;
  assignee_name: string | null;
}

type AuditAction = "case.claim" | "case.release" | "case.assign";

const holderOf = (locked: LockedCase): Officer | null =>
  locked.assignee_id === null ? null : { id: locked.assignee_id, name: locked.assignee_name ?? "" };

const unchanged = (locked: LockedCase): CaseAssignment => ({
  caseId: locked.id,
  accountId: locked.account_id,
  status: locked.status,
  version: locked.version,
  assignee: holderOf(locked),
  changed: false,
});

/** Locks the cases (in id order, so concurrent bulk assignments cannot deadlock) and reads who holds them. */
async function lockCases(tx: Tx, caseIds: number[]): Promise<LockedCase[]> {
  await tx.$executeRaw`SELECT 1 FROM review_case WHERE id = ANY(${caseIds}::int[]) ORDER BY id FOR UPDATE`;
  // Read after the lock, in a statement of its own: one that waited for the lock sees the holder that made it wait.
  return tx.$queryRaw<LockedCase[]>`
    SELECT c.id, c.account_id, c.status, c.version, c.assignee_id, u.name AS assignee_name
    FROM review_case c LEFT JOIN app_user u ON u.id = c.assignee_id
    WHERE c.id = ANY(${caseIds}::int[])`;
}

async function lockCase(tx: Tx, caseId: number): Promise<LockedCase> {
  const [locked] = await lockCases(tx, [caseId]);
  if (!locked) throw new AppError("NOT_FOUND", "queue.errors.notFound");
  if (locked.status === "CLOSED") throw new AppError("CONFLICT", "queue.errors.closed");
  return locked;
}

/** Writes the change the caller has decided on, guarded by the state it was decided on, and its audit event. */
async function writeAssignment(tx: Tx, actor: AuditActor, action: AuditAction, before: LockedCase, assignee: Officer | null) {
  const [after] = await tx.$queryRaw<{ status: CaseStatus; version: number }[]>`
    UPDATE review_case SET assignee_id = ${assignee?.id ?? null}::int,
      claimed_at = ${assignee ? new Date().toISOString() : null}::timestamptz,
      status = CASE WHEN ${assignee !== null} AND status = 'NEW' THEN 'IN_REVIEW'::"CaseStatus" ELSE status END,
      version = version + 1
    WHERE id = ${before.id} AND status <> 'CLOSED' AND version = ${before.version}
      AND assignee_id IS NOT DISTINCT FROM ${before.assignee_id}::int
    RETURNING status, version`;
  // Unreachable while the row lock is held; kept as the guard that makes the update safe on its own.
  if (!after) throw new AppError("CONFLICT", "queue.errors.changed");
  await appendAuditEvent(tx, actor, {
    action,
    targetType: "case",
    targetId: before.id,
    accountId: before.account_id,
    caseId: before.id,
    before: { assigneeId: before.assignee_id, status: before.status, version: before.version },
    after: { assigneeId: assignee?.id ?? null, status: after.status, version: after.version },
  });
  return {
    caseId: before.id,
    accountId: before.account_id,
    status: after.status,
    version: after.version,
    assignee: assignee && { id: assignee.id, name: assignee.name },
    changed: true,
  };
}

function heldBy(holder: Officer): never {
  throw new AppError("CONFLICT", "queue.errors.heldBy", { name: holder.name });
}

/** Claims an unclaimed open case for `officer`; a case someone else holds is left as it is, naming its holder. */
export async function claimCase(input: { caseId: number; officer: Officer; actor: AuditActor }): Promise<CaseAssignment> {
  const { caseId, officer, actor } = input;
  return db.$transaction(async (tx) => {
    const locked = await lockCase(tx, caseId);
    const holder = holderOf(locked);
    if (holder?.id === officer.id) return unchanged(locked);
    if (holder) heldBy(holder);
    return writeAssignment(tx, actor, "case.claim", locked, officer);
  });
}

/** Gives back a case `officer` holds; another officer's case is theirs to release (or a senior's to reassign). */
export async function releaseCase(input: { caseId: number; officer: Officer; actor: AuditActor }): Promise<CaseAssignment> {
  const { caseId, officer, actor } = input;
  return db.$transaction(async (tx) => {
    const locked = await lockCase(tx, caseId);
    const holder = holderOf(locked);
    if (!holder) return unchanged(locked);
    if (holder.id !== officer.id) heldBy(holder);
    return writeAssignment(tx, actor, "case.release", locked, null);
  });
}

/**
 * Claims the highest-priority unclaimed case (then the earliest due) within a view's filters, whatever order the
 * view is sorted in. Cases other officers are claiming at this moment are skipped (SKIP LOCKED), so officers pressing
 * "next case" together get different cases. null: none left.
 */
export async function claimNextCase(input: {
  filters: QueueView["filters"];
  officer: Officer;
  actor: AuditActor;
  now: Date;
  endOfToday: Date;
}): Promise<CaseAssignment | null> {
  const { officer, actor, now, endOfToday } = input;
  const filters = { ...input.filters, assignee: "unassigned" as const };
  return db.$transaction(async (tx) => {
    const [next] = await tx.$queryRaw<LockedCase[]>`
      SELECT c.id, c.account_id, c.status, c.version, c.assignee_id, NULL::text AS assignee_name
      FROM review_case c
      WHERE ${queueWhere({ filters, viewerId: officer.id, now, endOfToday })}
      ORDER BY ${queueOrderBy("priority", "asc")}
      LIMIT 1 FOR UPDATE SKIP LOCKED`;
    return next ? writeAssignment(tx, actor, "case.claim", next, officer) : null;
  });
}

/** The user a senior officer assigns cases to: enabled, and in a role that works cases. */
async function findAssignee(tx: Tx, assigneeId: number): Promise<Officer> {
  const [user] = await tx.$queryRaw<{ id: number; name: string; role: Role; disabled: boolean }[]>`
    SELECT id, name, role, disabled FROM app_user WHERE id = ${assigneeId}`;
  if (!user || user.disabled || !can(user.role, "case:work")) throw new AppError("INVALID_INPUT", "queue.errors.notAnOfficer");
  return { id: user.id, name: user.name };
}

/** A senior officer's reassignment of one case, refused when the case changed since they saw `version`. */
export async function reassignCase(input: { caseId: number; version: number; assigneeId: number; actor: AuditActor }): Promise<CaseAssignment> {
  const { caseId, version, assigneeId, actor } = input;
  return db.$transaction(async (tx) => {
    const assignee = await findAssignee(tx, assigneeId);
    const locked = await lockCase(tx, caseId);
    if (locked.version !== version) {
      const holder = holderOf(locked);
      throw holder
        ? new AppError("CONFLICT", "queue.errors.changedHeldBy", { name: holder.name })
        : new AppError("CONFLICT", "queue.errors.changed");
    }
    if (locked.assignee_id === assignee.id) return unchanged(locked);
    return writeAssignment(tx, actor, "case.assign", locked, assignee);
  });
}

export type BulkSkipReason = "notFound" | "closed" | "changed";

export interface BulkAssignment {
  assigned: CaseAssignment[];
  /** Cases already held by the assignee. */
  unchanged: number[];
  skipped: { caseId: number; reason: BulkSkipReason }[];
}

/**
 * A senior officer's assignment of many cases to one officer, in one transaction with one audit event per case.
 * Each case is assigned only if it is still open and at the version the senior officer saw; the others are
 * reported back, untouched.
 */
export async function bulkAssignCases(input: {
  cases: { caseId: number; version: number }[];
  assigneeId: number;
  actor: AuditActor;
}): Promise<BulkAssignment> {
  const { cases, assigneeId, actor } = input;
  return db.$transaction(
    async (tx) => {
      const assignee = await findAssignee(tx, assigneeId);
      const locked = new Map((await lockCases(tx, cases.map((c) => c.caseId))).map((row) => [row.id, row]));
      const result: BulkAssignment = { assigned: [], unchanged: [], skipped: [] };
      for (const { caseId, version } of cases) {
        const row = locked.get(caseId);
        if (!row || row.status === "CLOSED" || row.version !== version) {
          result.skipped.push({ caseId, reason: !row ? "notFound" : row.status === "CLOSED" ? "closed" : "changed" });
        } else if (row.assignee_id === assignee.id) result.unchanged.push(caseId);
        else result.assigned.push(await writeAssignment(tx, actor, "case.assign", row, assignee));
      }
      return result;
    },
    { timeout: 30_000 },
  );
}
