/**
 * Bundles every island script, `components/<component>/<name>.island.ts` (`.tsx` for one that
 * hydrates React, bundled apart), into out/islands/ with
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

const ISLAND_FILE = /^(?<name>[a-z0-9-]+)\.island\.tsx?$/;

/**
 * An island that hydrates React is `<name>.island.tsx`. It is bundled apart from the others, so
 * that the small islands every page loads share no chunk with it (esbuild's CommonJS helpers for
 * React, or a lib/ module): each shared chunk is one more request on every static page.
 */
const isReactIsland = (file: string) => file.endsWith(".tsx");

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
  const modules = new Map<string, IslandModule>();
  for (const react of [false, true]) {
    const group = new Map([...islands].filter(([, file]) => isReactIsland(file) === react));
    if (group.size > 0) for (const [name, module] of await bundleGroup(group, outDir)) modules.set(name, module);
  }
  const missing = [...islands.keys()].filter((name) => !modules.has(name));
  if (missing.length > 0) throw new Error(`esbuild wrote no module for the islands ${missing.join(", ")}`);
  return modules;
}

async function bundleGroup(islands: Map<string, string>, outDir: string): Promise<Map<string, IslandModule>> {
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
    // NODE_ENV picks React's production build (an island that hydrates a component loads React).
    define: { "process.env.SITE_URL": JSON.stringify(SITE_URL), "process.env.NODE_ENV": JSON.stringify("production") },
    // A component's stylesheet is in the page already, from Next's build.
    loader: { ".css": "empty" },
    jsx: "automatic",
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
  return modules;
}
