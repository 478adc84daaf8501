// Prisma CLI configuration. Prisma 6.19 runs here without native engines (see ../shared/docs/stack.md).
// Pointing both engine paths at this file makes the CLI skip its engine download; no native engine is ever
// executed: migrations run through the JS schema engine and the pg driver adapter.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= __filename;
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= __filename;

import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "./lib/database-url";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaPg({ connectionString: databaseUrl() }),
});
