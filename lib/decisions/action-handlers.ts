// What each decision action requires and does, apart from the request it arrives in (server-only): its spec (name,
// permission, input schema) and its run (the mutation, given the validated input and the acting user). Proposing and
// cancelling are for officers (decision:propose), approving and rejecting for senior officers (decision:approve);
// the mutations check the rest (the proposer cannot approve, the account's and case's state and versions).
// ./actions.ts binds them to the request with authedAction; integration tests run them through runAction.
import "server-only";
import type { z } from "zod";
import type { ActionContext } from "@/lib/auth/action";
import type { ActionSpec } from "@/lib/auth/action-core";
import { cancelDecision } from "./cancel-decision";
import { approveDecision, rejectDecision } from "./decide-decision";
import { proposeDecision } from "./propose-decision";
import { approveDecisionInput, cancelDecisionInput, proposeDecisionInput, rejectDecisionInput } from "./schemas";

interface Handler<S extends z.ZodType, T> {
  spec: ActionSpec<S>;
  run: (input: z.output<S>, context: ActionContext) => Promise<T>;
}

const handler = <S extends z.ZodType, T>(spec: ActionSpec<S>, run: Handler<S, T>["run"]): Handler<S, T> => ({ spec, run });

export const proposeDecisionHandler = handler(
  { name: "decisions.propose", permission: "decision:propose", schema: proposeDecisionInput },
  (proposal, { user, actor }) => proposeDecision({ proposal, officer: user, actor }),
);

export const approveDecisionHandler = handler(
  { name: "decisions.approve", permission: "decision:approve", schema: approveDecisionInput },
  (input, { user, actor }) => approveDecision({ input, checker: user, actor }),
);

export const rejectDecisionHandler = handler(
  { name: "decisions.reject", permission: "decision:approve", schema: rejectDecisionInput },
  (input, { user, actor }) => rejectDecision({ input, checker: user, actor }),
);

export const cancelDecisionHandler = handler(
  { name: "decisions.cancel", permission: "decision:propose", schema: cancelDecisionInput },
  (input, { user, actor }) => cancelDecision({ input, officer: user, actor }),
);
