// Customer notices: the text a customer is sent when a decision concerns them, rendered from a template in the
// customer's language with the figures (dates "YYYY-MM-DD", amounts with their currency) and kept whole in
// customer_notice.body, the proof of what the customer was told and when. Templates live in the decisions-core
// catalogue ("decisions.notice.*"), so both languages are checked like every other string.
import "server-only";
import type { Tx } from "@/lib/db";
import type { Language, NoticeChannel } from "@/lib/generated/prisma/enums";
import { CATALOGUES, createTranslator, type MessageKey } from "@/lib/i18n/translate";
import { formatMoney, toCents } from "@/lib/rules/money";
import type { NoticeTemplate } from "./state-machine";

export type { NoticeTemplate };

export interface NoticeValues {
  /** The day the notice speaks of: when a closure or reduction takes effect, until when a freeze lasts. */
  date?: string;
  /** A limit (new, or reinstated), decimal string. */
  limit?: string;
  /** The reason sent with a rejected appeal. */
  reason?: string;
  /** A reduction below the balance: new purchases stop (said in the notice). */
  purchasesStop?: boolean;
}

const translators = { EN: createTranslator(CATALOGUES.en), ZH: createTranslator(CATALOGUES["zh-CN"]) } as const;

/** The notice's text in `language`; pure, so every template is tested in both languages. */
export function renderNotice(template: NoticeTemplate, language: Language, account: { id: number; currency: string }, values: NoticeValues = {}): string {
  const t = translators[language];
  const text = {
    account: String(account.id),
    date: values.date ?? "",
    limit: values.limit === undefined ? "" : `${formatMoney(toCents(values.limit))} ${account.currency}`,
    reason: values.reason ?? "",
  };
  const parts = [t(`decisions.notice.${template}` as MessageKey, text)];
  if (values.purchasesStop) parts.push(t("decisions.notice.purchasesStop"));
  if (template === "REINSTATED" && values.limit !== undefined) parts.push(t("decisions.notice.limitReinstated", text));
  return parts.join(language === "ZH" ? "" : " ");
}

export interface RecordedNotice {
  id: number;
  template: NoticeTemplate;
  language: Language;
  channel: NoticeChannel;
  body: string;
  sentAt: string;
}

/**
 * Records a notice to the account's customer, in their language, inside the caller's transaction, in one statement:
 * the text is rendered in both languages beforehand and the customer's language picks one as the row is written.
 */
export async function recordNotice(
  tx: Tx,
  input: { account: { id: number; currency: string }; decisionId: number | null; template: NoticeTemplate; channel: NoticeChannel; values?: NoticeValues; sentAt: Date },
): Promise<RecordedNotice> {
  const { account, template } = input;
  const en = renderNotice(template, "EN", account, input.values);
  const zh = renderNotice(template, "ZH", account, input.values);
  const [notice] = await tx.$queryRaw<{ id: number; language: Language }[]>`
    INSERT INTO customer_notice (account_id, decision_id, template, language, channel, body, sent_at)
    SELECT a.id, ${input.decisionId}::int, ${template}, c.language, ${input.channel}::"NoticeChannel",
      CASE c.language WHEN 'ZH' THEN ${zh} ELSE ${en} END, ${input.sentAt}::timestamptz
    FROM account a JOIN customer c ON c.id = a.customer_id WHERE a.id = ${account.id}
    RETURNING id, language`;
  if (!notice) throw new Error(`recordNotice: account ${account.id} does not exist`);
  const body = notice.language === "ZH" ? zh : en;
  return { id: notice.id, template, language: notice.language, channel: input.channel, body, sentAt: input.sentAt.toISOString() };
}
