import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CsvRecordSplitter } from "./record-splitter";

async function split(chunks: string[]) {
  const splitter = new CsvRecordSplitter();
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks.map((c) => Buffer.from(c))).pipe(splitter)) out.push(chunk as Buffer);
  return { text: Buffer.concat(out).toString("utf8"), records: splitter.records };
}

describe("CsvRecordSplitter", () => {
  it("ends records with CRLF and leaves line breaks inside quoted cells alone", async () => {
    const csv = 'a,b\n1,"two\nlines"\n2,"say ""hi""\n"\n3,\n';
    expect(await split([csv])).toEqual({ text: 'a,b\r\n1,"two\nlines"\r\n2,"say ""hi""\n"\r\n3,\r\n', records: 4 });
  });

  it("gives the same result whatever the chunk boundaries", async () => {
    const csv = 'h\n"x\n""y""\n",中文\n"\n"\n';
    const whole = await split([csv]);
    const bytes = Buffer.from(csv);
    for (let cut = 1; cut < bytes.length; cut++) {
      const splitter = new CsvRecordSplitter();
      const out: Buffer[] = [];
      for await (const chunk of Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]).pipe(splitter)) out.push(chunk as Buffer);
      expect(Buffer.concat(out).toString("utf8")).toBe(whole.text);
      expect(splitter.records).toBe(3);
    }
  });
});
