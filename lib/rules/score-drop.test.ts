import { describe, expect, it } from "vitest";
import type { CreditScoreRow } from "./account-data";
import { scoreDrop } from "./score-drop";
import { account, daysAgo, defaultRuleConfig } from "./test-support";

const t = defaultRuleConfig().rules.SCORE_DROP;
let nextId = 900;
const score = (value: number, days: number): CreditScoreRow => ({ id: String(nextId++), score: value, scoredAt: daysAgo(days) });
const history = (...scores: CreditScoreRow[]) => account({ creditScores: scores });

describe("SCORE_DROP, below the floor", () => {
  it.each([
    [549, true],
    [550, false],
    [551, false],
  ])("latest score %i: fires %s (below 550)", (value, fires) => {
    expect(scoreDrop(history(score(value, 1)), t) !== null).toBe(fires);
  });

  it("uses the latest score up to the as-of date", () => {
    expect(scoreDrop(history(score(500, 40), score(600, 2)), t)).toBeNull();
    expect(scoreDrop(history(score(600, 2), score(500, -1)), t)).toBeNull();
    expect(scoreDrop(account(), t)).toBeNull();
  });
});

describe("SCORE_DROP, falling", () => {
  it.each([
    [99, false],
    [100, true],
    [101, true],
  ])("down %i points within 90 days: fires %s", (drop, fires) => {
    expect(scoreDrop(history(score(700, 60), score(700 - drop, 1)), t) !== null).toBe(fires);
  });

  it("measures from the highest score in force in the 90 days, the one in force when they began included", () => {
    // 720 was scored before the window but was still in force on its first day.
    expect(scoreDrop(history(score(720, 120), score(690, 50), score(620, 0)), t)).toMatchObject({ reasons: ["DROP"], drop: 100 });
    // 720 had been replaced before the window began: only 690 counts.
    expect(scoreDrop(history(score(720, 120), score(700, 95), score(690, 50), score(620, 0)), t)).toBeNull();
    // A drop that recovered is no drop now.
    expect(scoreDrop(history(score(700, 60), score(590, 30), score(680, 2)), t)).toBeNull();
  });

  it("gives the latest score, the peak and the drop", () => {
    const peak = score(680, 70);
    const latest = score(540, 3);
    expect(scoreDrop(history(score(650, 80), peak, score(600, 20), latest), t)).toEqual({
      summary: "Score 540 on 2026-09-27, below 550; score down 140 points within 90 days: 680 on 2026-07-22 to 540 on 2026-09-27",
      reasons: ["BELOW_THRESHOLD", "DROP"],
      latest: { id: latest.id, score: 540, scoredAt: latest.scoredAt },
      peak: { id: peak.id, score: 680, scoredAt: peak.scoredAt },
      drop: 140,
    });
  });
});
