// What a seed run accepts, shared by `npm run seed` and seedPortfolio() so both refuse the same bad input.
import { z } from "zod";
import { dayFromText } from "./calendar";

/** A million accounts fits the 15-minute budget; ten times that is the most a single run should attempt. */
export const MAX_ACCOUNTS = 10_000_000;
export const DEFAULT_SEED = 1;

export const accountsSchema = z.coerce.number().int().min(0).max(MAX_ACCOUNTS);
export const seedSchema = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const asOfSchema = z.string().refine((text) => {
  try {
    dayFromText(text);
    return true;
  } catch {
    return false;
  }
}, "must be a calendar date as YYYY-MM-DD");

export const seedArgumentsSchema = z.object({
  accounts: accountsSchema,
  seed: seedSchema.default(DEFAULT_SEED),
  asOf: asOfSchema.optional(),
});
