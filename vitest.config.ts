// Two test projects: "unit" (pure logic, no I/O, *.test.ts) and "integration" (*.int.test.ts, against the real
// PostgreSQL whose URL scripts/test.ts puts in DATABASE_URL; files run one at a time, sharing that database).
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(__dirname),
  // Modules marked server-only are exactly what the tests exercise; outside Next the marker is inert.
  "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["{lib,scripts,components}/**/*.test.ts"], exclude: ["**/*.int.test.ts", "node_modules/**"] },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,scripts}/**/*.int.test.ts"],
          // One process runs the files one after another: they share one database.
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
