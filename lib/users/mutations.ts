// Enabling and disabling users. A disabled user keeps their history (decisions, audit trail) but can no longer
// sign in, and is treated as signed out on their next request (lib/auth/session.ts). disabled_at keeps the time
// of the last disabling after re-enabling: sessions begun before it stay void (see getCurrentUser).
import "server-only";
import { AppError } from "@/lib/app-error";
import { appendAuditEvent, type AuditActor } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";

export async function setUserDisabled(input: { userId: number; disabled: boolean; actor: AuditActor }) {
  const { userId, disabled, actor } = input;
  // Locking oneself out would leave no one to undo it.
  if (disabled && actor.actorId === userId) throw new AppError("CONFLICT", "users.cannotDisableSelf");
  return db.$transaction(async (tx) => {
    // FOR UPDATE: two administrators acting at once write one change and one audit record, not two.
    const [before] = await tx.$queryRaw<{ id: number; name: string; disabled: boolean; disabled_at: Date | null }[]>`
      SELECT id, name, disabled, disabled_at FROM app_user WHERE id = ${userId} FOR UPDATE`;
    if (!before) throw new AppError("NOT_FOUND", "users.notFound");
    if (before.disabled === disabled) return { id: before.id, name: before.name, disabled, changed: false };

    const after = await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabled, disabledAt: new Date() } : { disabled },
      select: { id: true, name: true, disabled: true, disabledAt: true },
    });
    await appendAuditEvent(tx, actor, {
      action: disabled ? "user.disable" : "user.enable",
      targetType: "user",
      targetId: userId,
      before: { disabled: before.disabled, disabledAt: before.disabled_at?.toISOString() ?? null },
      after: { disabled: after.disabled, disabledAt: after.disabledAt?.toISOString() ?? null },
    });
    return { id: after.id, name: after.name, disabled: after.disabled, changed: true };
  });
}
