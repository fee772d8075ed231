/**
 * `npm run screenshots`: pictures of the built site (out/) at phone and desktop width, for the
 * README. Run `npm run build` first. Uses the same Chromium as the end-to-end tests.
 */
import { mkdir } from "node:fs/promises";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";
import { startStaticServer } from "./serve";

/** Page path → file name stem. Later features add their pages here. */
const pages: Record<string, string> = {
  "/": "home",
  "/akutt-hjelp/": "akutt-hjelp",
};
const widths = [375, 1280];
const port = 4399;

const server = await startStaticServer({ port });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
await mkdir("docs/screenshots", { recursive: true });
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 } });
    for (const [pathname, stem] of Object.entries(pages)) {
      await page.goto(`http://127.0.0.1:${port}${pathname}`, { waitUntil: "networkidle" });
      const file = `docs/screenshots/${stem}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
