// Input schemas for the user-administration actions.
import { z } from "zod";

export const userStatusInput = z.object({ userId: z.number().int().positive().max(2_147_483_647) });
export type UserStatusInput = z.infer<typeof userStatusInput>;
