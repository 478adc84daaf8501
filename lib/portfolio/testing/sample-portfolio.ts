// A generated sample portfolio for the generator's tests, made once per (size, seed, as-of) and shared.
import { dayFromText } from "../calendar";
import { generateAccount, type AccountRecords } from "../generate-account";
import { buildMerchantCatalogue, type MerchantCatalogue } from "../merchants";

export interface SamplePortfolio {
  asOfDay: number;
  merchants: MerchantCatalogue;
  accounts: AccountRecords[];
}

const samples = new Map<string, SamplePortfolio>();

export function samplePortfolio(size: number, seed: number, asOf = "2026-11-22"): SamplePortfolio {
  const key = `${size}/${seed}/${asOf}`;
  let sample = samples.get(key);
  if (!sample) {
    const asOfDay = dayFromText(asOf);
    const merchants = buildMerchantCatalogue(seed, asOfDay);
    const accounts = Array.from({ length: size }, (_, index) => generateAccount({ seed, asOfDay, merchants }, index));
    sample = { asOfDay, merchants, accounts };
    samples.set(key, sample);
  }
  return sample;
}
