// A decision taken in a process of its own, for lib/decisions/decision-kill.int.test.ts, which SIGKILLs it mid-
// transaction: `node --conditions=react-server --import tsx decide-in-child.ts '<json>'` with
// {"step":"propose","officer":{...},"proposal":{...}} or {"step":"approve","officer":{...},"input":{...}}.
// Runs the same lib functions as the server actions, then prints the result as one JSON line.
import { approveDecision } from "@/lib/decisions/decide-decision";
import { proposeDecision } from "@/lib/decisions/propose-decision";
import { approveDecisionInput, proposeDecisionInput } from "@/lib/decisions/schemas";
import { db } from "@/lib/db";

type Officer = { id: number; email: string; role: string };
type Request =
  | { step: "propose"; officer: Officer; proposal: unknown }
  | { step: "approve"; officer: Officer; input: unknown };

async function main() {
  const request = JSON.parse(process.argv[2]) as Request;
  const actor = { actorId: request.officer.id, actorLabel: request.officer.email, role: request.officer.role };
  const result =
    request.step === "propose"
      ? await proposeDecision({ proposal: proposeDecisionInput.parse(request.proposal), officer: request.officer, actor })
      : await approveDecision({ input: approveDecisionInput.parse(request.input), checker: request.officer, actor });
  console.log(JSON.stringify(result));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
