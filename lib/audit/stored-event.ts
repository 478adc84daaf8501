// A stored audit event as the chain hashes it, read fast: verification and archiving walk millions of rows, so
// they select every column as raw text (no Date, BigInt or driver type parsing) and build the canonical JSON of
// chain.ts directly, keys already in sorted order. `storedContentJson` must equal `canonicalJson(content)` for
// the same event; stored-event.test.ts checks that against chain.ts on awkward values.
import { canonicalJson } from "./chain";

/** The columns in STORED_EVENT_COLUMNS order, every one as text (or NULL), read under STORED_EVENT_SESSION. */
export type StoredEventRow = [
  seq: string,
  occurredAt: string,
  actorId: string | null,
  actorLabel: string,
  role: string | null,
  action: string,
  targetType: string | null,
  targetId: string | null,
  accountId: string | null,
  caseId: string | null,
  decisionId: string | null,
  before: string | null,
  after: string | null,
  note: string | null,
  requestId: string | null,
  ip: string | null,
  userAgent: string | null,
  prevHash: string,
  hash: string,
];

/**
 * The session settings STORED_EVENT_COLUMNS is read under: occurred_at travels in PostgreSQL's own ISO output,
 * "2026-11-22 10:00:00.12+00", which costs the server a third less than to_char; isoInstant rewrites it.
 */
export const STORED_EVENT_SESSION = "SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, MDY'";

/** The audit_event columns in the chain's and the export's order. */
export const AUDIT_EVENT_COLUMNS = [
  "seq",
  "occurred_at",
  "actor_id",
  "actor_label",
  "role",
  "action",
  "target_type",
  "target_id",
  "account_id",
  "case_id",
  "decision_id",
  "before",
  "after",
  "note",
  "request_id",
  "ip",
  "user_agent",
  "prev_hash",
  "hash",
] as const;

export const STORED_EVENT_COLUMNS = AUDIT_EVENT_COLUMNS.join(", ");

/** Makes node-postgres hand every column over as the server's text, unparsed. */
export const RAW_TEXT_TYPES = { getTypeParser: () => (value: string) => value };

/** PostgreSQL's ISO output of a UTC timestamptz(3) as Date.toISOString() writes it ("2026-11-22T10:00:00.120Z"). */
export function isoInstant(pg: string): string {
  // "YYYY-MM-DD HH:MM:SS" then an optional fraction (trailing zeros dropped), then "+00".
  if (pg.length < 22 || pg[10] !== " " || !pg.endsWith("+00")) throw new Error(`not a UTC timestamp in ISO style: ${pg}`);
  const fraction = pg.length === 22 ? "000" : pg.slice(20, -3).padEnd(3, "0");
  return `${pg.slice(0, 10)}T${pg.slice(11, 19)}.${fraction}Z`;
}

const text = (value: string | null) => (value === null ? "null" : JSON.stringify(value));
// PostgreSQL writes integers exactly as JSON.stringify does.
const int = (value: string | null) => (value === null ? "null" : value);
const json = (value: string | null) => (value === null ? "null" : canonicalJson(JSON.parse(value)));

/** canonicalJson of the event's AuditContent, from its stored text; keys in code-unit order as canonicalJson sorts them. */
export function storedContentJson(row: StoredEventRow): string {
  return (
    `{"accountId":${int(row[8])},"action":${text(row[5])},"actorId":${int(row[2])},"actorLabel":${text(row[3])}` +
    `,"after":${json(row[12])},"before":${json(row[11])},"caseId":${int(row[9])},"decisionId":${int(row[10])}` +
    `,"ip":${text(row[15])},"note":${text(row[13])},"occurredAt":"${isoInstant(row[1])}","requestId":${text(row[14])}` +
    `,"role":${text(row[4])},"seq":${text(row[0])},"targetId":${text(row[7])},"targetType":${text(row[6])}` +
    `,"userAgent":${text(row[16])}}`
  );
}
