/**
 * `npm run bench` (not part of `npm test`): the centre finder's budgets.
 *
 * 1. Ranks the centres for every postcode of the register, through the same search and ranking
 *    the browser runs, and prints the median and 99th-percentile time per lookup (goal: < 1 ms).
 * 2. Prints the size of the place data the finder loads on the first search (goal: < 50 KB gzip).
 * 3. Opens /finn-senter/ from the built site (out/; run `npm run build` first) in Chromium, runs a
 *    search, and adds up every JavaScript file the page loaded, the lazily loaded map with Leaflet
 *    included (goal: < 200 KB gzip).
 *
 * Exits with 1 if a goal is missed.
 */
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";
import { loadCompactFinderData, loadSearchIndex } from "../lib/finder/load";
import { rankCentres } from "../lib/finder/rank";
import { resolveSearch } from "../lib/finder/search";
import { loadCentres } from "../lib/registry/load";
import { summarizeCentre } from "../lib/registry/summary";
import { startStaticServer } from "./serve";

const GOALS = { lookupMs: 1, dataGzipKb: 50, javascriptGzipKb: 200 };
const kb = (bytes: number) => bytes / 1024;
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const missed: string[] = [];

function report(label: string, value: string, ok: boolean, goal: string) {
  console.log(`${ok ? "ok  " : "MISS"} ${label.padEnd(38)} ${value.padStart(12)}   (goal ${goal})`);
  if (!ok) missed.push(label);
}

function benchLookups() {
  const index = loadSearchIndex();
  const centres = loadCentres().map((centre) => summarizeCentre(centre, "nb"));
  const codes = [...index.postcodes.keys()];
  const lookup = (code: string) => {
    const outcome = resolveSearch(index, code);
    if (outcome.kind !== "found") throw new Error(`postcode ${code} was not found`);
    return rankCentres(outcome.target, centres);
  };
  codes.forEach(lookup); // warm up the JIT, so that the figures are for a page in use
  const times = codes
    .map((code) => {
      const start = performance.now();
      lookup(code);
      return performance.now() - start;
    })
    .sort((a, b) => a - b);
  console.log(`Ranked ${centres.length} centres for each of ${codes.length} postcodes.`);
  const median = percentile(times, 50);
  const p99 = percentile(times, 99);
  report("lookup, median", `${(median * 1000).toFixed(1)} µs`, median < GOALS.lookupMs, `< ${GOALS.lookupMs} ms`);
  report("lookup, 99th percentile", `${(p99 * 1000).toFixed(1)} µs`, p99 < GOALS.lookupMs, `< ${GOALS.lookupMs} ms`);
}

function benchData() {
  const json = JSON.stringify(loadCompactFinderData());
  const gzip = gzipSync(json).length;
  console.log(`Place data (public/data/steder.json): ${kb(Buffer.byteLength(json)).toFixed(1)} KB raw.`);
  report("place data, gzip", `${kb(gzip).toFixed(1)} KB`, kb(gzip) < GOALS.dataGzipKb, `< ${GOALS.dataGzipKb} KB`);
}

async function benchJavascript() {
  if (!existsSync("out/finn-senter/index.html")) throw new Error("out/finn-senter/ is missing: run `npm run build` first.");
  const port = 4398;
  const server = await startStaticServer({ port });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // The browser skips the legacy polyfills (<script nomodule>), so they are not counted.
    const sizes: Promise<[string, number]>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      sizes.push(response.body().then((body) => [new URL(response.url()).pathname, gzipSync(body).length]));
    });
    await page.goto(`http://127.0.0.1:${port}/finn-senter/`, { waitUntil: "networkidle" });
    await page.locator(".leaflet-container").waitFor();
    await page.getByRole("combobox").fill("2406");
    await page.getByRole("combobox").press("Enter");
    await page.locator(".finder-results").waitFor();
    await page.waitForLoadState("networkidle");
    const scripts = new Map(await Promise.all(sizes));
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    console.log(`The finder page loaded ${scripts.size} script files (the map's included).`);
    report("finder page JavaScript, gzip", `${kb(total).toFixed(1)} KB`, kb(total) < GOALS.javascriptGzipKb, `< ${GOALS.javascriptGzipKb} KB`);
  } finally {
    await browser.close();
    server.close();
  }
}

benchLookups();
benchData();
await benchJavascript();
if (missed.length > 0) {
  console.error(`Missed: ${missed.join(", ")}`);
  process.exit(1);
}
