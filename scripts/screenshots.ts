/**
 * `npm run screenshots`: pictures of the built site (out/) at phone and desktop width, for the
 * README, and of the editor at /admin/ (scripts/editor/screenshots.ts). Run `npm run build` first,
 * with the same DECAP_SERVER_PORT. Uses the same Chromium as the end-to-end tests.
 */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { shareImagePath } from "../lib/share/image";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";
import { editorScreenshots } from "./editor/screenshots";
import { startStaticServer } from "./serve";

/** Page path → file name stem. Later features add their pages here. */
const pages: Record<string, string> = {
  "/": "home",
  "/akutt-hjelp/": "akutt-hjelp",
  "/finn-senter/": "finn-senter",
  "/sentre/nok-elverum/plakat/": "plakat",
};

/** Posters as they print: one A4 sheet, at 96 pixels to the inch. */
const printed: Record<string, string> = {
  "/sentre/nok-elverum/plakat/": "plakat-utskrift",
  "/sentre/sms-telemark/plakat/": "plakat-utskrift-uten-telefon",
};

/** Share images, copied as the build drew them. */
const shareImages: Record<string, string> = {
  "/parorende/": "delingsbilde-parorende",
  "/sentre/smiso-more-og-romsdal/": "delingsbilde-langt-navn",
};

/**
 * Pages shown in the state a visitor reaches by acting, and the height of the top of the page to
 * keep (the finder's full page, with every centre twice, would be ten screens long).
 */
const interactions: Record<string, { act: (page: Page) => Promise<void>; height: number }> = {
  "/finn-senter/": {
    act: async (page) => {
      await page.getByRole("combobox").fill("2406");
      await page.getByRole("combobox").press("Enter");
      await page.locator(".finder-results").waitFor();
      await page.waitForLoadState("networkidle");
      // Let the map finish moving to the result.
      await page.waitForTimeout(1000);
    },
    height: 1600,
  },
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
      const interaction = interactions[pathname];
      await interaction?.act(page);
      const file = `docs/screenshots/${stem}-${width}.png`;
      const clip = interaction && { x: 0, y: 0, width, height: interaction.height };
      await page.screenshot({ path: file, fullPage: true, clip });
      console.log(`wrote ${file}`);
    }
    await page.close();
  }
  const sheet = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  await sheet.emulateMedia({ media: "print" });
  for (const [pathname, stem] of Object.entries(printed)) {
    await sheet.goto(`http://127.0.0.1:${port}${pathname}`, { waitUntil: "networkidle" });
    const file = `docs/screenshots/${stem}.png`;
    await sheet.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
  for (const [pathname, stem] of Object.entries(shareImages)) {
    const file = `docs/screenshots/${stem}.png`;
    await copyFile(path.join("out", shareImagePath(pathname)), file);
    console.log(`wrote ${file}`);
  }
  await editorScreenshots(browser, `http://127.0.0.1:${port}`);
} finally {
  await browser.close();
  server.close();
}
