import { readFileSync } from "node:fs";
import path from "node:path";
import { NOT_FOUND_PATH } from "../../lib/html/exported-pages";
import { readPage } from "../../lib/html/read";
import { shareImagePath } from "../../lib/share/image";
import { SITE_URL } from "../../lib/site/settings";
import { builtSitemapPaths, pngSize } from "../support/built-site";
import { expect, test } from "../support/fixtures";

// Every page in the sitemap, and the not-found page (out/404.html is what a host sends for an unknown address).
const pages = [
  ...builtSitemapPaths().map((pathname) => ({ pathname, file: path.join("out", pathname, "index.html") })),
  { pathname: NOT_FOUND_PATH, file: path.join("out", "404.html") },
];

/** What is wrong with one page's share metadata and image, read from the built files (no browser). */
function shareProblems({ pathname, file }: { pathname: string; file: string }): string[] {
  const head = readPage(readFileSync(file, "utf8"));
  const problems: string[] = [];
  for (const key of ["og:title", "og:description", "og:locale", "og:site_name"]) {
    if (!head.meta(key)?.trim()) problems.push(`no ${key}`);
  }
  if (head.meta("og:type") !== "website") problems.push(`og:type is ${head.meta("og:type")}`);
  if (head.meta("twitter:card") !== "summary_large_image") problems.push(`twitter:card is ${head.meta("twitter:card")}`);
  const image = head.meta("og:image");
  const expected = `${SITE_URL}${shareImagePath(pathname)}`;
  if (image !== expected) return [...problems, `og:image is ${image}, expected ${expected}`];
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join("out", shareImagePath(pathname)));
  } catch {
    return [...problems, `no file out${shareImagePath(pathname)}`];
  }
  const size = pngSize(bytes);
  if (size?.width !== 1200 || size.height !== 630) problems.push(`the image is ${size ? `${size.width}×${size.height}` : "not a PNG"}`);
  return problems;
}

test("every page has share metadata and a 1200×630 PNG share image in out/", () => {
  expect(pages.length).toBeGreaterThan(400);
  const problems = pages.map((page) => ({ page: page.pathname, problems: shareProblems(page) })).filter((page) => page.problems.length > 0);
  expect(problems).toEqual([]);
});

test("the server sends every share image as image/png", async ({ request }) => {
  for (const { pathname } of pages) {
    const response = await request.head(shareImagePath(pathname));
    expect(response.status(), pathname).toBe(200);
    expect(response.headers()["content-type"], pathname).toBe("image/png");
  }
});
