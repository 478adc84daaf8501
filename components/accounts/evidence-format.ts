// Formatting shared by the account page's header, evidence and history sections: the server's translator and
// formatters (lib/i18n/server.ts), calendar dates ("YYYY-MM-DD") and UTC instants as the viewer reads them, and
// percentages the data functions give as decimal text ("92.5").
import type { getTranslator } from "@/lib/i18n/server";

/** What the sections need of getTranslator()'s result; tests build it from createTranslator and createFormatters. */
export type SectionI18n = Pick<Awaited<ReturnType<typeof getTranslator>>, "t" | "format" | "locale">;

export const dayText = ({ format }: SectionI18n, date: string) => format.calendarDate(new Date(`${date.slice(0, 10)}T00:00:00.000Z`));

export const instantText = ({ format }: SectionI18n, instant: string) => format.dateTime(new Date(instant));

/** "92.5" -> "92.5%" in the viewer's language; the ratio is only for display, the figure itself was exact. */
export const percentText = ({ format }: SectionI18n, percent: string) => format.percent(Number(percent) / 100);
