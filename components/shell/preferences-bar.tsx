// Language and theme switches, shown both in the dashboard header and on the sign-in page.
import { LanguageSwitch } from "./language-switch";
import { ThemeToggle } from "./theme-toggle";

export function PreferencesBar({ dark, label }: { dark: boolean; label: string }) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2">
      <LanguageSwitch />
      <ThemeToggle initialDark={dark} />
    </div>
  );
}
