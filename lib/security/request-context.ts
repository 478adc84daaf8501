// Test support: the request a server action sees when the tests call its real export outside Next. The suites mock
// next/headers and next-auth/jwt with the objects below, and set `testRequest` before each call:
//   vi.mock("next/headers", async () => (await import("./request-context")).nextHeadersMock);
//   vi.mock("next-auth/jwt", async () => (await import("./request-context")).nextAuthJwtMock);
// The session cookie then decodes (lib/auth/session.ts) to a token for `testRequest.session`, as a real one would.

export interface TestSession {
  user: { id: number; role: string; signedInAt: number };
}

export const testRequest: { session: TestSession | null; requestId: string } = { session: null, requestId: "" };

export const nextHeadersMock = {
  headers: async () => new Headers({ "x-request-id": testRequest.requestId, "user-agent": "vitest", "x-forwarded-for": "192.0.2.9" }),
  cookies: async () => ({
    get: (name: string) => (name.endsWith("session-token") && testRequest.session ? { value: "session" } : undefined),
  }),
};

export const nextAuthJwtMock = {
  decode: async () => {
    const user = testRequest.session?.user;
    return user ? { uid: user.id, role: user.role, signedInAt: user.signedInAt, iat: Math.floor(Date.now() / 1000) } : null;
  },
};
