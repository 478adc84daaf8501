// The columns of an audit export, in file order, and the SQL that produces them: CSV cells are computed by
// PostgreSQL itself (COPY ... FORMAT csv), so the spreadsheet-formula neutralisation is SQL too; neutraliseCell is
// the same rule in TypeScript, for tests and for anyone reading an export back (restoreCell undoes it).
import { AUDIT_EVENT_COLUMNS } from "../stored-event";

/** An export has every column of the trail, in the stored order. */
export const EXPORT_COLUMNS = AUDIT_EVENT_COLUMNS;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Text columns: from people, clients or code, so they may start like a formula. */
const TEXT_COLUMNS = new Set<ExportColumn>(["actor_label", "role", "action", "target_type", "target_id", "note", "request_id", "ip", "user_agent"]);

/**
 * A cell starting with = + - @ tab, CR or NUL is read as a formula (or worse) by spreadsheets: it gets a leading
 * apostrophe. A cell already starting with an apostrophe gets one too, so the rule can be undone without
 * ambiguity (restoreCell). NUL cannot reach PostgreSQL text, and is dropped here for the same result.
 */
export const FORMULA_START = ["=", "+", "-", "@", "\t", "\r", "\0", "'"];

export function neutraliseCell(text: string): string {
  const clean = text.replaceAll("\0", "");
  return clean.length > 0 && FORMULA_START.includes(clean[0]) ? `'${clean}` : clean;
}

/** Undoes neutraliseCell: what the database held. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** FORMULA_START as character codes: ascii() of the first character is the cheapest test PostgreSQL offers. */
const FORMULA_CODES = FORMULA_START.filter((c) => c !== "\0")
  .map((c) => c.charCodeAt(0))
  .join(", ");

const neutralisedText = (column: string) => `CASE WHEN ascii(${column}) IN (${FORMULA_CODES}) THEN '''' || ${column} ELSE ${column} END`;

/**
 * JSON text starts with { [ " a letter or a digit, or with "-" for a negative number: only that one can look like a
 * formula. Testing the type first keeps the jsonb-to-text conversion to one per cell.
 */
const neutralisedJson = (column: string) =>
  `CASE WHEN jsonb_typeof(${column}) = 'number' AND ${column}::text LIKE '-%' THEN '''' || ${column}::text ELSE ${column}::text END`;

/**
 * occurred_at as ISO 8601 in UTC, as PostgreSQL writes a timestamptz in JSON: "2026-11-22T10:00:00.123+00:00"
 * (sessions run in UTC; trailing zeros of the fraction are left out). Cheaper than to_char.
 */
const OCCURRED_AT_ISO = "(to_json(occurred_at) #>> '{}')";

function csvExpression(column: ExportColumn): string {
  if (column === "occurred_at") return OCCURRED_AT_ISO;
  if (column === "before" || column === "after") return neutralisedJson(column);
  return TEXT_COLUMNS.has(column) ? neutralisedText(column) : column;
}

/** The SELECT list of the CSV export: one expression per column, text neutralised, named as the header. */
export const CSV_SELECT = EXPORT_COLUMNS.map((column) => `${csvExpression(column)} AS ${column}`).join(", ");

/** The NDJSON export's one column: the event as a JSON object, before/after nested as JSON. */
export const NDJSON_SELECT = `json_build_object(${EXPORT_COLUMNS.map((column) => `'${column}', ${column}`).join(", ")})::text`;
