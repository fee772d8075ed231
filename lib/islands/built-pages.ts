// Reads files at build time: importing this from a client component fails the build.
import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { exportedPagePath } from "../html/exported-pages";
import { runtimeReferences } from "./exported-page";

/**
 * The pages of the built site that run Next's runtime, by path ("/finn-senter/"), sorted: they need
 * the interactive Content-Security-Policy. Read from the built HTML itself, so that the servers and
 * the deploy configs follow whatever the pages declared (docs/adr/0011-islands.md).
 */
export function interactivePagePaths(root = "out"): string[] {
  const paths: string[] = [];
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    const page = exportedPagePath(file);
    if (page !== null && runtimeReferences(readFileSync(path.join(root, file), "utf8")).length > 0) paths.push(page);
  }
  return paths.sort();
}

/** "/finn-senter/index.html" and "//finn-senter/" are the page "/finn-senter/". */
export function pagePathOf(pathname: string): string {
  return pathname.replace(/\/{2,}/g, "/").replace(/\/index\.html$/, "/");
}
