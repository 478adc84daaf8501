// The whole export behind GET /api/audit/export: stream the file into the sink on a pooled connection, then record
// its manifest and the "audit.export" event, and only then end the sink, so that a client that has the whole
// file can fetch its manifest at once. An export that does not complete (the client went away, the database
// failed) is audited too, as "audit.export_failed": part of the file may have been delivered. Used by the route
// and by the benchmark.
import "server-only";
import type { Writable } from "node:stream";
import { db } from "@/lib/db";
import { appendAuditEvent, type AuditActor } from "../append-audit-event";
import { auditFilterJson } from "../audit-filter";
import { withAuditClient } from "../audit-pool";
import { exportAuditEvents, type ExportRequest } from "./export-audit-events";
import { exportManifest, recordAuditExport, type ExportManifest } from "./record-export";

export async function runAuditExport(id: string, request: ExportRequest, actor: AuditActor, sink: Writable): Promise<ExportManifest> {
  const startedAt = new Date();
  try {
    const stats = await withAuditClient((client) => exportAuditEvents(client, request, sink, { endSink: false }));
    const manifest = exportManifest(id, request, stats, actor);
    await recordAuditExport(manifest, actor);
    sink.end();
    return manifest;
  } catch (error) {
    sink.destroy(error instanceof Error ? error : new Error(String(error)));
    const after = {
      id,
      filter: auditFilterJson(request.filter),
      format: request.format,
      startedAt: startedAt.toISOString(),
      error: error instanceof Error ? error.message : String(error),
    };
    await db.$transaction((tx) => appendAuditEvent(tx, actor, { action: "audit.export_failed", targetType: "audit_export", targetId: id, after }));
    throw error;
  }
}
