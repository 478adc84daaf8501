// Every look at the audit trail is itself recorded: who viewed which filter and page of the explorer.
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent, type AuditActor } from "./append-audit-event";
import { auditFilterJson, type AuditFilter } from "./audit-filter";

export async function recordAuditView(actor: AuditActor, view: { filter: AuditFilter; before?: bigint; shown: number }) {
  await db.$transaction((tx) =>
    appendAuditEvent(tx, actor, {
      action: "audit.view",
      targetType: "audit_trail",
      after: { filter: auditFilterJson(view.filter), before: view.before?.toString() ?? null, shown: view.shown },
    }),
  );
}
