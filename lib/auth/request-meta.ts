// Where a request comes from, for the audit trail and the per-IP sign-in limit: its id, client IP and user agent.
import { randomUUID } from "node:crypto";

export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

/** Next's Headers, or the plain header object next-auth hands to authorize(). */
export type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const MAX_USER_AGENT = 512;

function header(source: HeaderSource, name: string): string | null {
  if (typeof source.get === "function") return (source as { get(name: string): string | null }).get(name);
  const value = (source as Record<string, string | string[] | undefined>)[name];
  return (Array.isArray(value) ? value.join(",") : value) ?? null;
}

export function requestMetaFrom(source: HeaderSource): RequestMeta {
  const requestId = header(source, "x-request-id");
  // The right-most X-Forwarded-For entry is the address our own reverse proxy (or Next, when there is none)
  // saw; entries to its left are whatever the client claimed, so they would let a guesser dodge the IP limit.
  const forwarded = header(source, "x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  const ip = forwarded ?? header(source, "x-real-ip");
  const userAgent = header(source, "user-agent");
  return {
    requestId: requestId && REQUEST_ID.test(requestId) ? requestId : randomUUID(),
    ip: ip ? ip.slice(0, 64) : null,
    userAgent: userAgent ? userAgent.slice(0, MAX_USER_AGENT) : null,
  };
}
