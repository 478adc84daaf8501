// Seeds the end-to-end test database (DATABASE_URL, freshly migrated by scripts/test.ts): the demo users and
// a small deterministic demo portfolio with the review rules run over it. Each spec creates whatever else it
// needs itself.
import { db } from "@/lib/db";
import { seedDemoUsers } from "@/lib/auth/demo-users";
import { seedPortfolio } from "@/lib/portfolio/seed-portfolio";
import { evaluatePortfolio } from "@/lib/rules/evaluate-portfolio";

const E2E_ACCOUNTS = 1_000;
const E2E_SEED = 20_261_122;

async function main() {
  await seedPortfolio({ accounts: E2E_ACCOUNTS, seed: E2E_SEED });
  await evaluatePortfolio();
  await seedDemoUsers(db);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
