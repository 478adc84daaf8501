// Decides whether the production build is stale: a fingerprint of every source file's path, size and mtime,
// stored next to the build. `npm start` builds only when the sources changed since the last build.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const STAMP = path.join(".next", "riskops-source-stamp");

function walk(entry: string, hash: ReturnType<typeof createHash>) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    if (entry.endsWith(path.join("lib", "generated"))) return;
    for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name), hash);
  } else {
    hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const entry of SOURCES) walk(entry, hash);
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return (
    fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === sourceFingerprint()
  );
}

export function recordBuild() {
  fs.writeFileSync(STAMP, sourceFingerprint());
}
