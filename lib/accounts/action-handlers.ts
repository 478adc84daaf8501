// What each account-page action requires and does, apart from the request it arrives in (server-only): its spec
// (name, permission, input schema) and its run (the mutation, given the validated input and the acting user).
// ./actions.ts binds them to the request with authedAction; integration tests run them through runAction.
import "server-only";
import type { z } from "zod";
import type { ActionContext } from "@/lib/auth/action";
import type { ActionSpec } from "@/lib/auth/action-core";
import { createNote, discloseCustomer } from "./mutations";
import { addNoteInput, unmaskInput } from "./schemas";

interface Handler<S extends z.ZodType, T> {
  spec: ActionSpec<S>;
  run: (input: z.output<S>, context: ActionContext) => Promise<T>;
}

const handler = <S extends z.ZodType, T>(spec: ActionSpec<S>, run: Handler<S, T>["run"]): Handler<S, T> => ({ spec, run });

export const addNoteHandler = handler({ name: "account.addNote", permission: "case:work", schema: addNoteInput }, (input, { user, actor }) =>
  createNote({ ...input, authorId: user.id, actor }),
);

export const unmaskCustomerHandler = handler(
  { name: "account.unmaskCustomer", permission: "customer:unmask", schema: unmaskInput },
  (input, { actor }) => discloseCustomer({ ...input, actor }),
);
