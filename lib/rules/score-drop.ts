// SCORE_DROP (domain.md, medium): credit score below 550, or down >= 100 points in 90 days.
// Reads: the credit_score history up to the as-of date. The latest score is the one in force. "Down in 90 days" is
// measured from the highest score in force at any time in the 90 days to the as-of date (scores dated in the window,
// and the one in force when the window opened, i.e. the last before it) to the latest score. No history: no fire.
import type { CreditScoreRow } from "./account-data";
import type { RuleThresholds } from "./config";
import { dateOf, windowTo } from "./calendar";
import { ascendingBy, type Rule } from "./rule";

type ScoreFigure = { id: string; score: number; scoredAt: string };

export type ScoreDropEvidence = {
  summary: string;
  reasons: ("BELOW_THRESHOLD" | "DROP")[];
  latest: ScoreFigure;
  /** The highest score in force in the window (the latest itself when it is the highest). */
  peak: ScoreFigure;
  drop: number;
};

const figure = ({ id, score, scoredAt }: CreditScoreRow): ScoreFigure => ({ id, score, scoredAt });

export const scoreDrop: Rule<RuleThresholds["SCORE_DROP"], ScoreDropEvidence> = (account, t) => {
  const window = windowTo(account.asOf, t.windowDays);
  const history = account.creditScores.filter((s) => s.scoredAt < window.until).sort(ascendingBy((s) => s.scoredAt));
  const latest = history.at(-1);
  if (!latest) return null;
  const inForceAtOpening = history.filter((s) => s.scoredAt < window.from).at(-1);
  const considered = [...(inForceAtOpening ? [inForceAtOpening] : []), ...history.filter((s) => s.scoredAt >= window.from)];
  // The earliest of equal highs: the drop is then measured over the longest span, which is what the figures show.
  const peak = considered.reduce((best, s) => (s.score > best.score ? s : best));
  const drop = peak.score - latest.score;

  const reasons: ScoreDropEvidence["reasons"] = [];
  const parts: string[] = [];
  if (latest.score < t.scoreBelow) {
    reasons.push("BELOW_THRESHOLD");
    parts.push(`Score ${latest.score} on ${dateOf(latest.scoredAt)}, below ${t.scoreBelow}`);
  }
  if (drop >= t.dropAtLeast) {
    reasons.push("DROP");
    parts.push(
      `score down ${drop} points within ${t.windowDays} days: ${peak.score} on ${dateOf(peak.scoredAt)} to ` +
        `${latest.score} on ${dateOf(latest.scoredAt)}`,
    );
  }
  if (reasons.length === 0) return null;
  const summary = parts.join("; ");
  return { summary: summary[0].toUpperCase() + summary.slice(1), reasons, latest: figure(latest), peak: figure(peak), drop };
};
