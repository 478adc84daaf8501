// The `test` every spec imports: Playwright's, plus a guard that fails any test during which the browser refused
// something under the Content-Security-Policy (a blocked script, style, frame or connection), so the app is shown
// to work under its policy on every screen the suite visits. The guard watches the test's own context and any
// context a test opens with browser.newContext(), through the pages' securitypolicyviolation events (reported
// on the console) and the browser's own console lines about the policy.
import { test as base, expect, type BrowserContext, type ConsoleMessage } from "@playwright/test";

const VIOLATION_PREFIX = "csp-violation:";
const BROWSER_REPORT = /violates the following Content Security Policy|Refused to .*Content Security Policy/i;

interface CspWatch {
  /** Violations seen since the current test began. */
  violations: string[];
  watch(context: BrowserContext): Promise<void>;
}

export const test = base.extend<{ cspViolations: string[] }, { cspWatch: CspWatch }>({
  cspWatch: [
    async ({ browser }, use) => {
      const watched = new WeakSet<BrowserContext>();
      const watcher: CspWatch = {
        violations: [],
        async watch(context) {
          if (watched.has(context)) return;
          watched.add(context);
          await context.addInitScript((prefix) => {
            document.addEventListener(
              "securitypolicyviolation",
              (event) =>
                console.error(`${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`),
              true,
            );
          }, VIOLATION_PREFIX);
          context.on("console", (message: ConsoleMessage) => {
            const text = message.text();
            if (text.startsWith(VIOLATION_PREFIX) || BROWSER_REPORT.test(text)) watcher.violations.push(text);
          });
        },
      };
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        await watcher.watch(context);
        return context;
      };
      await use(watcher);
      browser.newContext = newContext;
    },
    { scope: "worker", auto: true },
  ],
  cspViolations: [
    async ({ context, cspWatch }, use) => {
      cspWatch.violations = [];
      await cspWatch.watch(context);
      await use(cspWatch.violations);
      expect(cspWatch.violations, "Content-Security-Policy violations in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
