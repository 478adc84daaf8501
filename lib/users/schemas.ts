// Input schemas for the user-administration actions.
import { z } from "zod";

export const userStatusInput = z.object({ userId: z.number().int().positive() });
export type UserStatusInput = z.infer<typeof userStatusInput>;
