/**
 * `npm run bench` (not part of `npm test`), against the built site (out/; run `npm run build`
 * first), served by `npm start`'s server on BENCH_PORT (default 4398):
 *
 * 1. Ranks the centres for every postcode of the register, through the same search and ranking
 *    the browser runs, and prints the median and 99th-percentile time per lookup (goal: < 1 ms).
 * 2. Prints the size of the place data the finder loads on the first search (goal: < 50 KB gzip).
 * 3. For one page of each kind, what a first visit transfers, compressed, as Chromium counts it
 *    (bodies and headers, from the DevTools protocol), in a fresh browser context each: static
 *    pages at most 30 KB, at most 6 KB of it script (the home page until its place search is used;
 *    what using it adds is printed too); the finder, after a search with its map and Leaflet
 *    loaded, at most 180 KB of script.
 * 4. Lighthouse 12 (mobile, simulated throttling, Debian's Chromium) on the home page, a content
 *    page, a centre page, a municipality page and the finder, the median of LIGHTHOUSE_RUNS runs
 *    (default 3) by performance: performance at least 98 on static pages and 90 on the finder,
 *    LCP at most 1.5 s on static pages. Times depend on the machine: a busy one scores lower.
 *
 * Exits with 1 if a goal is missed.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { loadCompactFinderData, loadSearchIndex } from "../lib/finder/load";
import { rankCentres } from "../lib/finder/rank";
import { resolveSearch } from "../lib/finder/search";
import { loadCentres } from "../lib/registry/load";
import { summarizeCentre } from "../lib/registry/summary";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";
import { startStaticServer } from "./serve";

const GOALS = {
  lookupMs: 1,
  dataGzipKb: 50,
  staticPageKb: 30,
  staticPageScriptKb: 6,
  finderScriptKb: 180,
  staticPerformance: 98,
  finderPerformance: 90,
  staticLcpSeconds: 1.5,
};
const PORT = Number(process.env.BENCH_PORT ?? 4398);
const BASE = `http://127.0.0.1:${PORT}`;
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const kb = (bytes: number) => bytes / 1024;
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const missed: string[] = [];

function report(label: string, value: string, ok: boolean, goal: string) {
  console.log(`${ok ? "ok  " : "MISS"} ${label.padEnd(44)} ${value.padStart(12)}   (goal ${goal})`);
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

interface Transfer {
  total: number;
  script: number;
  requests: number;
  encodings: Set<string>;
}

/** Counts what the page transfers from now on, as Chromium's network stack reports it (encodedDataLength: headers and compressed body). */
async function countTransfer(page: Page): Promise<() => Transfer> {
  const session = await page.context().newCDPSession(page);
  const types = new Map<string, string>();
  const transfer: Transfer = { total: 0, script: 0, requests: 0, encodings: new Set() };
  session.on("Network.responseReceived", ({ requestId, type, response }) => {
    types.set(requestId, type);
    const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === "content-encoding")?.[1];
    if (encoding) transfer.encodings.add(String(encoding));
  });
  session.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    transfer.total += encodedDataLength;
    transfer.requests++;
    if (types.get(requestId) === "Script") transfer.script += encodedDataLength;
  });
  await session.send("Network.enable");
  return () => transfer;
}

/** The home page's place search, used: its code, React, the place data and the centres load now. */
async function searchHome(page: Page) {
  await page.getByRole("combobox").fill("2406");
  await page.getByRole("combobox").press("Enter");
  await page.locator(".finder-results").waitFor();
  await page.waitForLoadState("networkidle");
}

async function searchFinder(page: Page) {
  await page.locator(".leaflet-container").waitFor();
  await page.getByRole("combobox").fill("2406");
  await page.getByRole("combobox").press("Enter");
  await page.locator(".finder-results").waitFor();
  await page.waitForLoadState("networkidle");
}

const PAGES = [
  { label: "home", path: "/", kind: "static" },
  { label: "content page", path: "/til-deg-som-er-utsatt/", kind: "static" },
  { label: "centre page", path: "/sentre/nok-elverum/", kind: "static" },
  { label: "municipality page", path: "/kommuner/trysil/", kind: "static" },
  { label: "municipality list", path: "/kommuner/", kind: "static" },
  { label: "search page", path: "/sok/", kind: "interactive" },
  { label: "finder", path: "/finn-senter/", kind: "interactive" },
] as const;

async function benchTransfer() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    console.log("\nFirst visit, as Chromium counts it (headers and compressed bodies; fresh cache):");
    for (const { label, path: pathname, kind } of PAGES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const measured = await countTransfer(page);
      await page.goto(`${BASE}${pathname}`, { waitUntil: "networkidle" });
      const first = { ...measured() };
      const summary = `${kb(first.total).toFixed(1)} KB in ${first.requests} requests, script ${kb(first.script).toFixed(1)} KB (${[...first.encodings].join(", ")})`;
      if (kind === "static") {
        report(
          `${label} ${pathname}`,
          `${kb(first.total).toFixed(1)} KB`,
          kb(first.total) <= GOALS.staticPageKb,
          `≤ ${GOALS.staticPageKb} KB`,
        );
        report(
          `${label}, script`,
          `${kb(first.script).toFixed(1)} KB`,
          kb(first.script) <= GOALS.staticPageScriptKb,
          `≤ ${GOALS.staticPageScriptKb} KB`,
        );
      } else {
        console.log(`     ${`${label} ${pathname}`.padEnd(44)} ${`${kb(first.total).toFixed(1)} KB`.padStart(12)}`);
      }
      console.log(`       ${summary}`);
      if (pathname === "/") {
        await searchHome(page);
        const after = measured();
        console.log(`     ${"home after a search for 2406".padEnd(44)} ${`${kb(after.total).toFixed(1)} KB`.padStart(12)}`);
        console.log(
          `       in ${after.requests} requests, script ${kb(after.script).toFixed(1)} KB, the place data and the centres included`,
        );
      }
      if (pathname === "/finn-senter/") {
        await searchFinder(page);
        const after = measured();
        console.log(`     ${"finder after a search for 2406".padEnd(44)} ${`${kb(after.total).toFixed(1)} KB`.padStart(12)}`);
        console.log(`       in ${after.requests} requests, the place data and the map's outlines included`);
        report(
          "finder script, map and Leaflet included",
          `${kb(after.script).toFixed(1)} KB`,
          kb(after.script) <= GOALS.finderScriptKb,
          `≤ ${GOALS.finderScriptKb} KB`,
        );
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  tbt: number;
}

/** One Lighthouse run; a run that fails to record its trace (which a busy machine provokes now and then) is tried again, twice at most. */
async function lighthouse(url: string, folder: string, attempt = 1): Promise<LighthouseResult> {
  const output = path.join(folder, "report.json");
  try {
    await promisify(execFile)(
      "node_modules/.bin/lighthouse",
      [
        url,
        "--only-categories=performance,accessibility,best-practices",
        "--output=json",
        `--output-path=${output}`,
        "--chrome-flags=--headless=new --no-sandbox",
        "--quiet",
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
    );
  } catch (error) {
    if (attempt >= 3) throw error;
    console.log(`     (Lighthouse failed on ${url}, trying again: ${String((error as { stderr?: string }).stderr ?? error).trim()})`);
    return lighthouse(url, folder, attempt + 1);
  }
  const report = JSON.parse(await readFile(output, "utf8")) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue: number }>;
  };
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    accessibility: Math.round(report.categories.accessibility!.score * 100),
    bestPractices: Math.round(report.categories["best-practices"]!.score * 100),
    lcp: report.audits["largest-contentful-paint"]!.numericValue / 1000,
    tbt: report.audits["total-blocking-time"]!.numericValue,
  };
}

async function benchLighthouse() {
  const folder = await mkdtemp(path.join(tmpdir(), "nok-lighthouse-"));
  console.log(`\nLighthouse 12 mobile (simulated throttling), median of ${LIGHTHOUSE_RUNS} run(s) by performance:`);
  console.log(`     ${"page".padEnd(40)} perf  a11y  best    LCP      TBT`);
  try {
    for (const { label, path: pathname, kind } of PAGES.filter((page) => page.path !== "/kommuner/" && page.path !== "/sok/")) {
      const runs: LighthouseResult[] = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await lighthouse(`${BASE}${pathname}`, folder));
      const median = runs.sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
      const goal = kind === "static" ? GOALS.staticPerformance : GOALS.finderPerformance;
      const ok = median.performance >= goal && (kind !== "static" || median.lcp <= GOALS.staticLcpSeconds);
      console.log(
        `${ok ? "ok  " : "MISS"} ${`${label} ${pathname}`.padEnd(40)} ${String(median.performance).padStart(4)}  ${String(median.accessibility).padStart(4)}  ${String(median.bestPractices).padStart(4)}  ${median.lcp.toFixed(2).padStart(5)} s  ${median.tbt.toFixed(0).padStart(4)} ms   (goal perf ≥ ${goal}${kind === "static" ? `, LCP ≤ ${GOALS.staticLcpSeconds} s` : ""})`,
      );
      if (!ok) missed.push(`Lighthouse ${label}`);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (!existsSync("out/finn-senter/index.html")) throw new Error("out/ has no built site: run `npm run build` first.");
benchLookups();
benchData();
const server = await startStaticServer({ port: PORT });
try {
  await benchTransfer();
  await benchLighthouse();
} finally {
  server.close();
}
if (missed.length > 0) {
  console.error(`Missed: ${missed.join(", ")}`);
  process.exit(1);
}
