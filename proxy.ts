// Runs before every page request (Next 16's renamed middleware): gives each request an id (x-request-id, kept
// when a trusted upstream already set a well-formed one) for logs and the audit trail, and sends visitors without
// a session cookie to the sign-in page early. It is a convenience, not the gate: every page, action and route
// checks the user itself, against the database.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const PUBLIC_PATHS = ["/login"];

export async function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);

  const { pathname, search } = request.nextUrl;
  // Server actions answer for themselves (a typed refusal), and a redirect would be no answer to them.
  const isPage = request.method === "GET" && !request.headers.has("next-action");
  if (isPage && !PUBLIC_PATHS.includes(pathname) && !(await getToken({ req: request }))) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login, { headers: { "x-request-id": requestId } });
  }

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  // Everything but next-auth's own endpoints and static files.
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|webmanifest)$).*)"],
};
