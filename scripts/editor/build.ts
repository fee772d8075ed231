/**
 * Writes the editor into out/admin/: Decap CMS's ready-made bundle, copied from node_modules
 * (served by the site itself, never from a CDN), the page's own script with the configuration
 * generated from the schemas, and the page. The last step of `npm run build`, after the public
 * pages, the search index and the precompression are done, so nothing of it reaches the search
 * index, the share images or the page policies; `npm run cms` runs it alone.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";
import { build } from "esbuild";
import { editorFormats, editorSchemas, HELP_LINES_FIELD, SOURCE_TABLE_FIELDS } from "../../lib/cms/config";
import { loadEditorConfig } from "../../lib/cms/load";
import { editorText } from "../../lib/i18n/editor";
import { EDITOR_PATH } from "../../lib/security/headers";

const DECAP_DIST = path.dirname(createRequire(import.meta.url).resolve("decap-cms/dist/decap-cms.js"));

/** Decap's entry, the chunks it loads from beside itself, its WebAssembly and its licence file; no source maps. */
function isDecapFile(name: string): boolean {
  return name === "decap-cms.js" || name === "decap-cms.js.LICENSE.txt" || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith(".wasm");
}

function editorPage(): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${editorText.pageTitle}</title>
<link rel="icon" href="data:,">
</head>
<body>
<noscript>${editorText.noScript}</noscript>
<script src="${EDITOR_PATH}editor.js"></script>
<script src="${EDITOR_PATH}decap-cms.js"></script>
</body>
</html>
`;
}

const gzipped = promisify(gzip);

/**
 * A gzip copy beside each of the editor's scripts, which the servers send as they send the site's
 * (scripts/precompress.ts runs before this step). Not brotli: at its strongest setting Decap's 5 MB
 * bundle alone took half a minute, more than all the site's files together.
 */
async function gzipCopies(folder: string) {
  const files = (await readdir(folder)).filter((name) => /\.(js|wasm)$/.test(name));
  await Promise.all(
    files.map(async (name) =>
      writeFile(
        path.join(folder, `${name}.gz`),
        await gzipped(await readFile(path.join(folder, name)), { level: constants.Z_BEST_COMPRESSION }),
      ),
    ),
  );
}

export async function writeEditor(root = "out"): Promise<{ files: number }> {
  const folder = path.join(root, ...EDITOR_PATH.split("/").filter(Boolean));
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });

  const decapFiles = (await readdir(DECAP_DIST)).filter(isDecapFile);
  await Promise.all(decapFiles.map((name) => copyFile(path.join(DECAP_DIST, name), path.join(folder, name))));

  const config = await loadEditorConfig(process.env);
  const data = {
    config,
    schemas: editorSchemas,
    formats: editorFormats,
    helpLinesField: HELP_LINES_FIELD,
    sourceTableFields: SOURCE_TABLE_FIELDS,
    uploadsOff: editorText.media,
    phrases: editorText.decapPhrases,
  };
  await build({
    entryPoints: [fileURLToPath(new URL("./page.ts", import.meta.url))],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    outfile: path.join(folder, "editor.js"),
    define: { EDITOR_PAGE_DATA: JSON.stringify(data) },
    logLevel: "warning",
  });
  await writeFile(path.join(folder, "index.html"), editorPage());
  await gzipCopies(folder);
  return { files: decapFiles.length + 2 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files } = await writeEditor(process.env.OUT_DIR);
  console.log(`editor: ${files} files in ${path.join(process.env.OUT_DIR ?? "out", EDITOR_PATH)}`);
}
