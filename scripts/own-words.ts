/**
 * `npm run own-words`: ../shared/tools/own-words over the site's text, which must report 0
 * passages copied from the source documents. The documents live beside the checkout, not in it;
 * without them (a fresh clone elsewhere) the check is skipped and says so. CI always has them.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const TOOL = path.join("..", "shared", "tools", "own-words");
const CHECKED = ["content", "app", "components", "lib"];

if (!existsSync(TOOL)) {
  console.log(
    `own-words: SKIPPED. The source documents (${path.resolve(TOOL, "..", "..")}) are not beside this checkout, so nothing was compared.`,
  );
  process.exit(0);
}
const run = spawnSync(TOOL, [...CHECKED, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
