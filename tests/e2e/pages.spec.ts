import type { Page } from "@playwright/test";
import { localeOfPath } from "../../lib/i18n/config";
import { builtPagePaths, builtSitemapPaths } from "../support/built-site";
import { axeViolations, expect, preloadAxe, storageLeftBehind, test } from "../support/fixtures";

const paths = builtSitemapPaths();
const linksChecked = new Map<string, number>();

/**
 * Pages per test. Each test walks its pages in one browser page, which saves a new context per
 * page (the sweep covers 400+ pages); soft assertions name the page, so every failure is reported.
 */
const PAGES_PER_TEST = 15;

test("the sitemap lists every page of the site, and nothing else", () => {
  expect([...paths].sort()).toEqual(builtPagePaths());
});

async function checkPage(page: Page, pathname: string) {
  const response = await page.goto(pathname, { waitUntil: "load" });
  expect.soft(response?.status(), `${pathname}: status`).toBe(200);

  await expect.soft(page.locator("h1"), `${pathname}: exactly one h1`).toHaveCount(1);
  expect.soft(await page.locator("html").getAttribute("lang"), `${pathname}: lang`).toBe(localeOfPath(pathname));
  expect.soft(await page.title(), `${pathname}: title`).toMatch(/\S/);
  expect.soft(await page.locator('meta[name="description"]').getAttribute("content"), `${pathname}: description`).toMatch(/^.{50,}$/);
  expect.soft(await page.locator('meta[name="referrer"]').getAttribute("content"), `${pathname}: referrer policy`).toBe("no-referrer");

  expect.soft(await axeViolations(page), `${pathname}: axe violations`).toEqual([]);

  // Every link to another site keeps the visitor's path to itself.
  const foreignLinksWithReferrer = await page
    .locator("a[href^='http']")
    .evaluateAll((links) =>
      links
        .filter((link) => !(link.getAttribute("rel") ?? "").split(/\s+/).includes("noreferrer"))
        .map((link) => link.getAttribute("href")),
    );
  expect.soft(foreignLinksWithReferrer, `${pathname}: links to other sites without rel=noreferrer`).toEqual([]);

  // Every link within the site leads to a page.
  const ownLinks = await page
    .locator("a[href^='/']")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!.split("#")[0]!));
  for (const href of new Set(ownLinks)) {
    if (!linksChecked.has(href)) linksChecked.set(href, (await page.request.get(href)).status());
    expect.soft(linksChecked.get(href), `${pathname}: link to ${href}`).toBe(200);
  }

  expect
    .soft(await storageLeftBehind(page), `${pathname}: cookies and stored data`)
    .toEqual({ cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, serviceWorkers: 0 });
}

for (let start = 0; start < paths.length; start += PAGES_PER_TEST) {
  const chunk = paths.slice(start, start + PAGES_PER_TEST);
  test(`${chunk[0]} … ${chunk.at(-1)} (${chunk.length} pages) are whole, accessible and private`, async ({ page, watch }) => {
    test.setTimeout(30_000 + chunk.length * 10_000);
    await preloadAxe(page);
    for (const pathname of chunk) {
      await checkPage(page, pathname);
      expect.soft(watch.consoleErrors.splice(0), `${pathname}: console errors`).toEqual([]);
      expect.soft(watch.foreignRequests.splice(0), `${pathname}: requests to other hosts`).toEqual([]);
    }
  });
}
