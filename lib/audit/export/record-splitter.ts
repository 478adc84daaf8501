// Turns PostgreSQL's CSV output into RFC 4180 records: COPY ends every record with LF, the RFC wants CRLF. A line
// break inside a quoted cell (a note written over several lines) stays as it is. Counts the records on the way,
// which gives the export its row count without parsing it. Quotes inside cells are always doubled, so a cell's
// quoting is tracked by toggling on every quote character.
import { Transform, type TransformCallback } from "node:stream";

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from("\r\n");

export class CsvRecordSplitter extends Transform {
  records = 0;
  private quoted = false;
  private ends: number[] = [];

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    const ends = this.ends;
    ends.length = 0;
    let quoted = this.quoted;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === QUOTE) quoted = !quoted;
      else if (byte === LF && !quoted) ends.push(i);
    }
    this.quoted = quoted;
    this.records += ends.length;
    if (ends.length === 0) return callback(null, chunk);
    const out = Buffer.allocUnsafe(chunk.length + ends.length);
    let from = 0;
    let to = 0;
    for (const end of ends) {
      to += chunk.copy(out, to, from, end);
      to += CRLF.copy(out, to);
      from = end + 1;
    }
    chunk.copy(out, to, from);
    callback(null, out);
  }
}
