// Streams the audit events of a filter as CSV (RFC 4180) or NDJSON into a sink, in constant memory: PostgreSQL
// writes the file's text itself (COPY ... TO STDOUT), which is piped through the CRLF record splitter (CSV) and a
// SHA-256 meter to the sink with backpressure, so a slow client slows the COPY rather than filling memory. The first
// and last events (and so the chain hash at the last) come from the same read-only snapshot as the COPY.
import "server-only";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { AuditFilter } from "../audit-filter";
import { auditFilterSql } from "../audit-filter-sql";
import { ByteMeter } from "./byte-meter";
import { CSV_SELECT, NDJSON_SELECT } from "./columns";
import { CsvRecordSplitter } from "./record-splitter";

export const EXPORT_FORMATS = ["csv", "ndjson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  filter: AuditFilter;
  format: ExportFormat;
  /** Start a CSV with the UTF-8 byte order mark, so that Excel reads it as UTF-8. */
  bom?: boolean;
}

export interface ExportStats {
  rowCount: number;
  byteCount: number;
  sha256: string;
  firstSeq: bigint | null;
  lastSeq: bigint | null;
  /** The hash of the last exported event: the chain's head as of that event. */
  chainHash: string | null;
  startedAt: Date;
  finishedAt: Date;
}

export interface ExportOptions {
  /** End the sink when the file is complete (default); the route keeps it open to record the manifest first. */
  endSink?: boolean;
  /** Read this table instead of audit_event (the archiver exports one partition); a plain identifier. */
  table?: string;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** COPY takes no bind parameters: the filter's values are inlined as escaped literals. */
function inlineParameters(client: pg.ClientBase, query: { text: string; values: unknown[] }): string {
  return query.text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = query.values[Number(n) - 1];
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value === "string") return client.escapeLiteral(value);
    throw new Error(`cannot inline a parameter of type ${typeof value}`);
  });
}

/**
 * Writes the export into `sink` using `client` (a dedicated connection, not in a transaction: the export opens its
 * own read-only snapshot). Resolves when the last byte was handed to the sink. After a failure (the client went
 * away) the connection is unusable and must be closed.
 */
export async function exportAuditEvents(client: pg.ClientBase, request: ExportRequest, sink: Writable, options: ExportOptions = {}): Promise<ExportStats> {
  const table = options.table ?? "audit_event";
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`not a table name: ${table}`);
  const startedAt = new Date();
  const where = inlineParameters(client, auditFilterSql(request.filter));
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  let copying = false;
  try {
    const ends = await client.query<{ first_seq: string | null; last_seq: string | null; last_hash: string | null }>(
      `SELECT (SELECT min(seq) FROM ${table} WHERE ${where})::text AS first_seq,
              l.seq::text AS last_seq, l.hash AS last_hash
       FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT seq, hash FROM ${table} WHERE ${where} ORDER BY seq DESC LIMIT 1) l ON true`,
    );
    const { first_seq, last_seq, last_hash } = ends.rows[0];
    const csv = request.format === "csv";
    copying = true;
    const copy = client.query(
      copyTo(
        csv
          ? `COPY (SELECT ${CSV_SELECT} FROM ${table} WHERE ${where} ORDER BY seq) TO STDOUT (FORMAT csv, HEADER true)`
          : // Each line is one JSON text, written verbatim: no quote or delimiter character can occur in PostgreSQL's JSON output.
            `COPY (SELECT ${NDJSON_SELECT} FROM ${table} WHERE ${where} ORDER BY seq) TO STDOUT (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')`,
      ),
    );
    const meter = new ByteMeter(!csv);
    if (csv && request.bom) meter.write(UTF8_BOM);
    const splitter = csv ? new CsvRecordSplitter() : null;
    const stages = splitter ? [copy, splitter, meter, sink] : [copy, meter, sink];
    await pipeline(stages, { end: options.endSink ?? true });
    await client.query("COMMIT");
    const rowCount = splitter ? splitter.records - 1 : meter.lines;
    return {
      rowCount,
      byteCount: meter.bytes,
      sha256: meter.digest(),
      firstSeq: first_seq === null ? null : BigInt(first_seq),
      lastSeq: last_seq === null ? null : BigInt(last_seq),
      chainHash: last_hash,
      startedAt,
      finishedAt: new Date(),
    };
  } catch (error) {
    // A connection that failed mid-COPY cannot run another statement (it would wait for the COPY forever): the
    // caller discards it (withAuditClient releases it as broken).
    if (!copying) await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
