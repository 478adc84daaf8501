// GET /api/audit/verify: verifies the audit chain, streaming NDJSON progress and the result (audit:view).
// The logic, and the permission check, are in lib/audit/verify-handler.ts.
import { auditRouteDeps } from "@/lib/audit/route-deps-next";
import { handleAuditVerify } from "@/lib/audit/verify-handler";
import { withDatabaseFaults } from "@/lib/db-route";

export const GET = withDatabaseFaults((request: Request) => {
  return handleAuditVerify(request, auditRouteDeps);
});
