// GET /api/audit/exports/<id>/manifest: a finished export's manifest (audit:export); 404 until it is finished.
import { handleExportManifest } from "@/lib/audit/export/manifest-handler";
import { auditRouteDeps } from "@/lib/audit/route-deps-next";
import { withDatabaseFaults } from "@/lib/db-route";

export const GET = withDatabaseFaults(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  return handleExportManifest((await params).id, auditRouteDeps);
});
