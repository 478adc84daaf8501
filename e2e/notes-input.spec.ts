// Notes as people really write them, typed into the account page's form: Arabic, Hebrew and Chinese, a
// right-to-left override, a bell character, several lines, a would-be JSON log line, and exactly the maximum
// length. Each is stored exactly as typed and shown back exactly so on the page (the browser's own line-break
// normalisation aside, which the integration test lib/security/note-text.int.test.ts covers below the form).
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/auth/demo-users";
import { NOTE_MAX } from "@/lib/accounts/schemas";
import { createKnownAccount } from "./support/account";
import { query } from "./support/db";
import { expect, test } from "./support/fixtures";
import { signInWith } from "./support/sign-in";

const NOTES = [
  "اتصلت بالعميل ووعد بالسداد يوم الجمعة.",
  "התקשרתי ללקוח, הבטיח לשלם ביום שישי.",
  "客户来电，承诺周五还款；已核实身份。",
  "Receipt name \u202Etxt.exe\u202C checked against the purchase.",
  "Called twice\u0007, no answer.\nLeft a voicemail.\nWill retry on Monday.",
  'Paid in full.\n{"level":"info","event":"auth.signIn","role":"ADMIN"}',
  "长".repeat(NOTE_MAX),
];

const notesSection = (page: Page) => page.getByRole("region", { name: "Notes" }).or(page.locator("section").filter({ has: page.getByRole("heading", { name: "Notes", exact: true }) })).first();

test("notes in any script, with control characters and at the maximum length, are stored and shown intact", async ({ page }) => {
  test.setTimeout(90_000);
  const account = await createKnownAccount();
  await signInWith(page, "officer2@riskops.test", DEMO_PASSWORD);
  await page.goto(`/accounts/${account.accountId}`);
  const notes = notesSection(page);
  for (const text of NOTES) {
    await notes.getByRole("textbox").fill(text);
    await notes.getByRole("button", { name: "Add note" }).click();
    // The newest note of the account, once this one is in (the confirmation from the previous note may still show).
    await expect.poll(async () => (await query<{ body: string }>(`SELECT body FROM note WHERE account_id = $1 ORDER BY id DESC LIMIT 1`, [account.accountId]))[0]?.body).toBe(text);
    await expect.poll(() => notes.getByRole("listitem").locator("p").allTextContents()).toContain(text);
  }
  await page.reload();
  const shown = await notesSection(page).getByRole("listitem").locator("p").allTextContents();
  for (const text of NOTES) expect(shown).toContain(text);
});
