// Monthly credit scores (350-950, Sesame-style) for the last six months. A score follows the customer's latent risk
// with a little noise and falls while the account is overdue (and for six months after the worst of it). The
// SCORE_DROP story loses 115-160 points at one of the last two monthly scorings; its near miss loses 70-90.
import type { AccountProfile } from "./account-profile";
import { dayOfMonth, monthIndexOf, SECONDS_PER_DAY } from "./calendar";
import { dpdOn, type Obligation } from "@/lib/credit/dpd";
import type { Random } from "./random";

export interface CreditScoreRecord {
  score: number;
  scoredAt: number;
}

const SCORING_HOUR = 2 * 3600;
/** A score remembers the worst delinquency of the last six months (sampled monthly). */
const MEMORY_DAYS = 180;
const MEMORY_STEP_DAYS = 30;
/** Enough for the 90-day SCORE_DROP window and a trend line, at a sane row count for a million accounts. */
const HISTORY_MONTHS = 6;

function scoringDays(profile: AccountProfile, asOfDay: number): number[] {
  const dayInMonth = (profile.cycleDayOfMonth % 28) + 1;
  const lastMonth = monthIndexOf(asOfDay);
  const days: number[] = [];
  for (let month = lastMonth - HISTORY_MONTHS; month <= lastMonth; month++) {
    const day = dayOfMonth(month, dayInMonth);
    if (day >= profile.openedDay && day > asOfDay - HISTORY_MONTHS * 30.5 && day <= asOfDay) days.push(day);
  }
  // A brand-new account has its application score only.
  return days.length > 0 ? days : [profile.openedDay];
}

export function generateCreditScores(profile: AccountProfile, obligations: readonly Obligation[], asOfDay: number, random: Random): CreditScoreRecord[] {
  const days = scoringDays(profile, asOfDay);
  const base = Math.min(880, Math.max(575, Math.round(705 - 50 * profile.risk)));
  const story = profile.stories.scoreDrop;
  const dropFrom = story !== null && days.length >= 3 ? days[days.length - random.int(1, 2)] : Infinity;
  const drop = story === "FIRES" ? random.int(115, 160) : random.int(70, 90);
  let noise = 0;
  return days.map((day) => {
    const dpd = dpdOn(obligations, day);
    let worst = dpd;
    for (let back = MEMORY_STEP_DAYS; back <= MEMORY_DAYS; back += MEMORY_STEP_DAYS) worst = Math.max(worst, dpdOn(obligations, day - back));
    noise = 0.6 * noise + 4 * random.normal();
    const penalty = Math.min(200, Math.round(0.75 * worst)) + (dpd > 0 ? 15 : 0) + (day >= dropFrom ? drop : 0);
    const score = Math.min(950, Math.max(350, Math.round(base + noise - penalty)));
    return { score, scoredAt: day * SECONDS_PER_DAY + SCORING_HOUR };
  });
}
