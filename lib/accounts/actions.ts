"use server";
// Server actions of the account page: authenticate, authorise (case:work to add a note, customer:unmask to see
// the customer whole), validate, then the mutation, which checks the account's own state (./action-handlers.ts).
import { authedAction } from "@/lib/auth/action";
import { addNoteHandler, unmaskCustomerHandler } from "./action-handlers";

export const addNote = authedAction(addNoteHandler.spec, addNoteHandler.run);
export const unmaskCustomer = authedAction(unmaskCustomerHandler.spec, unmaskCustomerHandler.run);
