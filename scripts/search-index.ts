/**
 * Runs after the build: indexes the exported pages with Pagefind into out/pagefind/, one index
 * per language (from each page's <html lang>). Only the part of a page marked
 * data-pagefind-body (its <main>) is indexed, so the frame stays out. Skipped: the 404 page, the
 * search pages themselves, which would match every query they mention, and the posters, which
 * repeat their centre's page.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { locales } from "../lib/i18n/config";
import { isPosterPath, pathsFor } from "../lib/site/paths";
import { exportedPagePath, NOT_FOUND_PATH } from "../lib/html/exported-pages";

const root = "out";
const searchPages = new Set(locales.map((locale) => pathsFor(locale).search));

const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);

const skipped = (url: string) => url === NOT_FOUND_PATH || searchPages.has(url) || isPosterPath(url);

let indexed = 0;
for (const file of await readdir(root, { recursive: true })) {
  const url = exportedPagePath(file);
  if (url === null || skipped(url)) continue;
  const added = await index.addHTMLFile({ url, content: await readFile(path.join(root, file), "utf8") });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join("; ")}`);
  indexed++;
}
const written = await index.writeFiles({ outputPath: path.join(root, "pagefind") });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
console.log(`search index: ${indexed} pages indexed into out/pagefind/`);
await pagefind.close();
