// The export against the shared test database, scoped to events this file appends (its own actor label): the CSV
// parses back (RFC 4180) to exactly the database's rows with formulas neutralised, NDJSON likewise, the manifest's
// hash is that of the bytes, an empty filter gives a valid empty file, and the route streams and records it.
import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appendAuditEvent, type AuditActor } from "../append-audit-event";
import type { AuditFilter } from "../audit-filter";
import { closeAuditPool, withAuditClient } from "../audit-pool";
import type { RouteUser } from "../route-deps";
import { EXPORT_COLUMNS, neutraliseCell, restoreCell } from "./columns";
import { exportAuditEvents, type ExportRequest } from "./export-audit-events";
import { handleAuditExport } from "./export-handler";
import { handleExportManifest } from "./manifest-handler";
import { getExportManifest } from "./record-export";
import { runAuditExport } from "./run-audit-export";

const label = `export-test-${process.pid}-${Date.now()}@riskops.test`;
const actor: AuditActor = { actorId: null, actorLabel: label, role: "COMPLIANCE", requestId: "=cmd|' /C calc'!A0", ip: "-1+1", userAgent: "@SUM(A1)" };
const NOTES: (string | null)[] = [
  '=HYPERLINK("http://evil.example","x")',
  "+1",
  "-1",
  "@SUM(A1)",
  '=1+1, "quoted", and a comma',
  "two\nlines",
  "carriage\rreturn",
  "\tstarts with a tab",
  "\rstarts with CR",
  "'already quoted",
  "中文备注：逾期，已联系客户",
  "",
  null,
];

class MemorySink extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void) {
    this.chunks.push(chunk);
    callback();
  }
  get bytes() {
    return Buffer.concat(this.chunks);
  }
}

/** RFC 4180: records end in CRLF, quoted cells may hold commas, CR, LF and doubled quotes. Unquoted empty is NULL. */
function parseCsv(text: string): (string | null)[][] {
  const records: (string | null)[][] = [];
  let record: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let cell: string | null;
    if (text[i] === '"') {
      cell = "";
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new Error("unterminated quoted cell");
        cell += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          cell += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      const raw = end === -1 ? text.slice(i) : text.slice(i, i + end);
      if (/["\r\n]/.test(raw)) throw new Error(`bare quote or line break in an unquoted cell: ${JSON.stringify(raw)}`);
      cell = raw === "" ? null : raw;
      i += raw.length;
    }
    record.push(cell);
    if (text.startsWith(",", i)) i++;
    else if (text.startsWith("\r\n", i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected a comma or CRLF at ${i}`);
  }
  if (record.length) throw new Error("the last record does not end in CRLF");
  return records;
}

/** The events of this file as text, straight from the table (not through the export's SQL). */
async function databaseRows(): Promise<(string | null)[][]> {
  return withAuditClient(async (client) => {
    const { rows } = await client.query<(string | null)[]>({
      text: `SELECT seq::text, to_json(occurred_at) #>> '{}', actor_id::text, actor_label, role, action, target_type, target_id,
               account_id::text, case_id::text, decision_id::text, before::text, after::text, note, request_id, ip, user_agent, prev_hash, hash
             FROM audit_event WHERE actor_label = $1 ORDER BY audit_event.seq`,
      values: [label],
      rowMode: "array",
      types: { getTypeParser: () => (value: string) => value },
    });
    return rows;
  });
}

const filter: AuditFilter = { actor: label };

async function exportToMemory(request: ExportRequest) {
  const sink = new MemorySink();
  const stats = await withAuditClient((client) => exportAuditEvents(client, request, sink));
  return { stats, bytes: sink.bytes };
}

beforeAll(async () => {
  for (const [i, note] of NOTES.entries()) {
    await db.$transaction((tx) =>
      appendAuditEvent(tx, actor, {
        action: i % 2 ? "test.export.one" : "test.export.two",
        targetType: "=target",
        targetId: i,
        accountId: 2_100_000_000 + i,
        before: i === 0 ? null : { text: "=1+1", nested: { b: [1, "-2"], a: "引号\"" } },
        after: i === 1 ? -3 : { note, n: i },
        note: note ?? undefined,
      }),
    );
  }
});

afterAll(async () => {
  await closeAuditPool();
  await db.$disconnect();
});

describe("CSV export", () => {
  it("parses back to the database's rows, every formula-like cell prefixed with an apostrophe", async () => {
    const { stats, bytes } = await exportToMemory({ filter, format: "csv" });
    const [header, ...records] = parseCsv(bytes.toString("utf8"));
    expect(header).toEqual([...EXPORT_COLUMNS]);
    const expected = (await databaseRows()).map((row) => row.map((cell) => (cell === null ? null : neutraliseCell(cell))));
    expect(records).toEqual(expected);
    expect(stats).toMatchObject({ rowCount: NOTES.length, firstSeq: BigInt(expected[0][0]!), lastSeq: BigInt(expected.at(-1)![0]!), chainHash: expected.at(-1)![18] });
    expect(stats.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("leaves no cell that a spreadsheet would read as a formula, and restores to the original text", async () => {
    const { bytes } = await exportToMemory({ filter, format: "csv" });
    const records = parseCsv(bytes.toString("utf8")).slice(1);
    const database = await databaseRows();
    for (const [r, record] of records.entries()) {
      for (const [c, cell] of record.entries()) {
        if (cell === null) continue;
        expect(cell).not.toMatch(/^[=+\-@\t\r\0]/);
        expect(restoreCell(cell)).toBe(database[r][c]);
      }
    }
    const notes = records.map((record) => record[13]);
    expect(notes).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(notes).toContain("'@SUM(A1)");
    expect(notes).toContain("two\nlines");
    expect(notes).toContain("''already quoted");
    expect(notes).toContain("中文备注：逾期，已联系客户");
    expect(notes).toContain(""); // an empty note stays an empty (quoted) cell, distinct from NULL
    expect(records[0][14]).toBe("'=cmd|' /C calc'!A0");
    expect(records[1][12]).toBe("'-3"); // a negative number as the whole JSON value
  });

  it("starts with the UTF-8 byte order mark when asked, and hashes it with the rest", async () => {
    const { stats, bytes } = await exportToMemory({ filter, format: "csv", bom: true });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(stats.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(stats.rowCount).toBe(NOTES.length);
  });

  it("exports an empty filter result as the header row alone", async () => {
    const { stats, bytes } = await exportToMemory({ filter: { actor: `nobody-${label}` }, format: "csv" });
    expect(bytes.toString("utf8")).toBe(`${EXPORT_COLUMNS.join(",")}\r\n`);
    expect(stats).toMatchObject({ rowCount: 0, firstSeq: null, lastSeq: null, chainHash: null });
  });
});

describe("NDJSON export", () => {
  it("writes one JSON object per line with the database's values", async () => {
    const { stats, bytes } = await exportToMemory({ filter, format: "ndjson" });
    const text = bytes.toString("utf8");
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.trimEnd().split("\n").map((line) => JSON.parse(line));
    const database = await databaseRows();
    expect(lines).toHaveLength(NOTES.length);
    expect(stats.rowCount).toBe(NOTES.length);
    for (const [i, line] of lines.entries()) {
      expect(Object.keys(line)).toEqual([...EXPORT_COLUMNS]);
      expect(String(line.seq)).toBe(database[i][0]);
      expect(new Date(line.occurred_at).toISOString()).toBe(new Date(database[i][1]!).toISOString());
      expect(line.note).toBe(database[i][13]);
      expect(line.before).toEqual(database[i][11] === null ? null : JSON.parse(database[i][11]!));
      expect(line.after).toEqual(JSON.parse(database[i][12]!));
      expect(line.hash).toBe(database[i][18]);
    }
  });

  it("exports an empty filter result as an empty file", async () => {
    const { stats, bytes } = await exportToMemory({ filter: { actor: `nobody-${label}` }, format: "ndjson" });
    expect(bytes.length).toBe(0);
    expect(stats.rowCount).toBe(0);
  });
});

describe("manifest", () => {
  it("records the export with the hash of its bytes, and audits it", async () => {
    const sink = new MemorySink();
    const manifest = await runAuditExport(crypto.randomUUID(), { filter, format: "csv", bom: true }, actor, sink);
    expect(manifest).toMatchObject({ rowCount: NOTES.length, format: "csv", bom: true, filter: { actor: label }, exportedBy: label });
    expect(manifest.sha256).toBe(createHash("sha256").update(sink.bytes).digest("hex"));
    expect(manifest.byteCount).toBe(sink.bytes.length);
    expect(await getExportManifest(manifest.id)).toEqual(manifest);
    const event = await db.auditEvent.findFirst({ where: { action: "audit.export", targetId: manifest.id } });
    expect(event?.after).toMatchObject({ sha256: manifest.sha256, rowCount: NOTES.length, lastSeq: manifest.lastSeq });
  });
});

describe("an export that does not complete", () => {
  it("is audited as failed, without a manifest", async () => {
    const id = crypto.randomUUID();
    const gone = new Writable({ write: (_chunk, _encoding, callback) => callback(new Error("the client went away")) });
    await expect(runAuditExport(id, { filter, format: "csv" }, actor, gone)).rejects.toThrow("the client went away");
    expect(await getExportManifest(id)).toBeNull();
    const event = await db.auditEvent.findFirst({ where: { action: "audit.export_failed", targetId: id } });
    expect(event?.after).toMatchObject({ id, format: "csv", filter: { actor: label }, error: "the client went away" });
  });
});

describe("GET /api/audit/export and the manifest route", () => {
  const compliance: RouteUser = { id: 1, email: label, role: "COMPLIANCE" };
  const deps = { currentUser: async () => compliance, auditActor: async () => actor };

  // The manifest test above added an "audit.export" event by the same actor: the action prefix leaves it out.
  it("streams the file with its export id, then serves the manifest of exactly those bytes", async () => {
    const response = await handleAuditExport(new Request(`http://test/api/audit/export?format=csv&action=test.export.*&actor=${encodeURIComponent(label)}`), deps);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const id = response.headers.get("X-Export-Id")!;
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(parseCsv(bytes.toString("utf8"))).toHaveLength(NOTES.length + 1);
    const manifest = await handleExportManifest(id, deps);
    expect(manifest.status).toBe(200);
    expect(await manifest.json()).toMatchObject({ id, rowCount: NOTES.length, sha256: createHash("sha256").update(bytes).digest("hex") });
  });

  it("answers 404 for an export that does not exist (or has not finished) and 400 for a bad filter", async () => {
    expect((await handleExportManifest(crypto.randomUUID(), deps)).status).toBe(404);
    expect((await handleExportManifest("not-a-uuid", deps)).status).toBe(404);
    expect((await handleAuditExport(new Request("http://test/api/audit/export?from=yesterday"), deps)).status).toBe(400);
    expect((await handleAuditExport(new Request("http://test/api/audit/export?format=xlsx"), deps)).status).toBe(400);
  });
});
