// The browser-side defences every response carries (set by proxy.ts): a Content-Security-Policy whose scripts
// must bear this request's nonce (Next puts it on its own scripts; 'strict-dynamic' lets those load the rest),
// and the headers that keep the app out of frames, keep URLs (account ids) out of other sites' referrers and
// switch off browser features the app never uses. Pure, so the policy is unit-tested as text.

export interface SecurityHeaderOptions {
  /** A fresh, unguessable value per request (base64). */
  nonce: string;
  /** Served over HTTPS (NEXTAUTH_URL is https): browsers are told to use nothing else. */
  https: boolean;
  /** `next dev` evaluates code for its fast refresh and error overlay; production never does. */
  dev: boolean;
}

export function contentSecurityPolicy({ nonce, dev }: Pick<SecurityHeaderOptions, "nonce" | "dev">): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Stylesheets and <style> elements from the app only; style="..." attributes (bar widths) are allowed, as
    // they cannot run code.
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** 16 random bytes, base64: what the CSP nonce-source grammar accepts and no one can guess. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
