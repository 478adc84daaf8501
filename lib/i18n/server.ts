// The server side of i18n: the request's language (cookie, then Accept-Language, then English), the viewer's
// time zone, and a translator and formatters for them. Cached per request.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { PREFERENCE_COOKIES } from "@/lib/preferences/preferences";
import { resolveLocale } from "./config";
import { createFormatters, DEFAULT_TIME_ZONE, isTimeZone } from "./format";
import { CATALOGUES, createTranslator } from "./translate";

export const getTranslator = cache(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(PREFERENCE_COOKIES.locale)?.value, headerStore.get("accept-language"));
  const storedZone = cookieStore.get(PREFERENCE_COOKIES.timeZone)?.value;
  const timeZone = isTimeZone(storedZone) ? storedZone : DEFAULT_TIME_ZONE;
  const messages = CATALOGUES[locale];
  return { locale, timeZone, messages, t: createTranslator(messages), format: createFormatters(locale, timeZone) };
});
