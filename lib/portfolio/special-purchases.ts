// The purchases the CASH_OUT stories are made of. Firing: 3-5 round amounts (multiples of 100 yuan) at one
// merchant inside 6 days, together 82-96% of the limit; or one purchase at a watch-listed merchant. Near misses:
// the same round amounts but 62-76% of the limit, or over 9+ days, or only two of them.
import { ROUND_AMOUNT_CENTS } from "./money";
import type { AccountProfile } from "./account-profile";
import type { Random } from "./random";

export interface SpecialPurchasePlan {
  kind: "ROUND_AMOUNT" | "WATCH_LISTED";
  /** Days of the purchases, oldest first. */
  days: number[];
  /** Share of the limit they add up to. */
  shareOfLimit: number;
}

export interface SpecialPurchase {
  kind: "ROUND_AMOUNT" | "WATCH_LISTED";
  day: number;
  amountCents: number;
}

function daysFrom(first: number, offsets: number[]): number[] {
  return offsets.sort((a, b) => a - b).map((offset) => first + offset);
}

export function planSpecialPurchases(profile: AccountProfile, asOfDay: number, random: Random): SpecialPurchasePlan | null {
  const story = profile.stories.cashOut;
  if (story === null) return null;
  const first = Math.max(profile.openedDay + 14, asOfDay - random.int(14, 60));
  if (story === "WATCH_LISTED") return { kind: "WATCH_LISTED", days: [first], shareOfLimit: random.between(0.02, 0.2) };
  if (story === "ROUND_AMOUNTS") {
    const offsets = [0, ...Array.from({ length: random.int(2, 4) }, () => random.int(0, 6))];
    return { kind: "ROUND_AMOUNT", days: daysFrom(first, offsets), shareOfLimit: random.between(0.82, 0.96) };
  }
  const variant = random.int(1, 3);
  if (variant === 1) {
    return { kind: "ROUND_AMOUNT", days: daysFrom(first, [0, random.int(1, 3), random.int(4, 6)]), shareOfLimit: random.between(0.62, 0.76) };
  }
  if (variant === 2) {
    return { kind: "ROUND_AMOUNT", days: daysFrom(first, [0, random.int(4, 5), random.int(9, 12)]), shareOfLimit: random.between(0.82, 0.92) };
  }
  return { kind: "ROUND_AMOUNT", days: daysFrom(first, [0, random.int(1, 3)]), shareOfLimit: random.between(0.82, 0.9) };
}

/** The purchases of a plan, against the limit on their first day. */
export function specialPurchases(plan: SpecialPurchasePlan, limitCents: number, random: Random): SpecialPurchase[] {
  if (plan.kind === "WATCH_LISTED") {
    // An ordinary-looking amount: cents and all, never a round hundred.
    const amountCents = Math.max(2_000, Math.round(limitCents * plan.shareOfLimit)) + random.int(1, 99);
    return [{ kind: "WATCH_LISTED", day: plan.days[0], amountCents }];
  }
  // Whole hundreds of yuan, at least one per purchase; rounded up for the firing story, down for the near miss.
  const exact = (limitCents * plan.shareOfLimit) / ROUND_AMOUNT_CENTS;
  let units = Math.max(plan.days.length, plan.shareOfLimit >= 0.8 ? Math.ceil(exact) : Math.floor(exact));
  return plan.days.map((day, i) => {
    const left = plan.days.length - i;
    const share = left === 1 ? units : Math.max(1, Math.min(units - (left - 1), Math.round((units / left) * random.between(0.6, 1.4))));
    units -= share;
    return { kind: "ROUND_AMOUNT", day, amountCents: share * ROUND_AMOUNT_CENTS };
  });
}
