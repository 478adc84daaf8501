// The regulator referral report as a PDF (server-only): ./referral-report.ts's data laid out in the viewer's language,
// drawn in a CJK font from the system (./cjk-font.ts) because names and notes are Chinese. Instants are written in
// UTC ("2026-03-01 08:00 UTC") and amounts with their currency, so the document reads the same wherever it is opened.
// The title and subject carry the account and decision ids, so tools that index PDFs (and our tests) find them.
import "server-only";
import { PDFDocument } from "pdf-lib";
import type { Formatters } from "@/lib/i18n/format";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { CjkFont } from "./cjk-font";
import { TextFlow } from "./pdf-text-flow";
import type { ReferralDecision, ReferralReport } from "./referral-report";

export interface PdfContext {
  font: CjkFont;
  t: Translate;
  format: Formatters;
  generatedAt: Date;
  generatedBy: string;
}

const NONE = "—";
const utc = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : NONE);
const key = (text: string) => text as MessageKey;

/** The kind-specific parameters of a decision in words, when it has any. */
function paramsText(decision: ReferralDecision, { t, format }: PdfContext, currency: string): string | null {
  const params = (decision.params ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  const category = text(params.closureCategory);
  const amount = text(params.newLimit) ?? text(params.reinstateLimit);
  const until = text(params.freezeUntil);
  if (decision.kind === "CLOSE" && category) return t("account.decisions.closure", { category: t(key(`account.header.closure.${category}`)) });
  if (amount) return t("account.decisions.newLimit", { amount: format.money(amount, currency) });
  if (until) return t("account.decisions.freezeUntil", { date: until });
  return null;
}

function writeChain(flow: TextFlow, report: ReferralReport, context: PdfContext) {
  const { t } = context;
  flow.heading(t("decisions.report.section.chain"));
  for (const decision of report.chain) {
    const kind = t(key(`account.decisions.kind.${decision.kind}`));
    const status = t(key(`account.decisions.status.${decision.status}`));
    flow.text(t("decisions.report.chain.heading", { id: decision.id, kind, status }), { before: 6, size: 10.5 });
    const params = paramsText(decision, context, report.account.currency);
    if (params) flow.text(params, { indent: 12 });
    const reasons = decision.reasonCodes.map((code) => t(key(`decisions.reason.${code}`))).join("; ");
    flow.field(t("decisions.report.chain.reasons"), reasons || NONE, 12);
    flow.text(t("decisions.report.chain.proposed", { name: decision.proposer, date: utc(decision.proposedAt) }), { indent: 12 });
    flow.field(t("decisions.report.chain.note"), decision.note, 12);
    if (decision.decidedAt) {
      flow.text(t("decisions.report.chain.decided", { name: decision.approver ?? decision.proposer, date: utc(decision.decidedAt) }), { indent: 12 });
    }
    if (decision.decisionNote) flow.field(t("decisions.report.chain.decisionNote"), decision.decisionNote, 12);
    if (decision.effectiveAt) flow.text(t("decisions.report.chain.effective", { date: utc(decision.effectiveAt) }), { indent: 12 });
    if (decision.reversesDecisionId) flow.text(t("account.decisions.reverses", { id: decision.reversesDecisionId }), { indent: 12 });
    if (decision.appealId) flow.text(t("decisions.report.chain.appeal", { id: decision.appealId }), { indent: 12 });
  }
}

export async function renderReferralPdf(report: ReferralReport, context: PdfContext): Promise<Uint8Array> {
  const { t, format } = context;
  const { account, customer, evidence } = report;
  const money = (amount: string | null) => (amount === null ? NONE : format.money(amount, account.currency));
  const doc = await PDFDocument.create();
  doc.registerFontkit(context.font.fontkit);
  // Subset: only the glyphs used are embedded (the whole font is megabytes).
  const font = await doc.embedFont(context.font.bytes, { subset: true });
  const title = t("decisions.report.title");
  const subtitle = t("decisions.report.subtitle", { accountId: account.id, decisionId: report.decisionId });
  doc.setTitle(`${title} — ${subtitle}`);
  doc.setSubject(subtitle);
  doc.setCreationDate(context.generatedAt);
  doc.setProducer("Risk Ops");

  const flow = new TextFlow(doc, font);
  flow.text(title, { size: 18 });
  flow.text(subtitle, { size: 11, before: 4 });
  flow.text(t("decisions.report.generated", { date: utc(context.generatedAt.toISOString()), name: context.generatedBy }), { grey: true, before: 4 });

  flow.heading(t("decisions.report.section.account"));
  flow.field(t("decisions.report.field.accountId"), String(account.id));
  flow.field(t("decisions.report.field.status"), `${t(key(`status.${account.status}`))} (${utc(account.statusSince)})`);
  flow.field(t("decisions.report.field.openedOn"), account.openedOn);
  flow.field(t("decisions.report.field.region"), account.region);
  flow.field(t("decisions.report.field.creditLimit"), money(account.creditLimit));
  flow.field(t("decisions.report.field.outstanding"), money(account.outstanding));
  flow.field(t("decisions.report.field.overdueAmount"), money(account.overdueAmount));
  flow.field(t("decisions.report.field.currentDpd"), String(account.currentDpd));

  flow.heading(t("decisions.report.section.customer"));
  flow.field(t("decisions.report.field.fullName"), customer.fullName);
  flow.field(t("decisions.report.field.nationalId"), customer.nationalId);
  flow.field(t("decisions.report.field.phone"), customer.phone);
  flow.field(t("decisions.report.field.birthYear"), customer.birthYear === null ? NONE : String(customer.birthYear));
  flow.field(t("decisions.report.field.language"), t(key(`decisions.report.language.${customer.language}`)));

  flow.heading(t("decisions.report.section.evidence"));
  const { figures } = evidence;
  flow.field(t("decisions.report.evidence.asOf"), figures.dpdAsOf ?? NONE);
  flow.field(t("decisions.report.field.currentDpd"), figures.currentDpd === null ? NONE : String(figures.currentDpd));
  flow.field(t("decisions.report.field.outstanding"), money(figures.outstanding));
  flow.field(t("decisions.report.field.overdueAmount"), money(figures.overdueAmount));
  flow.field(t("decisions.report.field.creditLimit"), money(figures.creditLimit));
  if (evidence.flags.length === 0) flow.text(t("decisions.report.evidence.noFlags"), { before: 4 });
  for (const flag of evidence.flags) {
    const severity = flag.severity ? t(key(`queue.severity.${flag.severity}`)) : NONE;
    flow.text(t("decisions.report.evidence.flag", { rule: t(key(`queue.rule.${flag.rule}`)), severity, date: flag.detectedOn ?? NONE }), { before: 4 });
    if (flag.summary) flow.text(flag.summary, { indent: 12, grey: true });
  }

  writeChain(flow, report, context);

  flow.heading(t("decisions.report.section.appeals"));
  if (report.appeals.length === 0) flow.text(t("decisions.report.appeals.none"));
  for (const appeal of report.appeals) {
    const status = t(key(`decisions.appeals.status.${appeal.status}`));
    flow.text(t("decisions.report.appeals.item", { id: appeal.id, date: appeal.receivedAt.slice(0, 10), status }), { before: 4 });
    flow.field(t("decisions.report.appeals.statement"), appeal.statement, 12);
    if (appeal.outcomeReason) flow.field(t("decisions.report.appeals.outcome"), appeal.outcomeReason, 12);
  }

  flow.heading(t("decisions.report.section.audit"));
  flow.text(t("decisions.report.audit.intro"), { grey: true });
  for (const event of report.audit) {
    flow.text(t("decisions.report.audit.item", { seq: event.seq, action: event.action, date: utc(event.occurredAt), actor: event.actorLabel }), { before: 4 });
    flow.text(event.hash, { indent: 12, size: 8, grey: true });
  }
  flow.numberPages((page, pages) => t("decisions.report.page", { page, pages }));
  return doc.save();
}
