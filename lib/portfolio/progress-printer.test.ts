import { describe, expect, it } from "vitest";
import { describeProgress, progressPrinter } from "./progress-printer";

function fakeOutput(isTTY: boolean) {
  const written: string[] = [];
  const output = { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
  return { output, written };
}

describe("progress printer", () => {
  it("shows the share done, the rate and the time left", () => {
    const line = describeProgress({ accountsDone: 5_000, accountsTotal: 20_000, elapsedMs: 2_500 });
    expect(line).toContain(" 25% 5,000/20,000 accounts");
    expect(line).toContain("2,000 accounts/s");
    expect(line).toContain("ETA 0:08");
    expect(describeProgress({ accountsDone: 0, accountsTotal: 10, elapsedMs: 0 })).toContain("ETA --:--");
  });

  it("redraws one line on a terminal", () => {
    const { output, written } = fakeOutput(true);
    const print = progressPrinter(output);
    for (let done = 0; done <= 100; done += 5) print({ accountsDone: done, accountsTotal: 100, elapsedMs: 1_000 });
    expect(written).toHaveLength(21);
    expect(written.every((text) => text.startsWith("\r"))).toBe(true);
    expect(written[written.length - 1].endsWith("\n")).toBe(true);
  });

  it("prints a line every 10% elsewhere", () => {
    const { output, written } = fakeOutput(false);
    const print = progressPrinter(output);
    for (let done = 0; done <= 1_000; done += 7) print({ accountsDone: done, accountsTotal: 1_000, elapsedMs: 1_000 });
    print({ accountsDone: 1_000, accountsTotal: 1_000, elapsedMs: 1_000 });
    expect(written).toHaveLength(11);
  });
});
