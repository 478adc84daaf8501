// A region's name in the viewer's language: the demo portfolio's provinces by name, any other code (an imported
// data set's country, e.g. TW) as it is.
import type { Locale } from "@/lib/i18n/config";
import { REGIONS } from "@/lib/portfolio/regions";

const BY_CODE = new Map(REGIONS.map((region) => [region.code, region]));

export function regionName(code: string, locale: Locale): string {
  const region = BY_CODE.get(code);
  if (!region) return code;
  return locale === "zh-CN" ? region.nameZh : region.nameEn;
}
