// Finds every server action module of the app: each .ts/.tsx file under app/, components/ and lib/ whose first
// statement is "use server", and lists its exports. The access-matrix and fuzz tests start from this list, so a new
// action file (or a new export in one) is picked up without anyone remembering to register it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];
const SKIP = new Set(["node_modules", "generated", ".next"]);
/** Leading comments and blank lines, then the directive. */
const USE_SERVER = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Repo-relative paths of the "use server" modules, sorted. */
export function serverActionFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
    .filter((file) => USE_SERVER.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(ROOT, file))
    .sort();
}

export interface ExportedAction {
  /** "lib/queue/actions.ts#claim" */
  key: string;
  action: unknown;
}

/** Every export of every "use server" module, imported for real. */
export async function exportedServerActions(): Promise<ExportedAction[]> {
  const modules = await Promise.all(
    serverActionFiles().map(async (file) => ({ file, exports: (await import(path.join(ROOT, file))) as Record<string, unknown> })),
  );
  return modules.flatMap(({ file, exports }) => Object.entries(exports).map(([name, action]) => ({ key: `${file}#${name}`, action })));
}
