/**
 * Draws the share image of every exported page (components/share-image), after `next build`:
 * reads the page's og:title and language from its HTML, and writes a 1200×630 PNG to the address
 * its og:image names. Pages added later, in any language, get theirs with no change here.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { renderShareImage, type ShareImageColours, shareImageFonts } from "../components/share-image";
import { exportedPagePath } from "../lib/html/exported-pages";
import { readPage } from "../lib/html/read";
import { getDictionary, type Locale, locales } from "../lib/i18n";
import { shareImagePath } from "../lib/share/image";
import { paletteFromCss } from "../lib/theme/palette";

const FONT = { name: "DejaVu Sans", file: "assets/fonts/DejaVuSans-Bold.ttf" };

/** Images drawn at once: enough to fill the thread pool, few enough to keep memory small. */
const IN_FLIGHT = Math.max(2, availableParallelism() * 2);

function isLocale(lang: string | null): lang is Locale {
  return (locales as readonly string[]).includes(lang ?? "");
}

/** What one page's image needs, or an error naming the file: a page without a share image is a bug. */
function pageImage(root: string, file: string, pagePath: string, html: string) {
  const where = path.join(root, file);
  const head = readPage(html);
  const title = head.meta("og:title");
  const image = head.meta("og:image");
  const lang = head.lang;
  const expected = shareImagePath(pagePath);
  if (!title) throw new Error(`${where}: no og:title. Give the route its metadata with pageMetadata() from lib/site/metadata.ts.`);
  if (!image || new URL(image).pathname !== expected) {
    throw new Error(
      `${where}: og:image is ${image ?? "missing"}, expected the address ${expected} (pageMetadata() in lib/site/metadata.ts).`,
    );
  }
  if (!isLocale(lang)) throw new Error(`${where}: <html lang="${lang}"> is not one of the site's languages (${locales.join(", ")}).`);
  return { title, locale: lang, target: path.join(root, expected) };
}

async function loadColours(): Promise<ShareImageColours> {
  const palette = paletteFromCss(await readFile("app/globals.css", "utf8"));
  const names = ["brand-dark", "paper", "sand"] as const;
  const missing = names.filter((name) => !palette[name]);
  if (missing.length > 0) throw new Error(`app/globals.css has no --color-${missing.join(", --color-")} in @theme`);
  return Object.fromEntries(names.map((name) => [name, palette[name]!])) as unknown as ShareImageColours;
}

/**
 * Writes every page's share image into root; returns how many, and how many bytes in all. Satori
 * lays out on this thread, but sharp (which @vercel/og uses when Next ships it) rasterizes and
 * encodes on libuv's thread pool, so a few images in flight keep every core busy.
 */
export async function writeShareImages(root: string): Promise<{ images: number; bytes: number }> {
  const [colours, iconSvg, fontFile] = await Promise.all([loadColours(), readFile("app/icon.svg", "utf8"), readFile(FONT.file)]);
  const fonts = shareImageFonts(FONT.name, fontFile.buffer.slice(fontFile.byteOffset, fontFile.byteOffset + fontFile.byteLength));
  const pages = (await readdir(root, { recursive: true, encoding: "utf8" })).sort().flatMap((file) => {
    const pagePath = exportedPagePath(file);
    return pagePath === null ? [] : [{ file, pagePath }];
  });
  let bytes = 0;
  let next = 0;
  async function drawRemaining() {
    while (next < pages.length) {
      const { file, pagePath } = pages[next++]!;
      const { title, locale, target } = pageImage(root, file, pagePath, await readFile(path.join(root, file), "utf8"));
      const { siteName, siteTagline } = getDictionary(locale).meta;
      const png = await renderShareImage({ title, siteName, tagline: siteTagline, colours, iconSvg }, fonts);
      await writeFile(target, png);
      bytes += png.byteLength;
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, drawRemaining));
  return { images: pages.length, bytes };
}
