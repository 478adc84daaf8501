// Saving display preferences from the browser (language switch, theme toggle, time zone) through
// the preferences route, which sets the cookies the server renders from.
import type { PreferencesInput } from "./preferences";

export async function savePreferences(preferences: PreferencesInput): Promise<boolean> {
  const response = await fetch("/api/preferences", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(preferences),
  });
  return response.ok;
}
