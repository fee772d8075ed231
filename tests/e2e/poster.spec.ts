import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { Page } from "@playwright/test";
import { isPosterPath, posterHref } from "../../lib/site/paths";
import { SITE_URL } from "../../lib/site/settings";
import { builtSitemapPaths } from "../support/built-site";
import { expect, test } from "../support/fixtures";
import { registryCentres } from "../support/registry";

const posterPaths = builtSitemapPaths().filter(isPosterPath);

/** The page objects of a PDF: Chromium writes each as a plain `/Type /Page` dictionary. */
function pdfPages(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  return [...text.matchAll(/\/Type\s*\/Page(?![A-Za-z])[^]*?\/MediaBox\s*\[([^\]]+)\]/g)].map(([, box]) => box!.trim());
}

/** A4 is 595.28 × 841.89 points; Chromium rounds to whole device pixels, within a point. */
function isA4(mediaBox: string): boolean {
  const [x0, y0, x1, y1] = mediaBox.split(/\s+/).map(Number) as [number, number, number, number];
  return Math.abs(x1 - x0 - 595.28) < 1.5 && Math.abs(y1 - y0 - 841.89) < 1.5;
}

async function printToPdf(page: Page) {
  return pdfPages(await page.pdf({ format: "A4", preferCSSPageSize: true }));
}

/** The poster: the one region in the page's main content, named by the centre's name. */
function posterOn(page: Page) {
  return page.getByRole("main").getByRole("region");
}

/** Whether, as printed, anything in the poster sticks out of it (it cuts off rather than spill onto a second sheet). */
async function posterOverflows(page: Page): Promise<boolean> {
  await page.emulateMedia({ media: "print" });
  const overflows = await posterOn(page).evaluate(
    (poster) => poster.scrollHeight > poster.clientHeight || poster.scrollWidth > poster.clientWidth,
  );
  await page.emulateMedia({ media: null });
  return overflows;
}

async function decodeQr(page: Page): Promise<string | null> {
  const png = PNG.sync.read(await posterOn(page).getByRole("img", { name: "QR-kode til senterets side på nettet" }).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

test("there is a poster for every centre", () => {
  expect(posterPaths.toSorted()).toEqual(registryCentres.map((centre) => posterHref(centre.id)).toSorted());
});

for (const pathname of posterPaths) {
  const centrePath = pathname.replace(/plakat\/$/, "");

  test(`${pathname} prints on one A4 sheet, whole, with a QR code to the centre's page`, async ({ page }) => {
    await page.goto(pathname);
    expect(await posterOverflows(page)).toBe(false);
    const sheets = await printToPdf(page);
    expect(sheets).toHaveLength(1);
    expect(isA4(sheets[0]!), sheets[0]).toBe(true);
    expect(await decodeQr(page)).toBe(`${SITE_URL}${centrePath}`);
  });
}

test("a poster still fits one sheet with a centre name twice as long as any today", async ({ page }) => {
  const longest = registryCentres.reduce((a, b) => (b.name.length > a.name.length ? b : a));
  await page.goto(posterHref(longest.id));
  const name = posterOn(page).getByRole("heading", { level: 2 });
  const heightBefore = (await name.boundingBox())!.height;
  await name.evaluate((element, text) => (element.textContent = text), `${longest.name} og ${longest.name}`);
  // The longer name takes more lines, and everything else still fits.
  expect((await name.boundingBox())!.height).toBeGreaterThan(heightBefore);
  expect(await posterOverflows(page)).toBe(false);
  expect(await printToPdf(page)).toHaveLength(1);
});

test("in print, nothing but the poster shows", async ({ page }) => {
  await page.goto("/sentre/nok-elverum/plakat/");
  await page.emulateMedia({ media: "print" });
  const hidden = {
    "skip link": page.getByRole("link", { name: "Hopp til hovedinnholdet" }),
    header: page.getByRole("banner"),
    "quick exit": page.getByRole("button", { name: /Forlat siden/ }),
    footer: page.getByRole("contentinfo"),
    title: page.getByRole("heading", { level: 1 }),
    "print button": page.getByRole("button", { name: "Skriv ut plakaten" }),
    "print hint": page.getByText(/^Du kan også skrive ut med utskriftsvalget/),
  };
  for (const [what, locator] of Object.entries(hidden)) {
    await expect(locator, what).toBeHidden();
  }
  await expect(posterOn(page)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Nok. Elverum" })).toBeVisible();
});

test("a centre with a known number shows it, and that the help is free and needs no referral", async ({ page }) => {
  await page.goto("/sentre/nok-elverum/plakat/");
  const poster = posterOn(page);
  await expect(poster.getByRole("link", { name: "97 15 98 10" })).toHaveAttribute("href", "tel:+4797159810");
  await expect(poster).toContainText("Gratis. Ingen henvisning.");
  await expect(poster).toContainText("Fra du er 16 år.");
  await expect(poster).toContainText("Storgata 10, 2408 Elverum");
  await expect(poster).not.toContainText("800 57 000");
});

test("a number the centre shares says whose line it is, and when it is open", async ({ page }) => {
  await page.goto("/sentre/smiso-vestfold/plakat/");
  const poster = posterOn(page);
  await expect(poster.getByRole("link", { name: "800 57 000" })).toHaveAttribute("href", "tel:+4780057000");
  await expect(poster).toContainText("Nasjonal hjelpetelefon som senteret driver");
  await expect(poster).toContainText("Telefontid: Døgnåpen og gratis");
});

test("a centre with an unknown number shows the national 24-hour lines instead, and no guessed age limit", async ({ page }) => {
  await page.goto("/sentre/sms-telemark/plakat/");
  const poster = posterOn(page);
  await expect(poster.getByRole("link", { name: "800 57 000" })).toHaveAttribute("href", "tel:+4780057000");
  await expect(poster.getByRole("link", { name: "116 006" })).toHaveAttribute("href", "tel:116006");
  await expect(poster).toContainText("Gratis. Ingen henvisning.");
  await expect(poster).not.toContainText(" år.");
  await expect(poster).not.toContainText("ukjent");
});

test("the centre page links to its poster", async ({ page }) => {
  await page.goto("/sentre/nok-elverum/");
  await page.getByRole("link", { name: "Skriv ut en plakat for senteret" }).click();
  await expect(page).toHaveURL(/\/sentre\/nok-elverum\/plakat\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plakat for Nok. Elverum");
});

test("the print button opens the print dialogue", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute("data-printed", "");
  });
  await page.goto("/sentre/nok-elverum/plakat/");
  await page.getByRole("button", { name: "Skriv ut plakaten" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-printed", "");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the print button is not offered, and the browser's own print is explained", async ({ page }) => {
    await page.goto("/sentre/nok-elverum/plakat/");
    await expect(page.getByRole("button", { name: "Skriv ut plakaten" })).toHaveCount(0);
    await expect(page.getByText("Ctrl+P")).toBeVisible();
  });
});
