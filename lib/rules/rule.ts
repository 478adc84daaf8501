// What every review rule is: a pure function of one account's data and its thresholds that returns null when it does
// not fire, or the evidence when it does. Evidence is structured JSON (the figures and the ids of the rows behind
// them, for the UI to render in any language) plus `summary`, a short English sentence for logs and exports.
import type { Json } from "@/lib/audit/chain";
import type { AccountData } from "./account-data";

export type Evidence = { summary: string } & { [key: string]: Json };

export type Rule<Thresholds, E extends Evidence> = (account: AccountData, thresholds: Thresholds) => E | null;

/** A comparator ordering rows by a text key (dates and UTC ISO instants order as text). */
export const ascendingBy = <T>(key: (row: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
