// Cross-site request forgery, refused before any page, action or route runs: a state-changing request (anything
// but GET/HEAD/OPTIONS) whose Origin is another site, or the opaque "null" that sandboxed frames, data: URLs and
// some redirects send. Next checks server actions' Origin itself (and fails them with a 500), but not route
// handlers'; this covers both with a plain 403. A request without Origin is let through: browsers always send one
// on such requests, so its absence means a non-browser client, which carries no one's cookies by accident.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossOriginWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" and anything else that is not an origin
  }
  // Behind a reverse proxy the public host is the forwarded one, as Next's own check assumes.
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost.toLowerCase() !== host.toLowerCase();
}
