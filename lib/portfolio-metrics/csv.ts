// CSV text of a chart's figures (issue 7, "download data as CSV"): RFC 4180 (comma, CRLF between records, a field
// quoted when it holds a comma, a quote or a line break, quotes doubled). Numbers and decimal strings are written
// as they are, so money stays exact; any other text goes through the audit export's formula neutralisation
// (a cell starting with = + - @ ... gets an apostrophe), as a name from the database could start like a formula.
import { neutraliseCell } from "@/lib/audit/export/columns";

export type CsvCell = string | number | null;

const DECIMAL = /^-?\d+(\.\d+)?(e-?\d+)?$/;

function field(cell: CsvCell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" || DECIMAL.test(cell) ? String(cell) : neutraliseCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header line and one line per row, each ended by CRLF. */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(field).join(",")}\r\n`).join("");
}
