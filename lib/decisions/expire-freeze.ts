// A freeze ending on its date (server-only, for the apply-due job): the account returns to the status the freeze
// interrupted, freeze_until is cleared, the customer is told, and the audit event "decision.freezeExpired" names the
// freeze decision with the account before and after. Runs inside the job's transaction, the account already locked.
import "server-only";
import { appendAuditEvent, type AuditActor } from "@/lib/audit/append-audit-event";
import type { Json } from "@/lib/audit/chain";
import type { Tx } from "@/lib/db";
import type { NoticeChannel } from "@/lib/generated/prisma/enums";
import { latestFreeze, writeAccount } from "./account-effects";
import { accountSnapshot } from "./audit-snapshots";
import { lockAccount } from "./locks";
import { recordNotice } from "./notices";

export async function expireFreeze(tx: Tx, accountId: number, options: { actor: AuditActor; now: Date }) {
  const { actor, now } = options;
  const before = await lockAccount(tx, accountId);
  const freeze = await latestFreeze(tx, accountId);
  const written = await writeAccount(tx, before, { status: freeze.previousStatus, freezeUntil: null }, now);
  const [channel] = freeze.decisionId
    ? await tx.$queryRaw<{ channel: NoticeChannel | null }[]>`SELECT params->>'noticeChannel' AS channel FROM decision WHERE id = ${freeze.decisionId}`
    : [];
  const notice = await recordNotice(tx, {
    account: before,
    decisionId: freeze.decisionId,
    template: "UNFROZEN",
    channel: channel?.channel ?? "APP",
    values: { date: now.toISOString().slice(0, 10) },
    sentAt: now,
  });
  await appendAuditEvent(tx, actor, {
    action: "decision.freezeExpired",
    targetType: "account",
    targetId: accountId,
    accountId,
    decisionId: freeze.decisionId ?? undefined,
    before: { account: accountSnapshot(before) } as unknown as Json,
    after: {
      account: { status: written.status, creditLimit: written.creditLimit, closureCategory: written.closureCategory, freezeUntil: null, version: written.version },
      notice: { id: notice.id, template: notice.template, channel: notice.channel, language: notice.language },
    } as unknown as Json,
  });
}
