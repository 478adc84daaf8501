"use client";
// The approvals screen's keyboard shortcuts, listed where senior officers see them.
import { KeyboardShortcutList, type Shortcut } from "@/components/ui/keyboard-shortcuts";

const SHORTCUTS: Shortcut[] = [
  { keys: ["j", "k"], label: "decisions.ui.keys.move" },
  { keys: ["a"], label: "decisions.ui.keys.approve" },
  { keys: ["r"], label: "decisions.ui.keys.reject" },
  { keys: ["Esc"], label: "decisions.ui.keys.escape" },
];

export function ApprovalsShortcuts() {
  return <KeyboardShortcutList id="approvals-keys-title" title="decisions.ui.keys.title" shortcuts={SHORTCUTS} />;
}
