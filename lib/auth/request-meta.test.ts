import { describe, expect, it } from "vitest";
import { requestMetaFrom } from "./request-meta";

describe("request meta", () => {
  it("reads Headers and plain header objects alike", () => {
    const headers = new Headers({ "x-request-id": "req-1", "x-forwarded-for": "1.1.1.1", "user-agent": "UA" });
    expect(requestMetaFrom(headers)).toEqual({ requestId: "req-1", ip: "1.1.1.1", userAgent: "UA" });
    expect(requestMetaFrom({ "x-request-id": "req-2", "x-real-ip": "2.2.2.2" })).toEqual({
      requestId: "req-2",
      ip: "2.2.2.2",
      userAgent: null,
    });
  });

  it("takes the address the nearest proxy saw, not what the client claimed", () => {
    expect(requestMetaFrom({ "x-forwarded-for": "6.6.6.6, 10.1.2.3" }).ip).toBe("10.1.2.3");
  });

  it("replaces a missing or malformed request id with a fresh one", () => {
    const generated = requestMetaFrom({ "x-request-id": "<script>" }).requestId;
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestMetaFrom({}).requestId).not.toBe(generated);
  });

  it("truncates long user agents", () => {
    expect(requestMetaFrom({ "user-agent": "x".repeat(2000) }).userAgent).toHaveLength(512);
  });
});
