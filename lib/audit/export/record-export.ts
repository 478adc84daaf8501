// An export's manifest: written when the file is complete (table audit_export, append-only) together with the
// "audit.export" audit event that carries it, in one transaction. The manifest can be fetched by id afterwards.
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent, type AuditActor } from "../append-audit-event";
import { auditFilterJson, type AuditFilter } from "../audit-filter";
import type { ExportFormat, ExportStats } from "./export-audit-events";

export interface ExportManifest {
  id: string;
  filter: Record<string, string | number>;
  format: ExportFormat;
  bom: boolean;
  rowCount: number;
  firstSeq: string | null;
  lastSeq: string | null;
  /** The chain's hash at lastSeq. */
  chainHash: string | null;
  /** SHA-256 of the file's bytes, BOM included. */
  sha256: string;
  byteCount: number;
  exportedBy: string;
  exportedById: number | null;
  startedAt: string;
  finishedAt: string;
}

export function exportManifest(
  id: string,
  request: { filter: AuditFilter; format: ExportFormat; bom?: boolean },
  stats: ExportStats,
  actor: AuditActor,
): ExportManifest {
  return {
    id,
    filter: auditFilterJson(request.filter),
    format: request.format,
    bom: request.format === "csv" && Boolean(request.bom),
    rowCount: stats.rowCount,
    firstSeq: stats.firstSeq?.toString() ?? null,
    lastSeq: stats.lastSeq?.toString() ?? null,
    chainHash: stats.chainHash,
    sha256: stats.sha256,
    byteCount: stats.byteCount,
    exportedBy: actor.actorLabel,
    exportedById: actor.actorId,
    startedAt: stats.startedAt.toISOString(),
    finishedAt: stats.finishedAt.toISOString(),
  };
}

export async function recordAuditExport(manifest: ExportManifest, actor: AuditActor): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.auditExport.create({
      data: {
        id: manifest.id,
        filter: manifest.filter,
        format: manifest.format,
        bom: manifest.bom,
        rowCount: manifest.rowCount,
        firstSeq: manifest.firstSeq === null ? null : BigInt(manifest.firstSeq),
        lastSeq: manifest.lastSeq === null ? null : BigInt(manifest.lastSeq),
        chainHash: manifest.chainHash,
        sha256: manifest.sha256,
        byteCount: manifest.byteCount,
        exportedById: manifest.exportedById,
        exportedBy: manifest.exportedBy,
        startedAt: new Date(manifest.startedAt),
        finishedAt: new Date(manifest.finishedAt),
      },
    });
    await appendAuditEvent(tx, actor, {
      action: "audit.export",
      targetType: "audit_export",
      targetId: manifest.id,
      after: { ...manifest },
    });
  });
}

/** The manifest of a finished export, or null (unknown id, or still streaming). */
export async function getExportManifest(id: string): Promise<ExportManifest | null> {
  const row = await db.auditExport.findUnique({ where: { id } });
  if (!row) return null;
  return {
    id: row.id,
    filter: row.filter as Record<string, string | number>,
    format: row.format as ExportFormat,
    bom: row.bom,
    rowCount: Number(row.rowCount),
    firstSeq: row.firstSeq?.toString() ?? null,
    lastSeq: row.lastSeq?.toString() ?? null,
    chainHash: row.chainHash,
    sha256: row.sha256,
    byteCount: Number(row.byteCount),
    exportedBy: row.exportedBy,
    exportedById: row.exportedById,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt.toISOString(),
  };
}
