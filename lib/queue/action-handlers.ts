// What each queue action requires and does, apart from the request it arrives in (server-only): its spec (name,
// permission, input schema) and its run (the mutation, given the validated input and the acting user).
// ./actions.ts binds them to the request with authedAction; integration tests run them through runAction.
import "server-only";
import type { ActionContext } from "@/lib/auth/action";
import type { ActionSpec } from "@/lib/auth/action-core";
import type { z } from "zod";
import { bulkAssignCases, claimCase, claimNextCase, reassignCase, releaseCase } from "./mutations";
import { bulkAssignInput, caseInput, nextCaseInput, reassignInput } from "./schemas";
import { endOfDay } from "./sla";

interface Handler<S extends z.ZodType, T> {
  spec: ActionSpec<S>;
  run: (input: z.output<S>, context: ActionContext) => Promise<T>;
}

const handler = <S extends z.ZodType, T>(spec: ActionSpec<S>, run: Handler<S, T>["run"]): Handler<S, T> => ({ spec, run });

export const claimHandler = handler({ name: "queue.claim", permission: "case:work", schema: caseInput }, ({ caseId }, { user, actor }) =>
  claimCase({ caseId, officer: user, actor }),
);

export const releaseHandler = handler({ name: "queue.release", permission: "case:work", schema: caseInput }, ({ caseId }, { user, actor }) =>
  releaseCase({ caseId, officer: user, actor }),
);

export const claimNextHandler = handler(
  { name: "queue.claimNext", permission: "case:work", schema: nextCaseInput },
  ({ filters, timeZone }, { user, actor }) => {
    const now = new Date();
    return claimNextCase({ filters, officer: user, actor, now, endOfToday: endOfDay(now, timeZone) });
  },
);

export const reassignHandler = handler({ name: "queue.reassign", permission: "case:assign", schema: reassignInput }, (input, { actor }) =>
  reassignCase({ ...input, actor }),
);

export const bulkAssignHandler = handler({ name: "queue.bulkAssign", permission: "case:assign", schema: bulkAssignInput }, (input, { actor }) =>
  bulkAssignCases({ ...input, actor }),
);
