import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { CATALOGUES, createTranslator } from "@/lib/i18n/translate";
import { runAction, type ActionDeps } from "./action-core";

type User = { id: number; role: Role };

function harness(user: User | null) {
  const log = vi.fn();
  const deps: ActionDeps<User> = {
    currentUser: async () => user,
    translator: async () => createTranslator(CATALOGUES.en),
    requestId: async () => "req-42",
    log,
    rethrowFrameworkError: (error) => {
      if (error instanceof Error && error.message === "NEXT_REDIRECT") throw error;
    },
  };
  const spec = { name: "users.disable", permission: "user:manage" as const, schema: z.object({ userId: z.number() }) };
  return { deps, spec, log };
}

const admin: User = { id: 1, role: "ADMIN" };

describe("runAction", () => {
  it("runs with the validated input and the user when every check passes", async () => {
    const { deps, spec } = harness(admin);
    const run = vi.fn(async (input: { userId: number }, user: User) => `${user.id}->${input.userId}`);
    expect(await runAction(deps, spec, { userId: 7 }, run)).toEqual({ ok: true, data: "1->7" });
  });

  it("refuses a signed-out (or disabled) caller before anything else", async () => {
    const { deps, spec } = harness(null);
    const run = vi.fn();
    expect(await runAction(deps, spec, { userId: 7 }, run)).toEqual({
      ok: false,
      error: { code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again." },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a role without the permission, and logs it", async () => {
    const { deps, spec, log } = harness({ id: 2, role: "RISK_OFFICER" });
    const run = vi.fn();
    const result = await runAction(deps, spec, { userId: 7 }, run);
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(run).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith("warn", "action.forbidden", expect.objectContaining({ userId: 2, requestId: expect.any(String) }));
  });

  it("refuses invalid input without running", async () => {
    const { deps, spec } = harness(admin);
    const run = vi.fn();
    expect(await runAction(deps, spec, { userId: "7; drop table" }, run)).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("turns an AppError into its code and translated message", async () => {
    const { deps, spec } = harness(admin);
    const result = await runAction(deps, spec, { userId: 1 }, async () => {
      throw new AppError("CONFLICT", "users.cannotDisableSelf");
    });
    expect(result).toEqual({ ok: false, error: { code: "CONFLICT", message: "You cannot disable your own account." } });
  });

  it("hides unexpected errors behind a generic message with a reference, and logs the details", async () => {
    const { deps, spec, log } = harness(admin);
    const boom = new Error("connection refused at 10.0.0.5:5432");
    const result = await runAction(deps, spec, { userId: 1 }, async () => {
      throw boom;
    });
    expect(result).toEqual({ ok: false, error: { code: "INTERNAL", message: "Something went wrong. Reference: req-42" } });
    expect(JSON.stringify(result)).not.toContain("10.0.0.5");
    expect(log).toHaveBeenCalledWith("error", "action.failed", expect.objectContaining({ requestId: "req-42", error: boom }));
  });

  it("tells a caller the database is unavailable or busy, with a typed code, when the run hits such a fault", async () => {
    const { deps, spec, log } = harness(admin);
    const down = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const result = await runAction(deps, spec, { userId: 1 }, async () => {
      throw down;
    });
    expect(result).toEqual({
      ok: false,
      error: { code: "DATABASE_UNAVAILABLE", message: "The database is unavailable, so nothing was saved. Try again in a moment." },
    });
    expect(log).toHaveBeenCalledWith("warn", "action.databaseUnavailable", expect.objectContaining({ fault: "unavailable" }));
    const busy = await runAction(deps, spec, { userId: 1 }, async () => {
      throw new Error("timeout exceeded when trying to connect");
    });
    expect(busy).toMatchObject({ ok: false, error: { code: "DATABASE_UNAVAILABLE", message: expect.stringContaining("busy") } });
  });

  it("lets the framework's redirects through", async () => {
    const { deps, spec } = harness(admin);
    await expect(
      runAction(deps, spec, { userId: 1 }, async () => {
        throw new Error("NEXT_REDIRECT");
      }),
    ).rejects.toThrow("NEXT_REDIRECT");
  });
});
