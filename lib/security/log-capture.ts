// The server log as tests see it: a logger built by lib/log.ts's own createLogger, writing into memory, so a test
// can read the exact lines (one JSON object each) that production would print. createLogger comes in as an
// argument so a vi.mock("@/lib/log") factory can use this without importing the module it is replacing.
import { Writable } from "node:stream";
import type { createLogger as CreateLogger } from "@/lib/log";

export function capturedLog(createLogger: typeof CreateLogger) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    log: createLogger(stream),
    /** The lines written so far (each should be one JSON object). */
    lines: () => chunks.join("").split("\n").filter((line) => line !== ""),
    clear: () => void chunks.splice(0),
  };
}
