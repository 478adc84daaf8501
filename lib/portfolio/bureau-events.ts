// What the credit reference system reports about the customer's borrowing elsewhere: other lenders' loans and
// credit inquiries. Ordinary customers have a handful over two years; the MULTI_LENDING story has 5-9 distinct
// lenders in the last 29 days (near miss: 4 of them, or a fifth just outside the 30-day window).
import type { AccountProfile } from "./account-profile";
import { daytimeMoment } from "./calendar";
import { yuan } from "./money";
import type { Random } from "./random";

export interface BureauEventRecord {
  kind: "LOAN" | "INQUIRY";
  lenderName: string;
  amountCents: number | null;
  occurredAt: number;
}

export const LENDERS = [
  "招商银行", "工商银行", "建设银行", "平安银行", "中信银行", "浦发银行", "宁波银行", "微众银行微粒贷", "网商银行",
  "京东金条", "度小满金融", "360借条", "美团借钱", "抖音放心借", "招联消费金融", "马上消费金融", "中银消费金融",
  "兴业消费金融", "捷信消费金融", "苏宁消费金融", "小米消费金融", "拍拍贷", "宜人贷", "分期乐", "携程金融",
  "安逸花", "还呗", "洋钱罐",
];

const HISTORY_DAYS = 730;
/** Background events of story accounts stay this far back, clear of the story's window. */
const STORY_CLEARANCE_DAYS = 45;

function event(lenderName: string, day: number, random: Random): BureauEventRecord {
  const loan = random.chance(0.4);
  return { kind: loan ? "LOAN" : "INQUIRY", lenderName, amountCents: loan ? yuan(100 * random.int(10, 300)) : null, occurredAt: daytimeMoment(day, random) };
}

/** Recent borrowing: `lenders` distinct lenders, each with an inquiry and sometimes a loan, on the given days. */
function spree(lenders: string[], days: () => number, random: Random): BureauEventRecord[] {
  return lenders.flatMap((lender) => Array.from({ length: random.chance(0.3) ? 2 : 1 }, () => event(lender, days(), random)));
}

function distinctLenders(count: number, random: Random): string[] {
  const pool = [...LENDERS];
  for (let i = 0; i < count; i++) {
    const j = random.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

export function generateBureauEvents(profile: AccountProfile, asOfDay: number, random: Random): BureauEventRecord[] {
  const story = profile.stories.multiLending;
  const latest = story === null ? asOfDay - 1 : asOfDay - STORY_CLEARANCE_DAYS;
  const events: BureauEventRecord[] = [];
  for (let i = random.poisson(1.2 * Math.exp(0.4 * profile.risk)); i > 0; i--) {
    events.push(event(random.pick(LENDERS), random.int(asOfDay - HISTORY_DAYS, latest), random));
  }
  const recent = () => asOfDay - random.int(1, 29);
  if (story === "FIRES") events.push(...spree(distinctLenders(random.int(5, 9), random), recent, random));
  if (story === "NEAR_MISS") {
    const lenders = distinctLenders(5, random);
    events.push(...spree(lenders.slice(0, 4), recent, random));
    if (random.chance(0.5)) events.push(...spree(lenders.slice(4), () => asOfDay - random.int(32, 40), random));
  }
  return events.sort((a, b) => a.occurredAt - b.occurredAt);
}
