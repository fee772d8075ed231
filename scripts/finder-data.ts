/**
 * Runs before `next build` (npm's prebuild): writes the files the centre finder fetches from the
 * site itself into public/data/: the compact place data (lib/finder/data.ts), the simplified
 * county outlines for the map (lib/geo/outline.ts), and the centres the home page's place search
 * ranks (lib/finder/centres.ts). They are derived from content/, so they are not committed.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { CENTRES_DATA_PATH, COUNTY_OUTLINES_PATH, FINDER_DATA_PATH } from "../lib/finder/files";
import { loadCompactFinderData, loadFinderCentres } from "../lib/finder/load";
import { countyOutlinesSchema, simplifyOutlines } from "../lib/geo/outline";
import { parseDataFile } from "../lib/schema/validation";

async function write(urlPath: string, value: unknown) {
  const file = path.join("public", urlPath);
  const json = JSON.stringify(value);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, json);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`finder data: wrote ${file} (${kb(Buffer.byteLength(json))}, ${kb(gzipSync(json).length)} gzip)`);
}

const outlinesSource = "content/geo/norway-counties.geojson";
const outlines = parseDataFile(countyOutlinesSchema, JSON.parse(await readFile(outlinesSource, "utf8")), outlinesSource);

await write(FINDER_DATA_PATH, loadCompactFinderData());
await write(COUNTY_OUTLINES_PATH, simplifyOutlines(outlines.features));
await write(CENTRES_DATA_PATH, loadFinderCentres());
