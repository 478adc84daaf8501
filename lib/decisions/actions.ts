"use server";
// Server actions of decisions and appeals: authenticate, authorise, validate, then the mutation, which checks the
// account's, case's and decision's own state in its transaction (./action-handlers.ts, ./appeal-handlers.ts).
import { authedAction } from "@/lib/auth/action";
import { approveDecisionHandler, cancelDecisionHandler, proposeDecisionHandler, rejectDecisionHandler } from "./action-handlers";
import { recordAppealHandler, rejectAppealHandler } from "./appeal-handlers";

export const proposeDecision = authedAction(proposeDecisionHandler.spec, proposeDecisionHandler.run);
export const approveDecision = authedAction(approveDecisionHandler.spec, approveDecisionHandler.run);
export const rejectDecision = authedAction(rejectDecisionHandler.spec, rejectDecisionHandler.run);
export const cancelDecision = authedAction(cancelDecisionHandler.spec, cancelDecisionHandler.run);
export const recordAppeal = authedAction(recordAppealHandler.spec, recordAppealHandler.run);
export const rejectAppeal = authedAction(rejectAppealHandler.spec, rejectAppealHandler.run);
