"use server";
// Server actions of the user-administration screen: authenticate, authorise (user:manage), validate, mutate.
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/action";
import { setUserDisabled } from "./mutations";
import { userStatusInput } from "./schemas";

export const disableUser = authedAction(
  { name: "users.disable", permission: "user:manage", schema: userStatusInput },
  async ({ userId }, { actor }) => {
    const result = await setUserDisabled({ userId, disabled: true, actor });
    revalidatePath("/admin/users");
    return result;
  },
);

export const enableUser = authedAction(
  { name: "users.enable", permission: "user:manage", schema: userStatusInput },
  async ({ userId }, { actor }) => {
    const result = await setUserDisabled({ userId, disabled: false, actor });
    revalidatePath("/admin/users");
    return result;
  },
);
