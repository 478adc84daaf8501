"use client";
// The queue's keyboard shortcuts, listed where officers see them.
import { KeyboardShortcutList, type Shortcut } from "@/components/ui/keyboard-shortcuts";

export function KeyboardShortcuts({ canClaim }: { canClaim: boolean }) {
  const shortcuts: Shortcut[] = [
    { keys: ["j", "k"], label: "queue.keys.move" },
    { keys: ["Enter"], label: "queue.keys.open" },
    { keys: ["o"], label: "queue.keys.account" },
    ...(canClaim ? [{ keys: ["c"], label: "queue.keys.claim" as const }] : []),
    { keys: ["/"], label: "queue.keys.search" },
  ];
  return <KeyboardShortcutList id="queue-keys-title" title="queue.keys.title" shortcuts={shortcuts} />;
}
