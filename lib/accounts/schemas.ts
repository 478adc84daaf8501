// Zod schemas of the account page: the inputs of adding a note and unmasking the customer (shared by the forms,
// which count characters by the same rules, and the actions), and the timeline route's query.
import { z } from "zod";
import { freeText } from "@/lib/security/free-text";
import { decodeTimelineCursor, TIMELINE_KINDS, TIMELINE_MAX_PAGE_SIZE, type TimelineCursor, type TimelineKind } from "./timeline";

export const NOTE_MIN = 10;
export const NOTE_MAX = 4000;
export const UNMASK_REASON_MIN = 10;
export const UNMASK_REASON_MAX = 500;

const rowId = z.number().int().positive().max(2_147_483_647);

export const accountIdParam = z.coerce.number().int().positive().max(2_147_483_647);

/** Notes are trimmed before they are counted, so ten spaces are not a note. */
export const addNoteInput = z.object({
  accountId: rowId,
  body: freeText(NOTE_MIN, NOTE_MAX),
  correctsNoteId: rowId.optional(),
});
export type AddNoteInput = z.input<typeof addNoteInput>;

export const unmaskInput = z.object({
  accountId: rowId,
  reason: freeText(UNMASK_REASON_MIN, UNMASK_REASON_MAX),
});
export type UnmaskInput = z.input<typeof unmaskInput>;

/** "FLAG,NOTE": each a known kind; absent or empty means every kind. */
const kindsList = z
  .string()
  .max(200)
  .transform((text, context): TimelineKind[] => {
    const asked = text.split(",").filter((part) => part !== "");
    const unknown = asked.filter((part) => !(TIMELINE_KINDS as readonly string[]).includes(part));
    if (unknown.length > 0) {
      context.addIssue({ code: "custom", message: `unknown kinds: ${unknown.join(",")}` });
      return z.NEVER;
    }
    return asked.length === 0 ? [...TIMELINE_KINDS] : TIMELINE_KINDS.filter((kind) => asked.includes(kind));
  });

const cursor = z.string().transform((text, context): TimelineCursor => {
  const decoded = decodeTimelineCursor(text);
  if (!decoded) {
    context.addIssue({ code: "custom", message: "not a timeline cursor" });
    return z.NEVER;
  }
  return decoded;
});

export const timelineQuery = z.object({
  kinds: kindsList.optional().transform((kinds) => kinds ?? [...TIMELINE_KINDS]),
  before: cursor.optional(),
  limit: z.coerce.number().int().min(1).max(TIMELINE_MAX_PAGE_SIZE).optional(),
});
