// next-auth's endpoints (sign-in, callback, sign-out, session, csrf); configuration in lib/auth/auth-options.ts.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
