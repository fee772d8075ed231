import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

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
    .filter((file) => file.endsWith("index.html"))
    .map((file) => `/${path.dirname(file).split(path.sep).join("/")}/`.replace(/^\/\.\/$/, "/"))
    .filter((pathname) => !["/404/", "/_not-found/"].includes(pathname))
    .sort();
}
