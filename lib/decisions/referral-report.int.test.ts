// The regulator referral report against the real database: the PDF of an ILLEGAL_USE closure parses and names the
// account, its download is audited, and every refusal (signed out, wrong role, bad id, unknown decision, another
// kind or state, no CJK font) has its status and message, with nothing disclosed or audited.
import { afterAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import type { AuditActor } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { createFormatters } from "@/lib/i18n/format";
import { CATALOGUES, createTranslator } from "@/lib/i18n/translate";
import { auditOf } from "@/lib/queue/test-support";
import { actorFor, closeForIllegalUse, createDecidedAccount, createUser } from "./appeal-test-support";
import { loadCjkFont } from "./cjk-font";
import { downloadReferralReport } from "./referral-report";
import { referralReportResponse, type ReferralRequest } from "./referral-report-route";

afterAll(() => db.$disconnect());

type User = Awaited<ReturnType<typeof createUser>>;

/** Downloads as `user` would through the route, in English unless told; returns the response and the audit it wrote. */
async function download(user: User | null, decisionId: string | number, extra: Partial<ReferralRequest> = {}) {
  let actor: AuditActor | null = null;
  const response = await referralReportResponse({
    user,
    decisionId: String(decisionId),
    t: createTranslator(CATALOGUES.en),
    format: createFormatters("en", "UTC"),
    actor: async (acting) => (actor = actorFor({ ...acting, email: user?.email ?? "" })),
    ...extra,
  });
  return { response, audit: async () => (actor ? auditOf(actor) : []) };
}

describe("the referral report", () => {
  it("is a PDF naming the account, with the unmasked customer disclosed on the audit trail", async () => {
    const closed = await createDecidedAccount({});
    const compliance = await createUser("COMPLIANCE", "Compliance 赵敏");
    const { response, audit } = await download(compliance, closed.decisionId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="referral-account-${closed.accountId}-decision-${closed.decisionId}.pdf"`,
    );
    const pdf = await PDFDocument.load(await response.arrayBuffer());
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toBe(`Regulator referral report — Account ${closed.accountId}, closure decision ${closed.decisionId}`);
    expect(pdf.getSubject()).toContain(String(closed.accountId));
    expect(await audit()).toMatchObject([
      {
        action: "report.download",
        actorId: compliance.id,
        targetType: "decision",
        targetId: String(closed.decisionId),
        accountId: closed.accountId,
        decisionId: closed.decisionId,
        after: { report: "REGULATOR_REFERRAL", decisionStatus: "EFFECTIVE", disclosed: ["fullName", "nationalId", "phone"] },
      },
    ]);
  });

  it("is drawn in Chinese for a Chinese-speaking officer, and stays available once the closure is reversed", async () => {
    const reversed = await createDecidedAccount({ status: "REVERSED" });
    const officer = await createUser("RISK_OFFICER");
    const { response } = await download(officer, reversed.decisionId, {
      t: createTranslator(CATALOGUES["zh-CN"]),
      format: createFormatters("zh-CN", "Asia/Shanghai"),
    });
    expect(response.status).toBe(200);
    const pdf = await PDFDocument.load(await response.arrayBuffer());
    expect(pdf.getTitle()).toBe(`监管移送报告 — 账户 ${reversed.accountId}，销户决定 ${reversed.decisionId}`);
  });

  it("refuses the signed out, the roles without report:download, and ids that are not numbers", async () => {
    const closed = await createDecidedAccount({});
    expect((await download(null, closed.decisionId)).response.status).toBe(401);
    for (const role of ["MANAGER", "ADMIN"] as const) {
      const refused = await download(await createUser(role), closed.decisionId);
      expect(refused.response.status).toBe(403);
      expect(await refused.audit()).toEqual([]);
    }
    const bad = await download(await createUser("SENIOR_OFFICER"), "12abc");
    expect(bad.response.status).toBe(400);
    expect(await bad.response.json()).toEqual({ error: "That is not a decision number." });
  });

  it("exists only for an ILLEGAL_USE closure that took effect", async () => {
    const officer = await createUser("RISK_OFFICER");
    const missing = await download(officer, 2_000_000_000);
    expect(missing.response.status).toBe(404);
    expect(await missing.response.json()).toEqual({ error: "Decision 2000000000 does not exist." });
    const others = await Promise.all([
      createDecidedAccount({ kind: "REDUCE_LIMIT" }),
      createDecidedAccount({ params: { closureCategory: "SEVERE_OVERDUE" } }),
      createDecidedAccount({ status: "PROPOSED" }),
    ]);
    for (const other of others) {
      const refused = await download(officer, other.decisionId);
      expect(refused.response.status).toBe(409);
      expect((await refused.response.json()).error).toMatch(/only for a closure for illegal use that has taken effect/);
      expect(await refused.audit()).toEqual([]);
    }
  });

  it("answers 503 saying what to install when the CJK font is missing, before disclosing anything", async () => {
    const closed = await createDecidedAccount({});
    const { response, audit } = await download(await createUser("COMPLIANCE"), closed.decisionId, {
      loadFont: () => loadCjkFont("/nonexistent/fonts/wqy-microhei.ttc"),
    });
    expect(response.status).toBe(503);
    expect((await response.json()).error).toBe(
      "The report cannot be produced on this server: the Chinese font it needs (/nonexistent/fonts/wqy-microhei.ttc) is missing. " +
        "Install the fonts-wqy-microhei package, or set PDF_CJK_FONT to a TrueType CJK font.",
    );
    expect(await audit()).toEqual([]);
  });
});

describe("the referral report of a closure taken through the decision core", () => {
  it("lists the proposal, approval and effect events of the closure with their hashes", async () => {
    const closed = await closeForIllegalUse();
    const { response } = await download(await createUser("COMPLIANCE"), closed.decisionId);
    expect(response.status).toBe(200);
    const report = await downloadReferralReport({ decisionId: closed.decisionId, actor: actorFor(await createUser("COMPLIANCE")) });
    expect(report.account).toMatchObject({ id: closed.accountId, status: "CLOSED" });
    expect(report.chain).toMatchObject([{ id: closed.decisionId, kind: "CLOSE", status: "EFFECTIVE", proposer: "Maker 王芳", approver: "Checker 李伟" }]);
    expect(report.evidence.flags).toMatchObject([{ rule: "CASH_OUT", severity: "HIGH" }]);
    expect(report.audit.map((event) => event.action)).toEqual(["decision.propose", "decision.approve", "decision.effective", "report.download"]);
    expect(report.audit.every((event) => /^[0-9a-f]{64}$/.test(event.hash))).toBe(true);
  });
});
