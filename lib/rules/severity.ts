// Severity order and the case priority it gives: CRITICAL=1, HIGH=2, MEDIUM=3, LOW=4 (the queue sorts ascending).
import type { Severity } from "@/lib/generated/prisma/enums";

export const PRIORITY: Record<Severity, number> = { CRITICAL: 1, HIGH: 2, MEDIUM: 3, LOW: 4 };

export const isWorse = (a: Severity, than: Severity) => PRIORITY[a] < PRIORITY[than];

export const worstOf = (severities: Severity[]): Severity =>
  severities.reduce((worst, s) => (isWorse(s, worst) ? s : worst));
