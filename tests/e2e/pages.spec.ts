import { builtPagePaths, builtSitemapPaths } from "../support/built-site";
import { axeViolations, expect, storageLeftBehind, test } from "../support/fixtures";

const paths = builtSitemapPaths();
const linksChecked = new Map<string, number>();

test("the sitemap lists every page of the site, and nothing else", () => {
  expect([...paths].sort()).toEqual(builtPagePaths());
});

for (const pathname of paths) {
  test(`${pathname} is whole, accessible and private`, async ({ page, watch }) => {
    const response = await page.goto(pathname, { waitUntil: "load" });
    expect(response?.status()).toBe(200);

    await expect(page.locator("h1")).toHaveCount(1);
    expect(await page.locator("html").getAttribute("lang")).toMatch(/^(nb|en)$/);
    await expect(page).toHaveTitle(/\S/);
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(/^.{50,}$/);
    expect(await page.locator('meta[name="referrer"]').getAttribute("content")).toBe("no-referrer");

    expect(await axeViolations(page)).toEqual([]);

    // Every link to another site keeps the visitor's path to itself.
    const foreignLinksWithReferrer = await page
      .locator("a[href^='http']")
      .evaluateAll((links) =>
        links.filter((link) => !(link.getAttribute("rel") ?? "").split(/\s+/).includes("noreferrer")).map((link) => link.getAttribute("href")),
      );
    expect(foreignLinksWithReferrer).toEqual([]);

    // Every link within the site leads to a page.
    const ownLinks = await page.locator("a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href")!.split("#")[0]!));
    for (const href of new Set(ownLinks)) {
      if (!linksChecked.has(href)) linksChecked.set(href, (await page.request.get(href)).status());
      expect(linksChecked.get(href), `link to ${href}`).toBe(200);
    }

    expect(await storageLeftBehind(page)).toEqual({ cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, serviceWorkers: 0 });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}
