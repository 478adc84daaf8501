// Purchases one by one for the last three months of each credit-line account (older months exist only as bill
// totals, which keeps a million accounts' worth of rows sane). Each billing period's new spend is split into a
// few purchases with ordinary cents-and-all amounts; the cash-out stories add their round amounts at one
// cash-out-prone merchant, or a purchase at a watch-listed one.
import { daytimeMoment } from "./calendar";
import type { SpendPeriod } from "./credit-history";
import { CATEGORIES, type Channel, type MerchantCatalogue } from "./merchants";
import { ROUND_AMOUNT_CENTS, yuan } from "./money";
import type { Random } from "./random";

export interface PurchaseRecord {
  merchantIndex: number;
  amountCents: number;
  category: string;
  channel: Channel;
  occurredAt: number;
}

const ORDINARY_CATEGORIES = CATEGORIES.filter((category) => category.share > 0).map((category) => [category, category.share] as const);
const MAX_PURCHASES_PER_PERIOD = 5;

/** Splits an amount into `count` parts of whole cents, none of them a round hundred yuan. */
function split(totalCents: number, count: number, random: Random): number[] {
  const weights = Array.from({ length: count }, () => random.between(0.3, 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((weight) => Math.floor((totalCents * weight) / sum));
  parts[count - 1] += totalCents - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; i < count - 1; i++) {
    if (parts[i] % ROUND_AMOUNT_CENTS === 0) {
      parts[i] += 1;
      parts[count - 1] -= 1;
    }
  }
  return parts;
}

export function generatePurchases(periods: SpendPeriod[], catalogue: MerchantCatalogue, random: Random): PurchaseRecord[] {
  const purchases: PurchaseRecord[] = [];
  const { merchants } = catalogue;
  let cashOutMerchant: number | null = null;
  for (const period of periods) {
    if (period.ordinaryCents > 0) {
      const count = Math.min(MAX_PURCHASES_PER_PERIOD, Math.ceil(period.ordinaryCents / yuan(random.int(250, 600))), period.ordinaryCents);
      for (const amountCents of split(period.ordinaryCents, count, random)) {
        const category = random.weighted(ORDINARY_CATEGORIES);
        const merchantIndex = random.pick(catalogue.ordinaryByCategory.get(category.code) ?? []);
        const day = random.int(period.afterDay + 1, period.untilDay);
        const channel = random.weighted(category.channels);
        purchases.push({ merchantIndex, amountCents, category: category.code, channel, occurredAt: daytimeMoment(day, random) });
      }
    }
    for (const special of period.specials) {
      const merchantIndex =
        special.kind === "WATCH_LISTED" ? random.pick(catalogue.watchListed) : (cashOutMerchant ??= random.pick(catalogue.cashOutProne));
      const { category } = merchants[merchantIndex];
      purchases.push({
        merchantIndex,
        amountCents: special.amountCents,
        category: category.code,
        channel: special.kind === "ROUND_AMOUNT" ? random.pick<Channel>(["POS", "QR"]) : random.weighted(category.channels),
        occurredAt: daytimeMoment(special.day, random),
      });
    }
  }
  return purchases.sort((a, b) => a.occurredAt - b.occurredAt);
}
