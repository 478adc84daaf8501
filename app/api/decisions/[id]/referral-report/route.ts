// GET /api/decisions/:id/referral-report: the regulator referral PDF of an ILLEGAL_USE closure, for report:download,
// audited ("report.download"). The checks and the document are lib/decisions/referral-report-route.ts's.
import { currentAuditActor } from "@/lib/auth/audit-actor";
import { getCurrentUser } from "@/lib/auth/session";
import { referralReportResponse } from "@/lib/decisions/referral-report-route";
import { getTranslator } from "@/lib/i18n/server";
import { withDatabaseFaults } from "@/lib/db-route";

export const GET = withDatabaseFaults(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const [user, { t, format }] = await Promise.all([getCurrentUser(), getTranslator()]);
  return referralReportResponse({
    user,
    decisionId: (await params).id,
    t,
    format,
    actor: currentAuditActor,
  });
});
