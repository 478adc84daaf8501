// GET /api/audit/export?format=csv|ndjson&bom=1&<audit filter>: a streamed export of the audit trail (audit:export).
// The logic, and the permission check, are in lib/audit/export/export-handler.ts.
import { handleAuditExport } from "@/lib/audit/export/export-handler";
import { auditRouteDeps } from "@/lib/audit/route-deps-next";
import { withDatabaseFaults } from "@/lib/db-route";

export const GET = withDatabaseFaults((request: Request) => {
  return handleAuditExport(request, auditRouteDeps);
});
