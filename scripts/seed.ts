// `npm run seed -- --accounts N [--seed S] [--as-of YYYY-MM-DD]`: adds a deterministic, realistic demo portfolio
// to the database (DATABASE_URL, or the embedded demo database), makes sure the demo users exist, and prints
// what was loaded and how to sign in.
import { parseArgs } from "node:util";
import { seedDemoUsers } from "@/lib/auth/demo-users";
import { db } from "@/lib/db";
import { seedArgumentsSchema } from "@/lib/portfolio/schemas";
import { seedPortfolio } from "@/lib/portfolio/seed-portfolio";

const USAGE = "Usage: npm run seed -- --accounts N [--seed S] [--as-of YYYY-MM-DD]";

function readArguments() {
  const { values } = parseArgs({
    options: { accounts: { type: "string" }, seed: { type: "string" }, "as-of": { type: "string" } },
    strict: true,
  });
  if (values.accounts === undefined) throw new Error(`--accounts is required\n${USAGE}`);
  const parsed = seedArgumentsSchema.safeParse({ accounts: values.accounts, seed: values.seed, asOf: values["as-of"] });
  if (!parsed.success) {
    const flag = (key: PropertyKey) => (key === "asOf" ? "--as-of" : `--${String(key)}`);
    throw new Error(`${parsed.error.issues.map((issue) => `${flag(issue.path[0])}: ${issue.message}`).join("\n")}\n${USAGE}`);
  }
  return parsed.data;
}

async function main() {
  const { accounts, seed, asOf } = readArguments();
  console.log(`Seeding ${accounts.toLocaleString("en")} accounts (seed ${seed}${asOf ? `, as of ${asOf}` : ""})…`);
  const result = await seedPortfolio({ accounts, seed, asOf, progress: true });
  const rows = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
  const checks = result.foreignKeys === "AT_END" ? "foreign keys checked at the end" : "foreign keys checked row by row";
  console.log(`Loaded ${rows.toLocaleString("en")} rows as of ${result.asOf} in ${(result.elapsedMs / 1000).toFixed(1)} s (${checks}):`);
  for (const [table, count] of Object.entries(result.counts)) console.log(`  ${table.padEnd(20)} ${count.toLocaleString("en").padStart(12)}`);

  const users = await seedDemoUsers(db);
  console.log(`\nDemo sign-ins (password for all: ${users[0].password}):`);
  for (const user of users) console.log(`  ${user.role.padEnd(15)} ${user.email}`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
