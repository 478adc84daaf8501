// What an officer typed in the queue's search box, read as the queue's search supports it: an account id, the last
// four digits of a phone number (as typed or as shown, ******1234), or a customer's name: as shown (王*明, matched
// whole), the start of one (a surname), or a full name, which is masked before comparing, so the search never
// matches unmasked names. Names compare lower-case.
import { maskName } from "./masking";

export type SearchTerm =
  | { kind: "account"; accountId: number }
  /** Four digits are an account id or a phone suffix alike. */
  | { kind: "accountOrPhone"; accountId: number; phoneSuffix: string }
  | { kind: "phone"; phoneSuffix: string }
  /** A name as the queue shows it, lower-case. */
  | { kind: "maskedName"; masked: string }
  /** Lower-case; `prefix` is a LIKE pattern (escaped, ending in %), `masked` the typed name masked, when it differs. */
  | { kind: "name"; prefix: string; masked: string | null };

const MAX_ID = 2_147_483_647;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function parseSearch(q: string): SearchTerm | null {
  const text = q.trim().replace(/＊/g, "*");
  if (text === "") return null;
  if (/^\d{4}$/.test(text)) return { kind: "accountOrPhone", accountId: Number(text), phoneSuffix: text };
  if (/^\d{1,10}$/.test(text)) {
    // An id no account can have still searches (and finds nothing) rather than widening the view to everything.
    const accountId = Number(text);
    return { kind: "account", accountId: accountId <= MAX_ID ? accountId : 0 };
  }
  const phone = /^\*+(\d{4})$/.exec(text);
  if (phone) return { kind: "phone", phoneSuffix: phone[1] };
  const lower = text.toLowerCase();
  if (text.includes("*")) return { kind: "maskedName", masked: lower };
  const masked = maskName(text).toLowerCase();
  return { kind: "name", prefix: `${escapeLike(lower)}%`, masked: masked === lower ? null : masked };
}
