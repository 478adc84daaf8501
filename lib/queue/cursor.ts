// Keyset cursors: a page boundary is the sort keys and id of the row at that edge, carried in the URL as opaque
// base64url text. A cursor names its order, so a cursor from another order (an edited URL, a changed sort) is
// refused rather than misread; every key is checked for its type before it reaches SQL.
import { z } from "zod";
import { QUEUE_SORTS, SORT_DIRECTIONS, type QueueSort, type SortDirection, type SortKey } from "./sorts";

export interface QueueCursor {
  sort: QueueSort;
  dir: SortDirection;
  key: SortKey;
  id: number;
}

const instant = z.iso.datetime();
const decimal = z.string().regex(/^-?\d{1,12}(\.\d{1,2})?$/);
const caseId = z.number().int().positive().max(2_147_483_647);

const KEY_SCHEMAS: Record<QueueSort, z.ZodType<SortKey>> = {
  priority: z.tuple([z.number().int().min(1).max(4), instant]),
  due: z.tuple([instant]),
  dpd: z.tuple([z.number().int().min(0).max(2_147_483_647)]),
  outstanding: z.tuple([decimal]),
  flagged: z.tuple([instant]),
};

const envelope = z.tuple([z.enum(QUEUE_SORTS), z.enum(SORT_DIRECTIONS), caseId, z.array(z.union([z.string(), z.number()]))]);

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.dir, cursor.id, cursor.key]), "utf8").toString("base64url");
}

/** The cursor in `text` if it is one for this order, else null. */
export function decodeCursor(text: string, sort: QueueSort, dir: SortDirection): QueueCursor | null {
  if (text.length > 200 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success) return null;
  const [cursorSort, cursorDir, id, rawKey] = parsed.data;
  if (cursorSort !== sort || cursorDir !== dir) return null;
  const key = KEY_SCHEMAS[sort].safeParse(rawKey);
  return key.success ? { sort, dir, key: key.data, id } : null;
}
