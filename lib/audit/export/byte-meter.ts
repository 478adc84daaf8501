// Passes the export's bytes through unchanged while taking their SHA-256 and counting them (and, for NDJSON,
// its lines): the manifest's hash is of exactly the bytes the client received.
import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

export class ByteMeter extends Transform {
  bytes = 0;
  lines = 0;
  private readonly hash = createHash("sha256");

  constructor(private readonly countLines = false) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (this.countLines) {
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) this.lines++;
    }
    callback(null, chunk);
  }

  /** The hex digest; call once, after the stream ended. */
  digest(): string {
    return this.hash.digest("hex");
  }
}
