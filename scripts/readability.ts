/**
 * `npm run readability`, part of `npm test`: prints the LIX of every Norwegian Markdown page's
 * body, bokmål and nynorsk, and fails if a page is above its limit (lib/content/readability.ts). A
 * nynorsk page is held to the limit of the bokmål page it translates. The limits are set for
 * Norwegian text, so content/en is not measured.
 */
import { readFile } from "node:fs/promises";
import { listPageSummaries, splitFrontmatter } from "../lib/content/pages";
import { judgeReadability, measuredLocales } from "../lib/content/readability";

let pages = 0;
let tooHard = 0;
for (const locale of measuredLocales) {
  for (const page of await listPageSummaries(locale)) {
    const { body } = splitFrontmatter(await readFile(page.file, "utf8"), page.file);
    const { score, limit, passes } = judgeReadability(page.slug, body, page.frontmatter.translation);
    pages += 1;
    if (!passes) tooHard += 1;
    console.log(`${score.toFixed(1).padStart(5)}  (limit ${limit})  ${(passes ? "ok" : "TOO HARD").padEnd(8)}  ${page.href}`);
  }
}
console.log(`readability: ${tooHard} of ${pages} page(s) above their LIX limit`);
process.exitCode = tooHard > 0 ? 1 : 0;
