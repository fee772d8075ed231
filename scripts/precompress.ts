/**
 * The last build step: writes a gzip (.gz) and a brotli (.br) copy beside every compressible file
 * in out/ (HTML, CSS, JavaScript, JSON, GeoJSON, SVG, XML, text, WebAssembly), at the strongest
 * settings, since it happens once per build. `npm start` and nginx (gzip_static, and brotli_static
 * where ngx_brotli is loaded) send them by Accept-Encoding. A copy that would not be smaller than
 * the file is not written.
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { isCompressible } from "../lib/security/content-types";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Files compressed at once: enough to keep libuv's thread pool busy. */
const IN_FLIGHT = 8;

async function compressFile(file: string) {
  const bytes = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: file.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzipped(bytes, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  let written = 0;
  for (const [suffix, copy] of [
    [".br", br],
    [".gz", gz],
  ] as const) {
    if (copy.length < bytes.length) {
      await writeFile(file + suffix, copy);
      written++;
    } else {
      await rm(file + suffix, { force: true });
    }
  }
  return { raw: bytes.length, br: Math.min(br.length, bytes.length), gz: Math.min(gz.length, bytes.length), written };
}

export async function precompress(root: string) {
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && isCompressible(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const totals = { files: files.length, raw: 0, br: 0, gz: 0, written: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const sizes = await compressFile(files[next++]!);
      totals.raw += sizes.raw;
      totals.br += sizes.br;
      totals.gz += sizes.gz;
      totals.written += sizes.written;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const { files, raw, br, gz, written } = await precompress("out");
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `precompress: ${files} files, ${mb(raw)} → ${mb(br)} brotli, ${mb(gz)} gzip; ${written} copies written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
