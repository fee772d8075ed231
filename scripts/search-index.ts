/**
 * Runs after the build: indexes the exported pages with Pagefind into out/pagefind/, one index
 * per language (from each page's <html lang>). Only the part of a page marked
 * data-pagefind-body (its <main>) is indexed, so the frame stays out. Skipped: pages without it
 * (the 404 page), the search pages themselves, which would match every query they mention, and
 * the posters, which repeat their centre's page.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { locales } from "../lib/i18n/config";
import { isPosterPath, pathsFor } from "../lib/paths";

const root = "out";
const searchPages = new Set(locales.map((locale) => pathsFor(locale).search));

function pagePath(file: string): string {
  const directory = path.dirname(path.relative(root, file)).split(path.sep).join("/");
  return directory === "." ? "/" : `/${directory}/`;
}

const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);

const files = (await readdir(root, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name === "index.html")
  .map((entry) => path.join(entry.parentPath, entry.name));

let indexed = 0;
for (const file of files) {
  const url = pagePath(file);
  const content = await readFile(file, "utf8");
  if (searchPages.has(url) || isPosterPath(url) || !content.includes("data-pagefind-body")) continue;
  const added = await index.addHTMLFile({ url, content });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join("; ")}`);
  indexed++;
}
const written = await index.writeFiles({ outputPath: path.join(root, "pagefind") });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
console.log(`search index: ${indexed} pages indexed into out/pagefind/`);
await pagefind.close();
