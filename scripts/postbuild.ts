/**
 * Runs after `next build` on the exported site in out/: bundles the island scripts
 * (scripts/islands.ts), prepares every page (scripts/static-pages.ts: static pages lose Next's
 * runtime, every page gets its islands and its script policy), then draws every page's share
 * image (scripts/share-images.ts).
 */
import { bundleIslands } from "./islands";
import { writeShareImages } from "./share-images";
import { prepareExportedPages } from "./static-pages";

const root = "out";

const islands = await bundleIslands(root);
console.log(`postbuild: ${islands.size} islands bundled into ${root}/islands/ (${[...islands.keys()].join(", ")})`);

const kinds = await prepareExportedPages(root, islands);
console.log(
  `postbuild: ${kinds.static.length} static pages without Next's runtime; ${kinds.interactive.length} interactive: ${kinds.interactive.join(", ")}`,
);

const started = performance.now();
const { images, bytes } = await writeShareImages(root);
const seconds = (performance.now() - started) / 1000;
console.log(`postbuild: ${images} share images in ${seconds.toFixed(1)} s (${(bytes / images / 1024).toFixed(1)} KB each on average)`);
