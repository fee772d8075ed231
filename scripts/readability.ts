/**
 * `npm run readability`, part of `npm test`: prints the LIX of every bokmål Markdown page's body
 * and fails if a page is above its section's limit (lib/content/readability.ts). The limits are
 * set for Norwegian text, so content/en is not measured.
 */
import { readFile } from "node:fs/promises";
import { listContentPages, splitFrontmatter } from "../lib/content/pages";
import { judgeReadability } from "../lib/content/readability";

const pages = await listContentPages("nb");
let tooHard = 0;
for (const page of pages) {
  const { body } = splitFrontmatter(await readFile(page.file, "utf8"), page.file);
  const { score, limit, passes } = judgeReadability(page.slug, body);
  if (!passes) tooHard += 1;
  console.log(`${score.toFixed(1).padStart(5)}  (limit ${limit})  ${(passes ? "ok" : "TOO HARD").padEnd(8)}  ${page.href}`);
}
console.log(`readability: ${tooHard} of ${pages.length} page(s) above their LIX limit`);
process.exitCode = tooHard > 0 ? 1 : 0;
