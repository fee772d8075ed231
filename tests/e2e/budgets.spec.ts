/**
 * The byte budgets of issue 11, from the built files themselves (deterministic; `npm run bench`
 * measures the same in a browser, and times): a first visit to a static page transfers at most
 * 30 KB compressed, of which at most 6 KB is JavaScript; the finder loads at most 180 KB of
 * compressed JavaScript, its map and Leaflet included. Static pages are measured in gzip, which
 * every server here can send (nginx without ngx_brotli included), so they keep their budget
 * anywhere; the finder in brotli, as browsers get it from `npm start`, Netlify, Cloudflare Pages
 * and nginx with ngx_brotli (gzip alone is about 187 KB, see the README).
 */
import { locales } from "../../lib/i18n/config";
import { pathsFor } from "../../lib/site/paths";
import { builtStaticPages, encodedSize } from "../support/built-site";
import { expect, test } from "../support/fixtures";

const KB = 1024;
const STATIC_PAGE_BUDGET = 30 * KB;
const STATIC_PAGE_SCRIPT_BUDGET = 6 * KB;
const FINDER_SCRIPT_BUDGET = 180 * KB;

/** What a first visit to a static page fetches: the page, its stylesheets, its icon, its island modules and their chunks. */
function firstVisitFiles(html: string): string[] {
  const references = [
    ...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g),
    ...html.matchAll(/<link rel="icon" href="([^"?]+)/g),
    ...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g),
    ...html.matchAll(/<script type="module" src="([^"]+)"/g),
  ];
  return [...new Set(references.map(([, href]) => href!))];
}

/** What a first visit to a built static page transfers in gzip, and how much of it is script. */
function firstVisitSize({ pathname, html }: { pathname: string; html: string }) {
  const files = firstVisitFiles(html);
  const page = encodedSize(pathname.endsWith("/") ? `${pathname}index.html` : pathname, "gzip");
  const script = files.filter((href) => href.endsWith(".js")).reduce((sum, href) => sum + encodedSize(href, "gzip"), 0);
  return { bytes: page + files.reduce((sum, href) => sum + encodedSize(href, "gzip"), 0), script };
}

/** The finder is a static page too, its finder a React island that starts at once: it has its own budget, below. */
const FINDER_PAGES = new Set(locales.map((locale) => pathsFor(locale).finder));

test("a first visit to any static page transfers at most 30 KB, at most 6 KB of it script", () => {
  let largest = { file: "", bytes: 0, script: 0 };
  for (const page of builtStaticPages().filter(({ pathname }) => !FINDER_PAGES.has(pathname))) {
    const { bytes, script } = firstVisitSize(page);
    expect.soft(bytes, `${page.file}: first visit, gzip`).toBeLessThanOrEqual(STATIC_PAGE_BUDGET);
    expect.soft(script, `${page.file}: script, gzip`).toBeLessThanOrEqual(STATIC_PAGE_SCRIPT_BUDGET);
    if (bytes > largest.bytes) largest = { file: page.file, bytes, script };
  }
  test
    .info()
    .annotations.push({ type: "largest", description: `${largest.file}: ${largest.bytes} B, ${largest.script} B of script (gzip)` });
});

test("the home page in every language is a static page within the same budget, its place search's code left for first use", async ({
  page,
}) => {
  const homes = ["/", "/nn/", "/en/"];
  const built = builtStaticPages().filter(({ pathname }) => homes.includes(pathname));
  expect(built.map(({ pathname }) => pathname).sort()).toEqual([...homes].sort());
  for (const home of built) {
    const { bytes, script } = firstVisitSize(home);
    test.info().annotations.push({ type: home.pathname, description: `${bytes} B, ${script} B of script (gzip)` });
    expect.soft(bytes, `${home.file}: first visit, gzip`).toBeLessThanOrEqual(STATIC_PAGE_BUDGET);
    expect.soft(script, `${home.file}: script, gzip`).toBeLessThanOrEqual(STATIC_PAGE_SCRIPT_BUDGET);
  }

  // In the browser too: what the page loads before the field is used stays in the budget; React comes after.
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto("/", { waitUntil: "networkidle" });
  const size = (files: string[]) => files.reduce((sum, pathname) => sum + encodedSize(pathname, "gzip"), 0);
  const before = [...scripts];
  expect(size(before)).toBeLessThanOrEqual(STATIC_PAGE_SCRIPT_BUDGET);
  // Suggestions show once React, the search and the place data have come.
  await page.getByRole("combobox", { name: "Finn senteret nær deg" }).fill("2406");
  await expect(page.getByRole("option", { name: /2406 Elverum/ })).toBeVisible();
  test
    .info()
    .annotations.push({ type: "home, used", description: `${size(before)} B of script before, ${size(scripts)} B once used (gzip)` });
  expect(size(scripts)).toBeGreaterThan(STATIC_PAGE_SCRIPT_BUDGET);
});

test("the finder loads at most 180 KB of compressed script, its map and Leaflet included", async ({ page }) => {
  const scripts = new Set<string>();
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.add(new URL(request.url()).pathname);
  });
  await page.goto("/finn-senter/");
  await page.getByRole("region", { name: "Kart over sentrene" }).waitFor();
  await page.getByRole("combobox").fill("2406");
  await page.getByRole("combobox").press("Enter");
  await page.getByRole("region", { name: "Sentre for 2406 Elverum" }).waitFor();
  await page.waitForLoadState("networkidle");
  const size = (encoding: "br" | "gzip") => [...scripts].reduce((sum, pathname) => sum + encodedSize(pathname, encoding), 0);
  test.info().annotations.push({ type: "finder", description: `${scripts.size} scripts, ${size("br")} B brotli, ${size("gzip")} B gzip` });
  expect(size("br")).toBeLessThanOrEqual(FINDER_SCRIPT_BUDGET);
});
