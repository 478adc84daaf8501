// The account timeline's vocabulary, apart from the database: the kinds of entry, the shape of each entry, the
// keyset cursor that pages the stream, and the mapping of a query row to an entry. The stream is ordered newest
// first by (at, key): `key` names the row and the event ("flag:12:cleared"), so entries at the same instant keep
// one order, the same in SQL (COLLATE "C") and here (code-unit order over ASCII keys).
import { z } from "zod";
import { AppealStatus, DecisionKind, NoticeChannel, RuleCode, Severity } from "@/lib/generated/prisma/enums";

export const TIMELINE_KINDS = ["STATEMENT", "FLAG", "CASE", "NOTE", "DECISION", "NOTICE", "APPEAL", "LIMIT"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_PAGE_SIZE = 30;
export const TIMELINE_MAX_PAGE_SIZE = 100;

const id = z.number().int().positive();
const bigId = z.string().regex(/^\d+$/);
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const name = z.string().nullable();

/** Each kind's details, as the timeline query builds them (jsonb, camelCase; money and bigint ids as text). */
const DETAILS = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("STATEMENT"),
    event: z.literal("MISSED"),
    statementId: bigId,
    cycleDate: day,
    dueDate: day,
    minimumDue: decimal,
    amountPaid: decimal,
    /** When at least the minimum was paid, after the due date; null while it is still unpaid. */
    paidDate: day.nullable(),
    currency: z.string(),
  }),
  z.object({
    kind: z.literal("FLAG"),
    event: z.enum(["RAISED", "CLEARED"]),
    flagId: bigId,
    rule: z.enum(RuleCode),
    severity: z.enum(Severity),
    ruleVersion: z.number().int(),
  }),
  z.object({
    kind: z.literal("CASE"),
    event: z.enum(["OPENED", "CLOSED", "CLAIMED", "RELEASED", "ASSIGNED"]),
    caseId: id,
    /** Who claimed, released or assigned (opening and closing are the system's). */
    actor: name,
    /** Whom the case was assigned to. */
    assignee: name,
  }),
  z.object({
    kind: z.literal("NOTE"),
    event: z.literal("ADDED"),
    noteId: id,
    author: z.string(),
    /** The note's first characters; the notes section shows it whole. */
    excerpt: z.string(),
    correctsNoteId: id.nullable(),
  }),
  z.object({
    kind: z.literal("DECISION"),
    event: z.enum(["PROPOSED", "APPROVED", "REJECTED", "CANCELLED", "EFFECTIVE"]),
    decisionId: id,
    decisionKind: z.enum(DecisionKind),
    /** The proposer (proposed) or the approver (approved, rejected); null for the rest. */
    by: name,
    reversesDecisionId: id.nullable(),
  }),
  z.object({
    kind: z.literal("NOTICE"),
    event: z.literal("SENT"),
    noticeId: id,
    template: z.string(),
    channel: z.enum(NoticeChannel),
    decisionId: id.nullable(),
  }),
  z.object({
    kind: z.literal("APPEAL"),
    event: z.literal("RECEIVED"),
    appealId: id,
    channel: z.enum(NoticeChannel),
    status: z.enum(AppealStatus),
    decisionId: id.nullable(),
  }),
  z.object({
    kind: z.literal("LIMIT"),
    event: z.literal("CHANGED"),
    changeId: bigId,
    previousAmount: decimal.nullable(),
    amount: decimal,
    currency: z.string(),
    reason: z.string(),
    by: name,
  }),
]);

export type TimelineDetails = z.infer<typeof DETAILS>;
/** One entry: when (ISO instant; a missed bill is placed at its due date, 00:00 UTC), its key, and its details. */
export type TimelineItem = TimelineDetails & { at: string; key: string };

export interface TimelinePage {
  items: TimelineItem[];
  /** The cursor of the next (older) page; null when this is the oldest. */
  nextCursor: string | null;
}

/** A row of the timeline query. */
export interface TimelineRow {
  at: Date;
  key: string;
  details: unknown;
}

export function toTimelineItem(row: TimelineRow): TimelineItem {
  return { ...DETAILS.parse(row.details), at: row.at.toISOString(), key: row.key };
}

/** Rows come `limit + 1` at most: the extra one only says that an older page exists. */
export function timelinePage(rows: TimelineRow[], limit: number): TimelinePage {
  const items = rows.slice(0, limit).map(toTimelineItem);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeTimelineCursor({ at: last.at, key: last.key }) : null };
}

export interface TimelineCursor {
  at: string;
  key: string;
}

const cursorSchema = z.tuple([z.iso.datetime(), z.string().regex(/^[a-z]+:\d+(:[a-z]+)?$/).max(60)]);

export function encodeTimelineCursor(cursor: TimelineCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.key]), "utf8").toString("base64url");
}

/** The cursor in `text`, or null for anything that is not one (an edited URL), which then reads the first page. */
export function decodeTimelineCursor(text: string): TimelineCursor | null {
  if (text.length > 200 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? { at: parsed.data[0], key: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** Kinds as a URL parameter ("FLAG,NOTE"), in the catalogue's order; every kind is the empty string. */
export function kindsParam(kinds: readonly TimelineKind[]): string {
  const chosen = TIMELINE_KINDS.filter((kind) => kinds.includes(kind));
  return chosen.length === TIMELINE_KINDS.length ? "" : chosen.join(",");
}
