// What the appeal actions require and do, apart from the request they arrive in (server-only): recording an appeal
// and rejecting one, each with its spec (name, permission appeal:record, input schema) and its run (the mutation,
// given the validated input and the acting user). ./actions.ts binds them to the request with authedAction;
// integration tests run them through runAction. Upholding an appeal is a reversal: a proposal like any other.
import "server-only";
import type { z } from "zod";
import type { ActionContext } from "@/lib/auth/action";
import type { ActionSpec } from "@/lib/auth/action-core";
import { recordAppeal } from "./record-appeal";
import { rejectAppeal } from "./reject-appeal";
import { recordAppealInput, rejectAppealInput } from "./schemas";

interface Handler<S extends z.ZodType, T> {
  spec: ActionSpec<S>;
  run: (input: z.output<S>, context: ActionContext) => Promise<T>;
}

const handler = <S extends z.ZodType, T>(spec: ActionSpec<S>, run: Handler<S, T>["run"]): Handler<S, T> => ({ spec, run });

export const recordAppealHandler = handler(
  { name: "decisions.recordAppeal", permission: "appeal:record", schema: recordAppealInput },
  (input, { user, actor }) => recordAppeal({ ...input, officerId: user.id, actor }),
);

export const rejectAppealHandler = handler(
  { name: "decisions.rejectAppeal", permission: "appeal:record", schema: rejectAppealInput },
  (input, { actor }) => rejectAppeal({ ...input, actor }),
);
