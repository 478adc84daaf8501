"use server";
// Server actions of the review queue: authenticate, authorise (case:work to claim and release, case:assign to
// assign), validate, then the mutation, which checks the case's own state (./action-handlers.ts).
import { authedAction } from "@/lib/auth/action";
import { bulkAssignHandler, claimHandler, claimNextHandler, reassignHandler, releaseHandler } from "./action-handlers";

export const claim = authedAction(claimHandler.spec, claimHandler.run);
export const release = authedAction(releaseHandler.spec, releaseHandler.run);
export const claimNext = authedAction(claimNextHandler.spec, claimNextHandler.run);
export const reassign = authedAction(reassignHandler.spec, reassignHandler.run);
export const bulkAssign = authedAction(bulkAssignHandler.spec, bulkAssignHandler.run);
