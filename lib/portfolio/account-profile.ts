// The story of one generated account, decided before any row is made: when and where it was opened, which
// products it has, how risky it is, how it spends and repays, and which review-rule pattern (or near miss) it
// will show. The other generators read this profile; the shares below are what the rules engine will find.
import { SECONDS_PER_DAY } from "./calendar";
import { floorTo, yuan } from "./money";
import type { Random } from "./random";
import { REGION_WEIGHTS, type Region } from "./regions";

/** A story either makes its rule fire, or stops just short of the threshold, or is absent. */
export type Story = "FIRES" | "NEAR_MISS" | null;
export type CashOutStory = "ROUND_AMOUNTS" | "WATCH_LISTED" | "NEAR_MISS" | null;

export interface Stories {
  cashOut: CashOutStory;
  multiLending: Story;
  highUtilisation: Story;
  limitBurst: Story;
  scoreDrop: Story;
}

export interface AccountProfile {
  region: Region;
  openedDay: number;
  /** Moment the account (and its customer) was created. */
  openedAt: number;
  creditLine: boolean;
  cashLoan: boolean;
  /** Day the customer closed the account (credit-line-only, never delinquent ones); null while open. */
  closedDay: number | null;
  /** Latent risk, standard normal for an ordinary account and shifted up by risky stories. */
  risk: number;
  /** Day of the month the bill is cut (1-28, so every month has it). */
  cycleDayOfMonth: number;
  initialLimitCents: number;
  /** Transactors pay the bill in full; revolvers pay part of it and carry a balance. */
  payer: "TRANSACTOR" | "REVOLVER";
  /** Typical monthly spend as a share of the limit. */
  utilisation: number;
  stories: Stories;
}

/** Accounts were opened over the five years before the as-of date, more of them recently (a growing book). */
const BOOK_AGE_DAYS = 5 * 365;
const MAX_LIMIT = yuan(100_000);

/** How much riskier (in standard deviations) the customers behind each story are. */
const STORY_RISK = { cashOut: 0.7, multiLending: 0.8, highUtilisation: 0.4, limitBurst: 0.5, scoreDrop: 0.6 };

function story(random: Random, eligible: boolean, fires: number, nearMiss: number): Story {
  if (!eligible) return null;
  return random.weighted<Story>([["FIRES", fires], ["NEAR_MISS", nearMiss], [null, 1 - fires - nearMiss]]);
}

export function generateProfile(random: Random, asOfDay: number): AccountProfile {
  const region = random.weighted(REGION_WEIGHTS);
  const ageDays = Math.max(1, Math.floor(BOOK_AGE_DAYS * (1 - Math.sqrt(random.next()))));
  const openedDay = asOfDay - ageDays;
  const products = random.weighted([["LINE", 70], ["BOTH", 18], ["LOAN", 12]] as const);
  const creditLine = products !== "LOAN";

  const stories: Stories = {
    cashOut: creditLine && ageDays >= 45
      ? random.weighted<CashOutStory>([["ROUND_AMOUNTS", 0.012], ["WATCH_LISTED", 0.008], ["NEAR_MISS", 0.012], [null, 0.968]])
      : null,
    multiLending: story(random, true, 0.025, 0.02),
    highUtilisation: story(random, creditLine && ageDays >= 190, 0.03, 0.025),
    limitBurst: story(random, ageDays >= 60, 0.015, 0.02),
    scoreDrop: story(random, ageDays >= 120, 0.02, 0.02),
  };
  let risk = random.normal();
  if (stories.cashOut === "ROUND_AMOUNTS" || stories.cashOut === "WATCH_LISTED") risk += STORY_RISK.cashOut;
  if (stories.multiLending === "FIRES") risk += STORY_RISK.multiLending;
  if (stories.highUtilisation === "FIRES") risk += STORY_RISK.highUtilisation;
  if (stories.limitBurst === "FIRES") risk += STORY_RISK.limitBurst;
  if (stories.scoreDrop === "FIRES") risk += STORY_RISK.scoreDrop;

  const hasStory = Object.values(stories).some((value) => value !== null);
  const closes = products === "LINE" && !hasStory && ageDays >= 240 && random.chance(0.012);
  const closedDay = closes ? asOfDay - random.int(30, ageDays - 180) : null;

  const limit = yuan(6_000) * Math.exp(0.7 * random.normal() - 0.2 * risk);
  const initialLimitCents = Math.min(MAX_LIMIT, Math.max(yuan(500), floorTo(limit, yuan(100))));

  // Cash-out customers keep the line nearly empty until the day they drain it; high-utilisation ones revolve.
  const cashingOut = stories.cashOut !== null;
  const payer =
    cashingOut || closes ? "TRANSACTOR"
    : stories.highUtilisation !== null ? "REVOLVER"
    : random.chance(0.45 - 0.1 * Math.max(-1, Math.min(1, risk))) ? "TRANSACTOR" : "REVOLVER";
  const band = random.weighted([[[0.01, 0.04], 15], [[0.05, 0.2], 35], [[0.2, 0.45], 35], [[0.45, 0.7], 15]] as const);
  const utilisation = cashingOut ? random.between(0.02, 0.06) : random.between(band[0], band[1]);

  return {
    region,
    openedDay,
    openedAt: openedDay * SECONDS_PER_DAY + random.int(0, SECONDS_PER_DAY - 1),
    creditLine,
    cashLoan: products !== "LINE",
    closedDay,
    risk,
    cycleDayOfMonth: random.int(1, 28),
    initialLimitCents,
    payer,
    utilisation,
    stories,
  };
}
