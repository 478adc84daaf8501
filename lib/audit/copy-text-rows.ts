// Reads the rows of a `COPY (SELECT ...) TO STDOUT` in PostgreSQL's text format, batch by batch as they arrive:
// the server streams ahead while this process works (a cursor's FETCH would leave one of the two idle), and
// splitting lines on tabs is cheaper than the driver's row parsing. Each row is an array of column texts, null
// for NULL. Lines are only decoded once complete: a newline byte never occurs inside a multi-byte character.
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";

const ESCAPES: Record<string, string> = { "\\": "\\", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

function field(text: string): string | null {
  if (text === "\\N") return null;
  // COPY TO writes only these escapes (other characters travel as they are).
  return text.includes("\\") ? text.replace(/\\([\\bfnrtv])/g, (_, c: string) => ESCAPES[c]) : text;
}

export async function* copyTextRows(client: pg.ClientBase, select: string): AsyncGenerator<(string | null)[][]> {
  const stream = client.query(copyTo(`COPY (${select}) TO STDOUT`));
  let rest: Buffer | null = null;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const data: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    const end = data.lastIndexOf(0x0a);
    if (end === -1) {
      rest = data;
      continue;
    }
    rest = end + 1 < data.length ? data.subarray(end + 1) : null;
    const lines = data.toString("utf8", 0, end).split("\n");
    const rows = new Array<(string | null)[]>(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const cells = lines[i].split("\t") as (string | null)[];
      for (let j = 0; j < cells.length; j++) cells[j] = field(cells[j] as string);
      rows[i] = cells;
    }
    yield rows;
  }
  if (rest && rest.length > 0) throw new Error("COPY output ended in the middle of a row");
}
