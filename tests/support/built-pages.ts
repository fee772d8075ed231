import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { interactivePagePaths, pagePathOf } from "../../lib/islands/built-pages";
import { STATIC_PAGE_ORIGINALS } from "../../scripts/static-pages";

const OUT = "out";

export interface BuiltPage {
  /** The file inside out/, e.g. "akutt-hjelp/index.html" or "404.html". */
  file: string;
  /** The address it is served at, e.g. "/akutt-hjelp/"; "/404.html" for the 404 page. */
  pathname: string;
  html: string;
}

/** Every static page of the build, the 404 page and Next's copies of it included. */
export function builtStaticPages(): BuiltPage[] {
  const interactive = new Set(interactivePagePaths(OUT));
  return readdirSync(OUT, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((file) => ({ file, pathname: pagePathOf(`/${file.split(path.sep).join("/")}`), html: readFileSync(path.join(OUT, file), "utf8") }))
    .filter((page) => !interactive.has(page.pathname));
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
