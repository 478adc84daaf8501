// The merchants of a generated portfolio: a few thousand shops across the provinces, a small share of them on
// the watch list (the CASH_OUT rule fires on any purchase there). Ordinary purchases only ever go to merchants
// that are not watch-listed; the cash-out stories use the categories where cash-out really happens.
import { SECONDS_PER_DAY } from "./calendar";
import { Random } from "./random";
import { REGION_WEIGHTS } from "./regions";

export const MERCHANT_COUNT = 3_000;
const WATCH_LISTED_SHARE = 0.02;

export type Channel = "APP" | "ONLINE" | "POS" | "QR";

export interface MerchantCategory {
  code: string;
  words: readonly string[];
  channels: readonly (readonly [Channel, number])[];
  /** Share of ordinary purchases; 0 for categories only the cash-out stories use. */
  share: number;
  /** Where fake "sales" that turn credit into cash are typically booked. */
  cashOutProne: boolean;
}

export const CATEGORIES: readonly MerchantCategory[] = [
  { code: "supermarket", words: ["超市", "便利店", "生鲜"], channels: [["POS", 5], ["QR", 5]], share: 18, cashOutProne: false },
  { code: "dining", words: ["餐厅", "小吃", "火锅", "咖啡"], channels: [["QR", 7], ["POS", 3]], share: 20, cashOutProne: false },
  { code: "online_retail", words: ["网店", "旗舰店", "商城"], channels: [["ONLINE", 6], ["APP", 4]], share: 22, cashOutProne: false },
  { code: "electronics", words: ["数码", "电器", "手机城"], channels: [["POS", 5], ["ONLINE", 5]], share: 8, cashOutProne: true },
  { code: "travel", words: ["旅行社", "酒店", "票务"], channels: [["APP", 6], ["ONLINE", 4]], share: 6, cashOutProne: false },
  { code: "clothing", words: ["服饰", "鞋业"], channels: [["POS", 5], ["ONLINE", 5]], share: 9, cashOutProne: false },
  { code: "education", words: ["培训", "教育"], channels: [["ONLINE", 6], ["POS", 4]], share: 3, cashOutProne: false },
  { code: "health", words: ["药房", "诊所"], channels: [["POS", 6], ["QR", 4]], share: 4, cashOutProne: false },
  { code: "entertainment", words: ["影院", "KTV", "游戏"], channels: [["QR", 5], ["APP", 5]], share: 5, cashOutProne: false },
  { code: "utilities", words: ["生活缴费", "通信营业厅"], channels: [["APP", 10]], share: 4, cashOutProne: false },
  { code: "jewellery", words: ["珠宝", "金店", "黄金"], channels: [["POS", 10]], share: 1, cashOutProne: true },
  { code: "wholesale", words: ["商贸", "批发部", "贸易行"], channels: [["POS", 6], ["QR", 4]], share: 0, cashOutProne: true },
];

const BRAND_WORDS = [
  "鑫源", "华联", "金辉", "百福", "恒通", "万家", "乐购", "福满", "聚鑫", "宏达", "顺发", "佳和", "天元", "德隆",
  "瑞丰", "盛世", "新世纪", "东方", "美家", "和润", "益民", "安心", "君悦", "明珠", "隆基", "富源", "嘉禾", "星河",
];

const WATCH_LIST_REASONS = [
  "suspected cash-out: round-amount sales with no goods delivered",
  "acquirer fraud report: fictitious transactions",
  "payments linked to illegal gambling",
  "regulator notice: front for unlicensed lending",
];

export interface MerchantRecord {
  name: string;
  category: MerchantCategory;
  region: string;
  /** Moment it was put on the watch list; null when it is not on it. */
  watchListedAt: number | null;
  watchListReason: string | null;
}

export interface MerchantCatalogue {
  merchants: readonly MerchantRecord[];
  /** Indexes of the merchants that are not watch-listed, per category code. */
  ordinaryByCategory: ReadonlyMap<string, readonly number[]>;
  /** Merchants that are not watch-listed, in the categories where cash-out happens. */
  cashOutProne: readonly number[];
  watchListed: readonly number[];
}

export function buildMerchantCatalogue(seed: number, asOfDay: number): MerchantCatalogue {
  const random = new Random(seed, "merchants");
  const merchants: MerchantRecord[] = [];
  const ordinaryByCategory = new Map<string, number[]>(CATEGORIES.map((category) => [category.code, []]));
  const cashOutProne: number[] = [];
  const watchListed: number[] = [];
  for (let index = 0; index < MERCHANT_COUNT; index++) {
    // Every category gets merchants (wholesale too); cash-out-prone ones are over-represented on the watch list.
    const category = random.weighted(CATEGORIES.map((c) => [c, Math.max(c.share, 2)] as const));
    const region = random.weighted(REGION_WEIGHTS);
    const listed = random.chance(category.cashOutProne ? WATCH_LISTED_SHARE * 4 : WATCH_LISTED_SHARE / 2);
    merchants.push({
      name: `${region.city}${random.pick(BRAND_WORDS)}${random.pick(category.words)}`,
      category,
      region: region.code,
      watchListedAt: listed ? (asOfDay - random.int(30, 720)) * SECONDS_PER_DAY + random.int(0, SECONDS_PER_DAY - 1) : null,
      watchListReason: listed ? random.pick(WATCH_LIST_REASONS) : null,
    });
    if (listed) watchListed.push(index);
    else {
      ordinaryByCategory.get(category.code)?.push(index);
      if (category.cashOutProne) cashOutProne.push(index);
    }
  }
  return { merchants, ordinaryByCategory, cashOutProne, watchListed };
}
