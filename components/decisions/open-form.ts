// Which inline form the decision panel has open: at most one at a time, so focus and announcements stay simple.
import type { PanelKind } from "@/lib/decisions/offered-actions";
import type { DecideStep } from "./decide-form";

export type OpenForm =
  | { type: "propose"; kind: PanelKind }
  | { type: "decide"; step: DecideStep; decisionId: number }
  | { type: "appeal"; decisionId: number }
  | { type: "reverse"; decisionId: number; appealId: number | null }
  | { type: "rejectAppeal"; appealId: number };

/** Whether the open form belongs to this decision (and its open appeal). */
export function formOfDecision(form: OpenForm | null, decisionId: number, appealId: number | null): boolean {
  if (!form) return false;
  if (form.type === "rejectAppeal") return form.appealId === appealId;
  return form.type !== "propose" && form.decisionId === decisionId;
}
