// The credit limit over an account's life: the initial limit, increases from periodic reviews and from approved
// limit-increase applications, and the applications themselves. Limits only rise while the account is current;
// the LIMIT_APPLICATION_BURST story is 3-5 applications inside 6 days (its near miss: 2 inside a week, or 3 spread
// over more than 8 days), and ordinary applications are at least 40 days apart, so they never look like a burst.
import { SECONDS_PER_DAY } from "./calendar";
import type { AccountProfile } from "./account-profile";
import { floorTo, yuan } from "./money";
import type { Random } from "./random";

export interface LimitChangeRecord {
  amountCents: number;
  previousCents: number | null;
  reason: string;
  changedAt: number;
}

export interface LimitApplicationRecord {
  requestedCents: number;
  appliedAt: number;
  outcome: "PENDING" | "APPROVED" | "DECLINED";
}

interface PlannedEvent {
  at: number;
  kind: "REVIEW" | "APPLICATION" | "STORY_APPLICATION";
}

const MAX_LIMIT = yuan(100_000);
const STEP = yuan(100);
const HOUR = 3600;
const APPLICATION_SPACING = 40 * SECONDS_PER_DAY;
/** Applications this recent have not been decided yet on the as-of date. */
const UNDECIDED_DAYS = 4;

function storyApplications(profile: AccountProfile, asOfDay: number, random: Random): number[] {
  const { limitBurst } = profile.stories;
  if (limitBurst === "FIRES") {
    const times = [(asOfDay - random.int(6, 40)) * SECONDS_PER_DAY + random.int(0, 12 * HOUR)];
    for (let i = random.int(2, 4); i > 0; i--) times.push(times[times.length - 1] + random.int(1, 30) * HOUR);
    return times;
  }
  if (limitBurst === "NEAR_MISS") {
    const start = (asOfDay - random.int(14, 40)) * SECONDS_PER_DAY + random.int(0, 12 * HOUR);
    if (random.chance(0.5)) return [start, start + random.int(12, 72) * HOUR];
    return [start, start + random.int(101, 115) * HOUR, start + random.int(205, 260) * HOUR];
  }
  return [];
}

function plan(profile: AccountProfile, endDay: number, random: Random): PlannedEvent[] {
  const start = profile.openedAt;
  const end = endDay * SECONDS_PER_DAY;
  const story = storyApplications(profile, endDay, random);
  const events: PlannedEvent[] = story.map((at) => ({ at, kind: "STORY_APPLICATION" }));
  for (let month = 6; start + month * 30.4 * SECONDS_PER_DAY < end; month += 6) {
    events.push({ at: start + Math.round(month * 30.4 * SECONDS_PER_DAY), kind: "REVIEW" });
  }
  const years = (end - start) / (365 * SECONDS_PER_DAY);
  const earliest = start + 30 * SECONDS_PER_DAY;
  const candidates: number[] = [];
  if (earliest < end) for (let i = random.poisson(0.25 * years + 0.1); i > 0; i--) candidates.push(random.int(earliest, end - 1));
  let previous = -Infinity;
  for (const at of candidates.sort((a, b) => a - b)) {
    const nearStory = story.some((storyAt) => Math.abs(storyAt - at) < APPLICATION_SPACING);
    if (at - previous < APPLICATION_SPACING || nearStory) continue;
    events.push({ at, kind: "APPLICATION" });
    previous = at;
  }
  return events.sort((a, b) => a.at - b.at);
}

export class LimitHistory {
  limitCents: number;
  readonly changes: LimitChangeRecord[];
  readonly applications: LimitApplicationRecord[] = [];
  private readonly events: PlannedEvent[];
  private nextEvent = 0;

  /**
   * `endDay`: the as-of date (or closing day); `frozenFrom`: a day from which the limit must stay as it is,
   * so that the stories measured against the limit (high utilisation, cash-out) still hold on the as-of date.
   */
  constructor(
    profile: AccountProfile,
    private readonly endDay: number,
    private readonly frozenFrom: number | null,
    private readonly random: Random,
  ) {
    this.limitCents = profile.initialLimitCents;
    this.changes = [{ amountCents: this.limitCents, previousCents: null, reason: "initial limit", changedAt: profile.openedAt }];
    this.events = plan(profile, endDay, random);
  }

  /** Decides the events before `day`, given whether the account was current then; returns the limit on `day`. */
  advanceTo(day: number, current: boolean): number {
    const before = day * SECONDS_PER_DAY;
    while (this.nextEvent < this.events.length && this.events[this.nextEvent].at < before) {
      this.decide(this.events[this.nextEvent++], current);
    }
    return this.limitCents;
  }

  private decide(event: PlannedEvent, current: boolean) {
    const random = this.random;
    const mayRise = current && (this.frozenFrom === null || event.at < this.frozenFrom * SECONDS_PER_DAY);
    if (event.kind === "REVIEW") {
      if (mayRise && random.chance(0.3)) this.raise(this.limitCents * random.between(1.1, 1.5), "periodic review increase", event.at);
      return;
    }
    const requestedCents = Math.min(MAX_LIMIT, floorTo(this.limitCents * random.between(1.2, 2), STEP));
    const undecided = event.at >= (this.endDay - UNDECIDED_DAYS) * SECONDS_PER_DAY;
    const approved = event.kind === "APPLICATION" && !undecided && mayRise && random.chance(0.5);
    const outcome = undecided ? "PENDING" : approved ? "APPROVED" : "DECLINED";
    this.applications.push({ requestedCents, appliedAt: event.at, outcome });
    if (approved) this.raise(requestedCents, "limit increase application approved", event.at + random.int(60, 2 * HOUR));
  }

  private raise(amount: number, reason: string, at: number) {
    const amountCents = Math.min(MAX_LIMIT, floorTo(amount, STEP));
    if (amountCents <= this.limitCents) return;
    this.changes.push({ amountCents, previousCents: this.limitCents, reason, changedAt: at });
    this.limitCents = amountCents;
  }
}
