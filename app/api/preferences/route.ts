// Sets the caller's display-preference cookies (language, theme, time zone). Open to signed-out visitors too:
// the sign-in page has the same switches, and a preference grants nothing. Only JSON is accepted, which a
// cross-site form cannot send, so another site cannot change someone's language behind their back.
import { cookies } from "next/headers";
import { PREFERENCE_COOKIES, PREFERENCE_MAX_AGE_SECONDS, preferencesInput } from "@/lib/preferences/preferences";

export async function POST(request: Request) {
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return Response.json({ error: "expected application/json" }, { status: 415 });
  }
  const parsed = preferencesInput.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "invalid preferences" }, { status: 400 });
  const store = await cookies();
  const options = {
    path: "/",
    maxAge: PREFERENCE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  } as const;
  for (const key of Object.keys(PREFERENCE_COOKIES) as (keyof typeof PREFERENCE_COOKIES)[]) {
    const value = parsed.data[key];
    if (value !== undefined) store.set(PREFERENCE_COOKIES[key], value, options);
  }
  return new Response(null, { status: 204 });
}
