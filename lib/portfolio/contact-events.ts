// App uninstalls and collection calls. While an account is overdue it gets called (daytime only, less often as
// the debt ages); some customers uninstall the app now and then and put it back. CONTACT_LOST fires for 45% of the
// accounts 30+ days overdue on the as-of date: the app uninstalled 15+ days ago and never reinstalled, or every
// call of the last 15-28 days unanswered. The others were reached in the last 9 days; near misses uninstalled
// the app only 4-11 days ago, or are fewer than 30 days overdue.
import { daytimeMoment, SECONDS_PER_DAY } from "./calendar";
import { dpdOn, type Obligation } from "@/lib/credit/dpd";
import type { Random } from "./random";

export interface ContactEventRecord {
  kind: "APP_UNINSTALLED" | "APP_REINSTALLED" | "UNREACHABLE" | "REACHED";
  occurredAt: number;
  detail: string | null;
}

const REACHED_DETAILS = ["promised to pay", "agreed a repayment date", "reports financial hardship", "disputes the amount; passed to service"];
const UNREACHABLE_DETAILS = ["no answer", "phone switched off", "call rejected", "number busy"];
const CONTACT_LOST_SHARE = 0.45;

/** Days on which the account was overdue, as [first, last] runs. */
function overdueRuns(obligations: readonly Obligation[], asOfDay: number): [number, number][] {
  const spans = obligations
    .filter(({ dueDay }) => dueDay < asOfDay)
    .map(({ dueDay, paidDay }): [number, number] => [dueDay + 1, paidDay === null ? asOfDay : paidDay - 1])
    .filter(([first, last]) => first <= last)
    .sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  for (const [first, last] of spans) {
    const previous = runs[runs.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else runs.push([first, last]);
  }
  return runs;
}

export function generateContactEvents(obligations: readonly Obligation[], openedDay: number, asOfDay: number, random: Random): ContactEventRecord[] {
  const events: ContactEventRecord[] = [];
  const add = (kind: ContactEventRecord["kind"], day: number, detail: string | null = null) =>
    events.push({ kind, occurredAt: daytimeMoment(day, random), detail });
  const call = (day: number, reached: boolean) =>
    add(reached ? "REACHED" : "UNREACHABLE", day, random.pick(reached ? REACHED_DETAILS : UNREACHABLE_DETAILS));

  const currentDpd = dpdOn(obligations, asOfDay);
  const lost = currentDpd >= 30 && random.chance(CONTACT_LOST_SHARE);
  // From this day on, nobody answers (the story), so the account is unreachable for 15-28 days by the as-of date.
  const silentFrom = lost && random.chance(0.4) ? asOfDay - random.int(15, 28) : Infinity;
  for (const [first, last] of overdueRuns(obligations, asOfDay)) {
    for (let day = first + random.int(1, 4); day <= last; ) {
      call(day, day < silentFrom && random.chance(0.55));
      const dpd = dpdOn(obligations, day);
      day += dpd < 30 ? random.int(3, 6) : dpd < 90 ? random.int(7, 14) : random.int(15, 30);
    }
  }

  if (lost && silentFrom !== Infinity) {
    call(silentFrom, false);
    call(asOfDay - random.int(0, 4), false);
  } else if (lost) {
    const uninstalled = asOfDay - random.int(15, Math.min(60, currentDpd));
    add("APP_UNINSTALLED", uninstalled);
    // Once the app is gone, the calls after it go unanswered.
    for (const event of events.filter((e) => e.kind === "REACHED" && e.occurredAt >= uninstalled * SECONDS_PER_DAY)) {
      event.kind = "UNREACHABLE";
      event.detail = random.pick(UNREACHABLE_DETAILS);
    }
  } else if (currentDpd >= 30 && random.chance(0.35)) {
    const uninstalled = asOfDay - random.int(4, 11);
    call(uninstalled - 1, true);
    add("APP_UNINSTALLED", uninstalled);
  } else if (currentDpd >= 30) {
    call(asOfDay - random.int(1, 9), true);
  } else if (currentDpd > 0 && random.chance(0.3)) {
    add("APP_UNINSTALLED", asOfDay - random.int(15, 40));
  }

  // Ordinary app churn: uninstalled and put back (long enough ago to be back by the as-of date).
  const earliest = Math.max(openedDay, asOfDay - 700);
  if (earliest < asOfDay - 45 && random.chance(0.06)) {
    const day = random.int(earliest, asOfDay - 45);
    add("APP_UNINSTALLED", day);
    add("APP_REINSTALLED", day + random.int(1, 40));
  }
  if (currentDpd === 0 && random.chance(0.015)) add("APP_UNINSTALLED", asOfDay - random.int(1, 300));
  return events.sort((a, b) => a.occurredAt - b.occurredAt);
}
