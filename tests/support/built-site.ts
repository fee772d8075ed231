import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { interactivePagePaths, pagePathOf } from "../../lib/islands/built-pages";
import { isEditorPath } from "../../lib/security/headers";
import { exportedPagePath, NOT_FOUND_PATH } from "../../lib/html/exported-pages";
import { STATIC_PAGE_ORIGINALS } from "../../scripts/static-pages";

const OUT = "out";

/** The sitemap's paths, read from the build so that each page gets a test of its own. */
export function builtSitemapPaths(): string[] {
  let xml: string;
  try {
    xml = readFileSync(path.join(OUT, "sitemap.xml"), "utf8");
  } catch {
    throw new Error("out/sitemap.xml is missing: run `npm run build` before the end-to-end tests.");
  }
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

/** The path of every HTML page in the export, except the 404 page Next writes in two places. */
export function builtPagePaths(): string[] {
  return readdirSync(OUT, { recursive: true, encoding: "utf8" })
    .map(exportedPagePath)
    .filter((pathname): pathname is string => pathname !== null && pathname !== NOT_FOUND_PATH)
    .sort();
}

/** Width and height from a PNG's header (its IHDR chunk), or null if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface BuiltPage {
  /** The file inside out/, e.g. "akutt-hjelp/index.html" or "404.html". */
  file: string;
  /** The address it is served at, e.g. "/akutt-hjelp/"; "/404.html" for the 404 page. */
  pathname: string;
  html: string;
}

/**
 * Every static page of the public site, the 404 page and Next's copies of it included; not the
 * editor (/admin/), which is Decap's own page with its own policy (tests/e2e/editor.spec.ts).
 */
export function builtStaticPages(): BuiltPage[] {
  const interactive = new Set(interactivePagePaths(OUT));
  return readdirSync(OUT, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((file) => ({ file, pathname: pagePathOf(`/${file.split(path.sep).join("/")}`), html: readFileSync(path.join(OUT, file), "utf8") }))
    .filter((page) => !interactive.has(page.pathname) && !isEditorPath(page.pathname));
}

/** The page as Next exported it, before the post-build step took its runtime out. */
export function originalOf(page: BuiltPage): string {
  return readFileSync(path.join(STATIC_PAGE_ORIGINALS, page.file), "utf8");
}

/** The size of the copy of a file in out/ that a server sends for an encoding (the file itself where no copy is smaller). */
export function encodedSize(pathname: string, encoding: "gzip" | "br"): number {
  const file = path.join(OUT, decodeURIComponent(pathname));
  try {
    return readFileSync(`${file}.${encoding === "gzip" ? "gz" : "br"}`).length;
  } catch {
    return readFileSync(file).length;
  }
}
