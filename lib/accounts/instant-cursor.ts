// The keyset cursor of the account page's newest-first histories (limit changes, decisions): the instant and id of
// the last row shown, as opaque base64url text. Rows older than it come next, so a page neither skips nor repeats
// rows while new ones are added at the top. A malformed cursor is refused (null), never passed to SQL.
import { z } from "zod";

export interface InstantCursor {
  /** UTC ISO instant of the boundary row. */
  at: string;
  /** The boundary row's id, which breaks ties between rows of the same instant. */
  id: number;
}

const cursorSchema = z.tuple([z.iso.datetime(), z.number().int().positive().max(Number.MAX_SAFE_INTEGER)]);

export function encodeInstantCursor(cursor: InstantCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id]), "utf8").toString("base64url");
}

export function decodeInstantCursor(text: string): InstantCursor | null {
  if (text.length > 120 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
