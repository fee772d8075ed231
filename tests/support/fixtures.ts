import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { QUICK_EXIT_URL } from "../../lib/site/settings";

/** Requests that left the site, and errors the page printed, collected for every test. */
interface Watch {
  foreignRequests: string[];
  consoleErrors: string[];
}

function isOwnOrigin(url: string, baseURL: string): boolean {
  return url.startsWith(baseURL) || url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank";
}

export const test = base.extend<{ watch: Watch }>({
  // Automatic, so that no test can reach the network by forgetting to ask for it.
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { foreignRequests: [], consoleErrors: [] };
      // Nothing may leave the machine; the quick exit's destination answers with an empty page.
      await page.context().route(
        (url) => !isOwnOrigin(url.href, baseURL!),
        async (route) => {
          const url = route.request().url();
          if (url === QUICK_EXIT_URL) return route.fulfill({ contentType: "text/html", body: "<title>yr</title>" });
          watch.foreignRequests.push(url);
          return route.abort();
        },
      );
      page.on("console", (message) => {
        if (message.type() === "error") watch.consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => watch.consoleErrors.push(error.message));
      await use(watch);
      // A test that expects an error takes it out of the list (splice) once it has checked it.
      expect(watch.consoleErrors, "console errors").toEqual([]);
      expect(watch.foreignRequests, "requests to other hosts").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core's browser build, read once per worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Loads axe-core into every page the test opens, before the page's own scripts. Running axe.run
 * directly is about twice as fast as evaluating the whole library again for each analysis, which
 * matters for a sweep of 400+ pages. Init scripts come in through the DevTools protocol, so the
 * site's Content-Security-Policy does not block them.
 */
export async function preloadAxe(page: Page) {
  await page.addInitScript(AXE_SOURCE);
}

/** WCAG 2.0 and 2.1 A/AA violations on the page: rule, help text and the elements concerned. */
export async function axeViolations(page: Page) {
  // A page opened without preloadAxe gets the library now (evaluated through DevTools, not eval()).
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } };
    const results = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations;
  }, WCAG_21_AA);
  return violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Cookies, web storage, IndexedDB and service workers the page left behind. */
export async function storageLeftBehind(page: Page) {
  const cookies = await page.context().cookies();
  const inPage = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return { cookies: cookies.length, ...inPage };
}

/** Presses Tab from where focus is until the target has it, as a keyboard user would; then expects it focused. */
export async function tabUntilFocused(page: Page, target: Locator, maxPresses = 60) {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}
