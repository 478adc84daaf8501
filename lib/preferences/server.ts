// Reads the display preferences of the current request on the server.
import "server-only";
import { cookies } from "next/headers";
import { parseTheme, PREFERENCE_COOKIES, type Theme } from "./preferences";

export async function getTheme(): Promise<Theme> {
  return parseTheme((await cookies()).get(PREFERENCE_COOKIES.theme)?.value);
}
