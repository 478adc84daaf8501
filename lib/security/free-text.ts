// Free text a person types (notes, reasons, appeal statements, searches), as one zod schema: trimmed, counted, and
// refused as invalid input when it holds what the database cannot store, rather than failing there as a 500: NUL
// (U+0000), which PostgreSQL text cannot hold, and a lone UTF-16 surrogate, which is not a character at all (the
// database driver refuses to encode it). Every other character, control or right-to-left, is kept as typed.
import { z } from "zod";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True for text the database stores as sent. */
const isStorableText = (text: string) => !text.includes("\u0000") && !LONE_SURROGATE.test(text);

export const freeText = (min: number, max: number) => z.string().trim().min(min).max(max).refine(isStorableText, "must not contain NUL or a lone surrogate");
