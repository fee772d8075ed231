/**
 * Runs after `next build` on the exported site in out/: adds each page's script-hash
 * Content-Security-Policy (lib/security/csp-hashes.ts), then draws every page's share image
 * (scripts/share-images.ts).
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { withScriptHashPolicy } from "../lib/security/csp-hashes";
import { writeShareImages } from "./share-images";

const root = "out";
const entries = await readdir(root, { recursive: true, withFileTypes: true });
const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html"));
for (const entry of pages) {
  const file = path.join(entry.parentPath, entry.name);
  await writeFile(file, withScriptHashPolicy(await readFile(file, "utf8")));
}
console.log(`postbuild: script-hash policy added to ${pages.length} pages`);

const started = performance.now();
const { images, bytes } = await writeShareImages(root);
const seconds = (performance.now() - started) / 1000;
console.log(`postbuild: ${images} share images in ${seconds.toFixed(1)} s (${(bytes / images / 1024).toFixed(1)} KB each on average)`);
