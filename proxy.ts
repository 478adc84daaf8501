// Runs before every request but static files (Next 16's renamed middleware):
// - gives each request an id (x-request-id, kept when a trusted upstream already set a well-formed one) for logs,
//   error pages and the audit trail;
// - refuses cross-origin writes (lib/http/cross-origin.ts) before any action or route runs;
// - sets the security headers, with a fresh CSP nonce that Next reads from the request's policy header and puts on
//   its scripts (lib/http/security-headers.ts);
// - keeps the session rolling: a valid session cookie is renewed for another 30 idle minutes (never past 12 hours
//   since sign-in), and visitors without a live session are sent to the sign-in page early.
// It is a convenience for sessions, not the gate: every page, action and route checks the user itself.
import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken, type JWT } from "next-auth/jwt";
import { renewedMaxAgeSeconds, servedOverHttps, sessionCookie, sessionExpired } from "@/lib/auth/session-policy";
import { isCrossOriginWrite } from "@/lib/http/cross-origin";
import { newNonce, securityHeaders } from "@/lib/http/security-headers";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** Pages and endpoints open to signed-out visitors (next-auth's own endpoints check what they need). */
const PUBLIC_PATHS = ["/login", "/api/health"];
const isPublic = (pathname: string) => PUBLIC_PATHS.includes(pathname) || pathname.startsWith("/api/auth/");
const RENEW_AFTER_SECONDS = 60;

export async function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const https = servedOverHttps();
  const security = securityHeaders({ nonce: newNonce(), https, dev: process.env.NODE_ENV === "development" });
  const finish = (response: NextResponse) => {
    response.headers.set("x-request-id", requestId);
    for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
    return response;
  };

  if (isCrossOriginWrite(request.method, request.headers)) {
    return finish(NextResponse.json({ error: "cross-origin request refused" }, { status: 403 }));
  }

  const { pathname, search } = request.nextUrl;
  const cookie = sessionCookie(https);
  const token = isPublic(pathname) ? null : await liveToken(request, cookie.name);
  // Server actions answer for themselves (a typed refusal), and a redirect would be no answer to them.
  const isPage = request.method === "GET" && !request.headers.has("next-action");
  if (isPage && !isPublic(pathname) && !token) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    const response = finish(NextResponse.redirect(login));
    if (request.cookies.has(cookie.name)) response.cookies.delete(cookie.name);
    return response;
  }

  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  // Next takes the nonce for its scripts from the request's policy header.
  headers.set("content-security-policy", security["Content-Security-Policy"]);
  const response = finish(NextResponse.next({ request: { headers } }));
  // A prefetch is the router's guess, not the user's activity; renewing on it would also let one in flight during
  // sign-out put the session back.
  const prefetch = request.headers.has("next-router-prefetch") || request.headers.has("next-router-segment-prefetch");
  if (token && !prefetch) await renew(response, token, cookie);
  return response;
}

/** The request's session token while it is within both limits; null when there is none or it is over. */
async function liveToken(request: NextRequest, cookieName: string): Promise<JWT | null> {
  const token = await getToken({ req: request, cookieName });
  if (!token) return null;
  const lastSeenAt = typeof token.iat === "number" ? token.iat * 1000 : undefined;
  return sessionExpired({ now: Date.now(), signedInAt: token.signedInAt, lastSeenAt }) ? null : token;
}

/** A fresh lifetime for the token, unless it got one in the last minute (no Set-Cookie on every request). */
async function renew(response: NextResponse, token: JWT, cookie: ReturnType<typeof sessionCookie>) {
  const now = Date.now();
  const maxAge = renewedMaxAgeSeconds(now, token.signedInAt ?? 0);
  if (typeof token.exp === "number" && token.exp - now / 1000 > maxAge - RENEW_AFTER_SECONDS) return;
  const value = await encode({ token, secret: process.env.NEXTAUTH_SECRET ?? "", maxAge });
  response.cookies.set(cookie.name, value, { ...cookie.options, maxAge });
}

export const config = {
  // Everything but static files; next-auth's endpoints too, for the headers and the cross-origin check.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|webmanifest)$).*)"],
};
