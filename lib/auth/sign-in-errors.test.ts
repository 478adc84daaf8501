import { describe, expect, it } from "vitest";
import { ACCOUNT_DISABLED, describeSignInError, rateLimitedError } from "./sign-in-errors";

describe("sign-in error codes", () => {
  it("round-trips the rate limit with its wait", () => {
    expect(describeSignInError(rateLimitedError(12))).toEqual({ key: "login.error.rateLimited", retryAfterMinutes: 12 });
  });

  it("maps next-auth's and our own codes, and anything else to a generic message", () => {
    expect(describeSignInError("CredentialsSignin").key).toBe("login.error.invalid");
    expect(describeSignInError(ACCOUNT_DISABLED).key).toBe("login.error.disabled");
    expect(describeSignInError("AccessDenied").key).toBe("login.error.ssoDenied");
    expect(describeSignInError("OAuthCallback").key).toBe("login.error.generic");
    expect(describeSignInError("RateLimited:soon").key).toBe("login.error.generic");
  });
});
