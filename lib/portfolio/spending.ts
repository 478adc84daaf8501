// How much an account spends on its credit line each month and what its bills come to. Ordinary accounts stay
// below 89% of the limit on every bill (fees stop there too), so HIGH_UTILISATION only fires for its story:
// 3-5 bills in a row at 90.5-99% of the limit; its near miss is three bills where one (or all) stay under 89%.
import type { AccountProfile } from "./account-profile";
import type { Random } from "./random";

export const ORDINARY_CEILING = 0.89;
/** Monthly interest on a revolving balance (about 0.05% a day), and while overdue (interest plus penalty). */
const REVOLVING_RATE = 0.015;
const OVERDUE_RATE = 0.025;

/** Shares of the limit the story's last bills come to, oldest first; empty for accounts without the story. */
export function planUtilisationTargets(profile: AccountProfile, random: Random): number[] {
  const story = profile.stories.highUtilisation;
  if (story === "FIRES") return Array.from({ length: random.int(3, 5) }, () => random.between(0.905, 0.99));
  if (story !== "NEAR_MISS") return [];
  if (random.chance(0.4)) return Array.from({ length: 3 }, () => random.between(0.85, 0.885));
  const targets = [random.between(0.905, 0.97), random.between(0.905, 0.97)];
  targets.splice(random.int(0, 2), 0, random.between(0.84, 0.885));
  return targets;
}

/** New purchases in a billing period (`fraction` of a month for the period still running on the as-of date). */
export function ordinarySpend(profile: AccountProfile, limitCents: number, random: Random, fraction = 1): number {
  if (random.chance(profile.utilisation < 0.05 ? 0.4 : 0.06)) return 0;
  return Math.round(limitCents * profile.utilisation * Math.exp(0.35 * random.normal() - 0.06) * fraction);
}

/** Interest (and while overdue, penalty) on the balance carried into the bill, stopping at the ceiling. */
export function interestOn(carryCents: number, limitCents: number, overdue: boolean): number {
  if (carryCents <= 0) return 0;
  const charge = Math.floor(carryCents * (overdue ? OVERDUE_RATE : REVOLVING_RATE));
  return Math.max(0, Math.min(charge, Math.floor(limitCents * ORDINARY_CEILING) - carryCents));
}

/** Huabei's minimum repayment: 10% of the bill. */
export function minimumDue(amountDueCents: number): number {
  return Math.ceil(amountDueCents / 10);
}

/** What a current customer pays on a bill: all of it, or (revolvers) the minimum plus part of the rest. */
export function paymentOnBill(profile: AccountProfile, amountDueCents: number, limitCents: number, random: Random): number {
  const minimum = minimumDue(amountDueCents);
  // The utilisation stories keep revolving near the limit but pay enough that the next bill is theirs to set.
  if (profile.stories.highUtilisation !== null) return Math.max(minimum, amountDueCents - Math.floor(limitCents * 0.82));
  if (profile.payer === "TRANSACTOR") return amountDueCents;
  return minimum + Math.floor((amountDueCents - minimum) * random.between(0, 0.6));
}
