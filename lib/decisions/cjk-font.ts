// The CJK font the referral PDF is drawn in: customers' names and officers' notes are Chinese, and the PDF standard
// fonts have no Chinese glyphs. Read from the system (Debian's fonts-wqy-microhei by default; PDF_CJK_FONT names
// another TrueType font or collection), never bundled. A missing or unreadable font is CjkFontMissing, which the
// route turns into a 503 that says what to install. Loaded once per path and process; a failure is not cached, so
// installing the font fixes the next request.
import "server-only";
import { readFile } from "node:fs/promises";
import fontkit from "@pdf-lib/fontkit";

export const DEFAULT_CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

export class CjkFontMissing extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`CJK font ${path} cannot be used: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "CjkFontMissing";
  }
}

export interface CjkFont {
  path: string;
  bytes: Uint8Array;
  /** For PDFDocument.registerFontkit: creates the font, choosing the first face when the file is a collection (.ttc). */
  fontkit: { create: (bytes: Uint8Array) => ReturnType<typeof fontkit.create> };
}

const loaded = new Map<string, Promise<CjkFont>>();

async function load(path: string): Promise<CjkFont> {
  try {
    const bytes = new Uint8Array(await readFile(path));
    const font = fontkit.create(bytes) as ReturnType<typeof fontkit.create> & { fonts?: { postscriptName: string }[] };
    // pdf-lib calls create(bytes) without a face name, which fontkit answers for a collection with the collection.
    const face = font.fonts?.[0]?.postscriptName;
    if (font.fonts && !face) throw new Error("the font collection is empty");
    return { path, bytes, fontkit: { create: (data) => (face ? fontkit.create(data, face) : fontkit.create(data)) } };
  } catch (error) {
    throw new CjkFontMissing(path, error);
  }
}

export function cjkFontPath(): string {
  return process.env.PDF_CJK_FONT?.trim() || DEFAULT_CJK_FONT;
}

export function loadCjkFont(path = cjkFontPath()): Promise<CjkFont> {
  let font = loaded.get(path);
  if (!font) {
    font = load(path);
    loaded.set(path, font);
    font.catch(() => loaded.delete(path));
  }
  return font;
}
