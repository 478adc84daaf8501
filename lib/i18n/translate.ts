// Turning a message key into text: the catalogue per language and a translator bound to one of them.
import type { Locale } from "./config";
import { en, type Catalogue, type MessageKey } from "./messages/en";
import { zhCN } from "./messages/zh-CN";

export type { Catalogue, MessageKey };

export const CATALOGUES: Record<Locale, Catalogue> = { en, "zh-CN": zhCN };

export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A translator over one catalogue; a placeholder without a value stays visible, so a slip shows in review. */
export function createTranslator(catalogue: Catalogue): Translate {
  return (key, values) =>
    catalogue[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      values && name in values ? String(values[name]) : placeholder,
    );
}
