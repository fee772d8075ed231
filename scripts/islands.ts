/**
 * Bundles every island script, `components/<component>/<name>.island.ts`, into out/islands/ with
 * esbuild: ES modules for the browsers in package.json's browserslist, minified, content-hashed,
 * with code shared between islands (and anything an island loads with `import()`) split into
 * chunks of its own. Returns, per island name, the module a page loads and the chunks it should
 * preload with it.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import browserslistToEsbuild from "browserslist-to-esbuild";
import { build, type Metafile } from "esbuild";
import { SITE_URL } from "../lib/site/settings";

export interface IslandModule {
  /** The module's address on the site, e.g. /islands/quick-exit-3KJX2YQF.js. */
  src: string;
  /** The chunks it imports statically, at any depth: fetched in parallel with it. */
  preloads: string[];
}

const ISLAND_FILE = /^(?<name>[a-z0-9-]+)\.island\.ts$/;

/** Every island source file, by island name; two islands with one name are refused. */
export async function findIslands(root = "components"): Promise<Map<string, string>> {
  const islands = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const name = entry.isFile() ? ISLAND_FILE.exec(entry.name)?.groups?.name : undefined;
    if (!name) continue;
    const file = path.join(entry.parentPath, entry.name);
    const other = islands.get(name);
    if (other) throw new Error(`Two islands are called "${name}": ${other} and ${file}. Island names must be unique.`);
    islands.set(name, file);
  }
  return islands;
}

function staticImports(metafile: Metafile, output: string, seen = new Set<string>()): string[] {
  for (const { path: imported, kind } of metafile.outputs[output]?.imports ?? []) {
    if (kind !== "import-statement" || seen.has(imported)) continue;
    seen.add(imported);
    staticImports(metafile, imported, seen);
  }
  return [...seen];
}

export async function bundleIslands(outDir = "out", sourceRoot = "components"): Promise<Map<string, IslandModule>> {
  const islands = await findIslands(sourceRoot);
  const { metafile } = await build({
    entryPoints: [...islands].map(([name, file]) => ({ in: file, out: name })),
    outdir: path.join(outDir, "islands"),
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    target: browserslistToEsbuild(),
    minify: true,
    legalComments: "none",
    // lib/site/settings.ts reads SITE_URL from the environment at build time; the browser has no process.env.
    define: { "process.env.SITE_URL": JSON.stringify(SITE_URL) },
    metafile: true,
    logLevel: "warning",
  });
  const publicPath = (output: string) => `/${path.relative(outDir, output).split(path.sep).join("/")}`;
  const modules = new Map<string, IslandModule>();
  for (const [output, { entryPoint }] of Object.entries(metafile.outputs)) {
    // A module that an island loads with import() is an entry point too, of a chunk of its own.
    const name = entryPoint && [...islands].find(([, file]) => path.resolve(file) === path.resolve(entryPoint))?.[0];
    if (name) modules.set(name, { src: publicPath(output), preloads: staticImports(metafile, output).map(publicPath) });
  }
  const missing = [...islands.keys()].filter((name) => !modules.has(name));
  if (missing.length > 0) throw new Error(`esbuild wrote no module for the islands ${missing.join(", ")}`);
  return modules;
}
