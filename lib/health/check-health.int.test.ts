import { describe, expect, it } from "vitest";
import { checkHealth } from "./check-health";

describe("checkHealth", () => {
  it("is ok when the database answers", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok" });
  });

  it("is unavailable, without saying why, when the database fails or does not answer in time", async () => {
    const failing = await checkHealth({ probe: () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432")) });
    expect(failing).toEqual({ status: "unavailable", database: "unavailable" });
    const started = Date.now();
    const hanging = await checkHealth({ probe: () => new Promise(() => {}), timeoutMs: 200 });
    expect(hanging).toEqual({ status: "unavailable", database: "unavailable" });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
