// GET /api/audit/export?format=csv|ndjson&bom=1&<audit filter>: the events of the filter as a streamed file
// (audit:export). The response starts at once with X-Export-Id (the manifest's id, GET
// /api/audit/exports/<id>/manifest once the file is complete) and X-Export-Estimated-Rows (the planner's estimate,
// for a progress indication); the manifest and the "audit.export" event are written before the last byte is sent.
import "server-only";
import { randomUUID } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import { parseAuditFilter } from "../audit-filter";
import { authoriseRoute, NO_STORE, type AuditRouteDeps } from "../route-deps";
import { estimateAuditEvents } from "./estimate-rows";
import { EXPORT_FORMATS, type ExportFormat } from "./export-audit-events";
import { runAuditExport } from "./run-audit-export";

const CONTENT_TYPE: Record<ExportFormat, string> = { csv: "text/csv; charset=utf-8", ndjson: "application/x-ndjson; charset=utf-8" };

export async function handleAuditExport(request: Request, deps: AuditRouteDeps): Promise<Response> {
  const user = await authoriseRoute(deps, "audit:export", "audit.export");
  if (user instanceof Response) return user;
  const params = new URL(request.url).searchParams;
  const format = EXPORT_FORMATS.find((f) => f === (params.get("format") ?? "csv"));
  const filter = parseAuditFilter(params);
  if (!format || !filter.success) {
    return Response.json({ error: "invalid", detail: format ? filter.error : "format must be csv or ndjson" }, { status: 400, headers: NO_STORE });
  }
  const bom = format === "csv" && params.get("bom") === "1";
  const actor = await deps.auditActor(user);
  const id = randomUUID();
  const estimate = await estimateAuditEvents(filter.data);
  // Large enough to keep the socket busy, small enough that a slow client holds back the COPY after ~1 MB.
  const body = new PassThrough({ highWaterMark: 1 << 20 });
  runAuditExport(id, { filter: filter.data, format, bom }, actor, body).catch((error: unknown) =>
    deps.log?.("error", "audit.export.failed", { exportId: id, error: error instanceof Error ? error.message : String(error) }),
  );
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      ...NO_STORE,
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="audit-${stamp}-${id.slice(0, 8)}.${format}"`,
      "X-Export-Id": id,
      "X-Export-Estimated-Rows": String(estimate),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
