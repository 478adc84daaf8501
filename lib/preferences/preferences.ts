// The viewer's display preferences (language, colour theme, time zone), kept in cookies so the server renders
// the first paint right: the <html lang>, the dark class and every date, with no flash after hydration.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { isTimeZone } from "@/lib/i18n/format";

export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const PREFERENCE_COOKIES = {
  locale: "riskops_locale",
  theme: "riskops_theme",
  timeZone: "riskops_tz",
} as const;

/** A year: a preference is a standing choice, not a session detail. */
export const PREFERENCE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export const preferencesInput = z
  .object({
    locale: z.enum(LOCALES).optional(),
    theme: z.enum(THEMES).optional(),
    timeZone: z.string().refine(isTimeZone).optional(),
  })
  .strict();

export type PreferencesInput = z.infer<typeof preferencesInput>;

export function parseTheme(value: string | undefined): Theme {
  return value === "dark" ? "dark" : "light";
}
