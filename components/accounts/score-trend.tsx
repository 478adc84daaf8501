// The credit score in the account header: the score in force, an arrow and a sentence for its change over the latest
// scores, and a small line of them. The line is decoration; the figures are also in text for screen readers.
import type { AccountHeader } from "@/lib/accounts/get-account-header";
import { dayText, type SectionI18n } from "./evidence-format";

const WIDTH = 80;
const HEIGHT = 20;

function points(scores: number[]): string {
  const low = Math.min(...scores);
  const span = Math.max(...scores) - low || 1;
  const step = WIDTH / Math.max(scores.length - 1, 1);
  return scores.map((s, i) => `${(i * step).toFixed(1)},${(HEIGHT - 2 - ((s - low) / span) * (HEIGHT - 4)).toFixed(1)}`).join(" ");
}

export function ScoreTrend({ score, i18n }: { score: AccountHeader["score"]; i18n: SectionI18n }) {
  const { t, format } = i18n;
  if (score.latest === null) return <span className="text-slate-600 dark:text-slate-400">{t("account.header.scoreNone")}</span>;
  const first = score.history[0];
  const delta = score.delta;
  const trend =
    delta === null || !first
      ? null
      : {
          arrow: delta > 0 ? "↑" : delta < 0 ? "↓" : "→",
          text:
            delta === 0
              ? t("account.header.scoreSame", { date: dayText(i18n, first.scoredAt) })
              : t(delta > 0 ? "account.header.scoreUp" : "account.header.scoreDown", { points: format.count(Math.abs(delta)), date: dayText(i18n, first.scoredAt) }),
          tone: delta < 0 ? "text-red-700 dark:text-red-300" : "text-slate-700 dark:text-slate-300",
        };
  return (
    <span className="flex flex-wrap items-center gap-x-2">
      <span className="text-base font-semibold tabular-nums">{format.count(score.latest)}</span>
      {trend && (
        <span className={trend.tone}>
          <span aria-hidden="true">{trend.arrow} </span>
          {trend.text}
        </span>
      )}
      {score.history.length >= 2 && (
        <>
          <svg aria-hidden="true" width={WIDTH} height={HEIGHT} className="text-blue-700 dark:text-sky-300" viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
            <polyline points={points(score.history.map((s) => s.score))} fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          <span className="sr-only">{t("account.header.scoreHistory", { scores: score.history.map((s) => format.count(s.score)).join(", ") })}</span>
        </>
      )}
    </span>
  );
}
