import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("lets only this request's nonce run scripts, and never eval in production", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123==", dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'", "img-src 'self' data: blob:"]) {
      expect(policy).toContain(directive);
    }
  });

  it("allows eval in development only", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: true })).toMatch(/script-src[^;]*'unsafe-eval'/);
  });
});

describe("securityHeaders", () => {
  it("adds HSTS only behind HTTPS", () => {
    expect(securityHeaders({ nonce: "n", https: false, dev: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce: "n", https: true, dev: false })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });

  it("forbids framing and sniffing", () => {
    const headers = securityHeaders({ nonce: "n", https: false, dev: false });
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("newNonce", () => {
  it("is a fresh base64 value each time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
