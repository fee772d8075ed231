/**
 * Runs after `next build` on the exported site in out/: adds each page's script-hash
 * Content-Security-Policy (lib/security/csp-hashes.ts).
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { withScriptHashPolicy } from "../lib/security/csp-hashes";

const root = "out";
const entries = await readdir(root, { recursive: true, withFileTypes: true });
const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html"));
for (const entry of pages) {
  const file = path.join(entry.parentPath, entry.name);
  await writeFile(file, withScriptHashPolicy(await readFile(file, "utf8")));
}
console.log(`postbuild: script-hash policy added to ${pages.length} pages`);
