// Reads a UCI credit-card CSV from disk, streamed line by line through parseUciCsv, and hashes the same bytes on the
// way (SHA-256, for the import's audit record). Needs no database, so tests can also use it to read the real data
// set independently of what the importer wrote, e.g. `readUciCsvFile(UCI_CREDIT_CARD_CSV)`.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { parseUciCsv, type UciCsvResult } from "./parse-uci-csv";

/** The real data set (30,000 rows), relative to the repository root: CI clones the repo with shared/ beside it. */
export const UCI_CREDIT_CARD_CSV = path.join("..", "shared", "data", "uci-credit-card", "UCI_Credit_Card.csv");

export type UciCsvFile = UciCsvResult & { fileName: string; sha256: string };

/** Rejects (ENOENT and the like) when the file cannot be read; a readable but malformed file gives ok: false. */
export async function readUciCsvFile(file: string): Promise<UciCsvFile> {
  const input = fs.createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => input.once("open", () => resolve()).once("error", reject));
  await opened;
  const hash = createHash("sha256");
  input.on("data", (chunk) => hash.update(chunk));
  const result = await parseUciCsv(readline.createInterface({ input, crlfDelay: Infinity }));
  return { ...result, fileName: path.basename(file), sha256: hash.digest("hex") };
}
