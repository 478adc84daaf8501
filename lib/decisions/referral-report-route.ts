// The referral report download as a response, apart from the request it arrives in (server-only): the route
// (app/api/decisions/[id]/referral-report/route.ts) binds the signed-in user, their translator and audit actor,
// and the integration test drives it with its own. Checks in order, failing closed: signed in (401), report:download
// (403), a decision id (400), the CJK font present (503, saying what to install: before anything is disclosed or
// audited), an ILLEGAL_USE closure in effect or reversed (404 / 409); then the PDF as an attachment.
import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { AuditActor } from "@/lib/audit/append-audit-event";
import type { ActingUser } from "@/lib/auth/audit-actor";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Formatters } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { log } from "@/lib/log";
import { CjkFontMissing, loadCjkFont, type CjkFont } from "./cjk-font";
import { downloadReferralReport } from "./referral-report";
import { renderReferralPdf } from "./referral-report-pdf";

const decisionIdParam = z.coerce.number().int().positive().max(2_147_483_647);

export interface ReferralRequest {
  user: (ActingUser & { name: string; role: Role }) | null;
  /** The [id] segment of the path, unparsed. */
  decisionId: string;
  /** The audit actor of the user and this request. */
  actor: (user: ActingUser) => Promise<AuditActor>;
  t: Translate;
  format: Formatters;
  loadFont?: () => Promise<CjkFont>;
  now?: Date;
}

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

export async function referralReportResponse(request: ReferralRequest): Promise<Response> {
  const { user, t } = request;
  if (!user) return refuse(401, t("errors.unauthenticated"));
  if (!can(user.role, "report:download")) return refuse(403, t("errors.forbidden"));
  const id = decisionIdParam.safeParse(request.decisionId);
  if (!id.success) return refuse(400, t("decisions.report.errors.invalidId"));
  let font: CjkFont;
  try {
    font = await (request.loadFont ?? loadCjkFont)();
  } catch (error) {
    if (!(error instanceof CjkFontMissing)) throw error;
    log.error({ path: error.path, error }, "referral.fontMissing");
    return refuse(503, t("decisions.report.errors.fontMissing", { path: error.path }));
  }
  try {
    const report = await downloadReferralReport({ decisionId: id.data, actor: await request.actor(user) });
    const pdf = await renderReferralPdf(report, { font, t, format: request.format, generatedAt: request.now ?? new Date(), generatedBy: user.name });
    const filename = `referral-account-${report.account.id}-decision-${report.decisionId}.pdf`;
    return new Response(Buffer.from(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) {
      return refuse(error.code === "NOT_FOUND" ? 404 : 409, t(error.messageKey, error.values));
    }
    throw error;
  }
}
