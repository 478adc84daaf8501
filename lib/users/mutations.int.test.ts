// Disabling and enabling users against the real database: the change and its audit record commit together.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import type { AuditActor } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { setUserDisabled } from "./mutations";

const createUser = (role: "ADMIN" | "MANAGER") =>
  db.user.create({ data: { email: `users-int-${randomUUID()}@riskops.test`, name: "Mutation Test", role } });

async function actorFor(admin: { id: number; email: string }): Promise<AuditActor> {
  return { actorId: admin.id, actorLabel: admin.email, role: "ADMIN", requestId: randomUUID(), ip: "192.0.2.1", userAgent: "vitest" };
}

const auditFor = (requestId: string | null | undefined) =>
  db.auditEvent.findMany({ where: { requestId: requestId ?? undefined }, orderBy: { seq: "asc" } });

afterAll(() => db.$disconnect());

describe("setUserDisabled", () => {
  it("disables a user and records before and after in the same transaction", async () => {
    const [admin, target] = await Promise.all([createUser("ADMIN"), createUser("MANAGER")]);
    const actor = await actorFor(admin);
    expect(await setUserDisabled({ userId: target.id, disabled: true, actor })).toMatchObject({ disabled: true, changed: true });

    const reloaded = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(reloaded.disabled).toBe(true);
    expect(reloaded.disabledAt).not.toBeNull();
    expect(await auditFor(actor.requestId)).toMatchObject([
      {
        action: "user.disable",
        actorId: admin.id,
        targetType: "user",
        targetId: String(target.id),
        before: { disabled: false, disabledAt: null },
        after: { disabled: true, disabledAt: reloaded.disabledAt?.toISOString() },
      },
    ]);
  });

  it("changes and records nothing when the user is already in that state", async () => {
    const [admin, target] = await Promise.all([createUser("ADMIN"), createUser("MANAGER")]);
    const actor = await actorFor(admin);
    expect(await setUserDisabled({ userId: target.id, disabled: false, actor })).toMatchObject({ changed: false });
    expect(await auditFor(actor.requestId)).toEqual([]);
  });

  it("enables a disabled user again, keeping when they were last disabled", async () => {
    const [admin, target] = await Promise.all([createUser("ADMIN"), createUser("MANAGER")]);
    await setUserDisabled({ userId: target.id, disabled: true, actor: await actorFor(admin) });
    const actor = await actorFor(admin);
    await setUserDisabled({ userId: target.id, disabled: false, actor });

    const reloaded = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(reloaded.disabled).toBe(false);
    expect(reloaded.disabledAt).not.toBeNull();
    const lastDisabled = reloaded.disabledAt?.toISOString();
    expect(await auditFor(actor.requestId)).toMatchObject([
      {
        action: "user.enable",
        before: { disabled: true, disabledAt: lastDisabled },
        after: { disabled: false, disabledAt: lastDisabled },
      },
    ]);
  });

  it("refuses to let an administrator disable themself", async () => {
    const admin = await createUser("ADMIN");
    const actor = await actorFor(admin);
    const attempt = setUserDisabled({ userId: admin.id, disabled: true, actor });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", messageKey: "users.cannotDisableSelf" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabled).toBe(false);
    expect(await auditFor(actor.requestId)).toEqual([]);
  });

  it("says so when the user does not exist", async () => {
    const admin = await createUser("ADMIN");
    await expect(setUserDisabled({ userId: 2_000_000_000, disabled: true, actor: await actorFor(admin) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
