/**
 * The post-build step over every page Next exported (docs/adr/0011-islands.md): reads each page's
 * kind from its marker, takes Next's runtime and React Server Components payload out of the static
 * ones, adds the island scripts each page's markup asks for, and puts the page's script policy
 * first in its <head>. The untouched HTML of each static page is kept in STATIC_PAGE_ORIGINALS, so
 * that a test can check that no page lost any of what it shows without JavaScript.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { islandsUsedBy, withIslandScripts, withoutRuntime, withScriptPolicy } from "../lib/islands/exported-page";
import { pageKindOf, withoutPageKindMarker } from "../lib/islands/page-kind";
import type { PageKind } from "../lib/security/headers";
import type { IslandModule } from "./islands";

export const STATIC_PAGE_ORIGINALS = ".next/static-page-originals";

/** Next's React Server Components payload files beside a page, which only its runtime fetches. */
const RSC_PAYLOAD = /^(index|__next\..*)\.txt$/;

async function removePayloadFiles(folder: string) {
  for (const name of await readdir(folder)) if (RSC_PAYLOAD.test(name)) await rm(path.join(folder, name));
}

function islandScripts(html: string, islands: ReadonlyMap<string, IslandModule>, page: string) {
  const used = islandsUsedBy(html).map((name) => {
    const island = islands.get(name);
    if (!island) throw new Error(`${page} asks for the island "${name}", but there is no components/*/${name}.island.ts`);
    return island;
  });
  const modules = used.map((island) => island.src);
  const preloads = [...new Set(used.flatMap((island) => island.preloads))].filter((chunk) => !modules.includes(chunk));
  return { modules, preloads };
}

/** Prepares every page in root; returns the paths of the pages of each kind. */
export async function prepareExportedPages(root: string, islands: ReadonlyMap<string, IslandModule>) {
  await rm(STATIC_PAGE_ORIGINALS, { recursive: true, force: true });
  const kinds: Record<PageKind, string[]> = { static: [], interactive: [] };
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
  for (const file of files) {
    const where = path.join(root, file);
    const original = await readFile(where, "utf8");
    const kind = pageKindOf(original);
    let html = withoutPageKindMarker(original);
    if (kind === "static") {
      html = withoutRuntime(html, where);
      await mkdir(path.dirname(path.join(STATIC_PAGE_ORIGINALS, file)), { recursive: true });
      await writeFile(path.join(STATIC_PAGE_ORIGINALS, file), original);
      if (path.basename(file) === "index.html") await removePayloadFiles(path.dirname(where));
    }
    const { modules, preloads } = islandScripts(html, islands, where);
    await writeFile(where, withScriptPolicy(withIslandScripts(html, modules, preloads), kind));
    kinds[kind].push(file);
  }
  return kinds;
}
