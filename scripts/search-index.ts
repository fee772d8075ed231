/**
 * Runs after the build: indexes the exported pages with Pagefind into out/pagefind/, one index
 * per language (from each page's <html lang>). Only the part of a page marked
 * data-pagefind-body (its <main>) is indexed, so the frame and the 404 page stay out.
 */
import * as pagefind from "pagefind";

const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
const added = await index.addDirectory({ path: "out" });
if (added.errors.length > 0) throw new Error(`Pagefind could not index out/: ${added.errors.join("; ")}`);
const written = await index.writeFiles({ outputPath: "out/pagefind" });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
console.log(`search index: ${added.page_count} pages indexed into out/pagefind/`);
await pagefind.close();
