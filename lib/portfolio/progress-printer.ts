// Progress of a long seed run: a bar redrawn in place on a terminal, or one line per 10% when the output goes
// to a file or a CI log (where carriage returns would pile up into one enormous line).
import type { LoadProgress } from "./load-portfolio";

const BAR_WIDTH = 30;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

export function describeProgress({ accountsDone, accountsTotal, elapsedMs }: LoadProgress): string {
  const share = accountsTotal === 0 ? 1 : accountsDone / accountsTotal;
  const rate = elapsedMs > 0 ? (accountsDone * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? (accountsTotal - accountsDone) / rate : Infinity;
  const filled = Math.round(share * BAR_WIDTH);
  return (
    `[${"#".repeat(filled)}${" ".repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ` +
    `${accountsDone.toLocaleString("en")}/${accountsTotal.toLocaleString("en")} accounts, ` +
    `${Math.round(rate).toLocaleString("en")} accounts/s, elapsed ${duration(elapsedMs / 1000)}, ETA ${duration(eta)}`
  );
}

export function progressPrinter(output: NodeJS.WriteStream = process.stdout): (progress: LoadProgress) => void {
  let lastTenth = -1;
  return (progress) => {
    const done = progress.accountsDone >= progress.accountsTotal;
    if (output.isTTY) {
      output.write(`\r${describeProgress(progress)}${done ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor((progress.accountsDone / Math.max(1, progress.accountsTotal)) * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      output.write(`${describeProgress(progress)}\n`);
    }
  };
}
