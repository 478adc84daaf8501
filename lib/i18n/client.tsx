"use client";
// The client side of i18n: the server hands down the request's language, zone and catalogue once (root layout),
// and client components translate and format with the same rules through useI18n().
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "./config";
import { createFormatters, type Formatters } from "./format";
import { createTranslator, type Catalogue, type Translate } from "./translate";

interface I18n {
  locale: Locale;
  timeZone: string;
  t: Translate;
  format: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: { locale: Locale; timeZone: string; messages: Catalogue; children: ReactNode }) {
  const { locale, timeZone, messages } = props;
  const value = useMemo(
    () => ({ locale, timeZone, t: createTranslator(messages), format: createFormatters(locale, timeZone) }),
    [locale, timeZone, messages],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n() needs an <I18nProvider> above it (components/providers.tsx)");
  return value;
}
