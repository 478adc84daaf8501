// What our jwt and session callbacks (lib/auth/auth-options.ts) add to next-auth's token and session.
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user?: { id: number; role: Role; signedInAt: number; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    /** When this session began (ms since epoch); a session older than the user's last disabling is void. */
    signedInAt?: number;
  }
}
