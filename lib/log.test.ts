import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./log";

function capture() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(stream), text: () => chunks.join("") };
}

describe("log", () => {
  it("writes one JSON line per event, whatever newlines or JSON the details hold", () => {
    const { logger, text } = capture();
    const note = 'first line\n{"event":"forged","level":"info"}\r\nthird \u2028 line';
    logger.warn({ requestId: "req-1", note }, "notes.saved");
    const lines = text().split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ event: "notes.saved", level: "warn", requestId: "req-1", note, service: "risk-ops" });
    expect(typeof entry.time).toBe("string");
  });

  it("redacts passwords, cookies and authorization headers wherever they sit", () => {
    const { logger, text } = capture();
    logger.info(
      {
        password: "hunter2",
        user: { password: "hunter3" },
        headers: { authorization: "Bearer abc", cookie: "next-auth.session-token=xyz", "user-agent": "test" },
        request: { headers: { cookie: "a=b" } },
      },
      "request.seen",
    );
    const output = text();
    for (const secret of ["hunter2", "hunter3", "Bearer abc", "xyz", "a=b"]) expect(output).not.toContain(secret);
    expect(JSON.parse(output).headers["user-agent"]).toBe("test");
  });

  it("serialises errors with their name and message", () => {
    const { logger, text } = capture();
    logger.error({ error: new TypeError("boom") }, "action.failed");
    expect(JSON.parse(text()).error).toMatchObject({ type: "TypeError", message: "boom" });
  });
});
