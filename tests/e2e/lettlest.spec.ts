import type { Page } from "@playwright/test";
import helpLines from "../../content/help-lines.json" with { type: "json" };
import { builtSitemapPaths } from "../support/built-site";
import { expect, test } from "../support/fixtures";

const EASY_READ = "/lettlest/";
const easyReadPages = builtSitemapPaths().filter((pathname) => pathname.startsWith(EASY_READ));

/** The text of each line the browser laid out in a paragraph, as a reader sees it. */
async function renderedLines(page: Page, selector: string): Promise<string[][]> {
  return page.locator(selector).evaluateAll((paragraphs) =>
    paragraphs.map((paragraph) => {
      const lines: Array<{ top: number; text: string }> = [];
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (let index = 0; index < text.length; index++) {
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getBoundingClientRect();
          if (rect.height === 0) continue;
          const last = lines.at(-1);
          if (last && Math.abs(last.top - rect.top) < rect.height / 2) last.text += text[index];
          else lines.push({ top: rect.top, text: text[index]! });
        }
      }
      return lines.map((line) => line.text.trim()).filter((line) => line.length > 0);
    }),
  );
}

test.describe("lettlest, the easy-to-read pages", () => {
  test("has every page of the section in the sitemap", () => {
    expect(easyReadPages).toEqual(
      expect.arrayContaining([
        "/lettlest/",
        "/lettlest/hjelp-na/",
        "/lettlest/hva-er-seksuelle-overgrep/",
        "/lettlest/hva-er-et-senter/",
        "/lettlest/gratis/",
        "/lettlest/ta-kontakt/",
        "/lettlest/du-bestemmer/",
        "/lettlest/finn-senter/",
        "/lettlest/familie-og-venner/",
      ]),
    );
  });

  for (const [start, name] of [
    ["/akutt-hjelp/", "Lettlest – enkel tekst på norsk"],
    ["/en/", "Lettlest – easy-to-read Norwegian"],
  ] as const) {
    test(`is one tap from the header of ${start}, named for a screen reader`, async ({ page }) => {
      await page.goto(start);
      const link = page.getByRole("banner").getByRole("link", { name });
      await expect(link).toBeVisible();
      // What a sighted reader sees is the one word; the rest is for screen readers only.
      await expect(link.getByText("Lettlest", { exact: true })).toBeVisible();
      await expect(link.getByText(name.slice("Lettlest – ".length))).toHaveClass("sr-only");
      await link.click();
      await expect(page).toHaveURL(EASY_READ);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lettlest: hjelp etter seksuelle overgrep");
      await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    });
  }

  test("sits beside the language switch on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/til-deg-som-er-utsatt/");
    const banner = page.getByRole("banner");
    const easyRead = await banner.getByRole("link", { name: /^Lettlest/ }).boundingBox();
    const language = await banner.getByRole("link", { name: "English" }).boundingBox();
    expect(easyRead && language).toBeTruthy();
    expect(Math.abs(easyRead!.y - language!.y)).toBeLessThan(8);
  });

  test("is linked from the survivors' landing page", async ({ page }) => {
    await page.goto("/til-deg-som-er-utsatt/");
    await page.getByRole("main").getByRole("link", { name: "lettlest", exact: true }).click();
    await expect(page).toHaveURL(EASY_READ);
  });

  test("calls every national line from the help-now page, with the number from content/help-lines.json", async ({ page }) => {
    await page.goto("/lettlest/hjelp-na/");
    const body = page.getByRole("article");
    for (const line of helpLines) {
      const links = body.getByRole("link", { name: line.number, exact: true });
      await expect(links.first()).toHaveAttribute("href", `tel:${line.tel}`);
    }
    const hrefs = await body.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(new Set(hrefs)).toEqual(new Set(helpLines.map((line) => `tel:${line.tel}`)));
  });

  test("starts with the police and a line to talk to on the landing page", async ({ page }) => {
    await page.goto(EASY_READ);
    const body = page.getByRole("article");
    await expect(body.getByRole("link", { name: "112", exact: true })).toHaveAttribute("href", "tel:112");
    await expect(body.getByRole("link", { name: "800 57 000", exact: true })).toHaveAttribute("href", "tel:+4780057000");
  });

  test("leads to the finder in one tap from the landing page", async ({ page }) => {
    await page.goto(EASY_READ);
    await page.getByRole("article").getByRole("link", { name: "Finn et senter nær deg" }).click();
    await expect(page).toHaveURL("/finn-senter/");
    await expect(page.getByRole("combobox", { name: "Postnummer, sted eller kommune" })).toBeVisible();
  });

  test("puts the finder first on the page about finding your centre", async ({ page }) => {
    await page.goto("/lettlest/finn-senter/");
    await expect(page.getByRole("article").getByRole("link").first()).toHaveAttribute("href", "/finn-senter/");
  });

  test("offers the finder on every page of the section", async ({ page }) => {
    for (const pathname of easyReadPages) {
      await page.goto(pathname);
      await expect(page.getByRole("main").locator('a[href="/finn-senter/"]').first(), pathname).toBeVisible();
    }
  });

  test("sets each sentence on a line of its own, in short lines, on a wide screen", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/lettlest/gratis/");
    const [first] = await renderedLines(page, "main .prose p");
    expect(first).toEqual([
      "Hjelpen på et senter er gratis.",
      "Det koster ingenting å snakke med dem.",
      "Det koster ingenting å være med i en gruppe.",
    ]);
    for (const pathname of ["/lettlest/hva-er-et-senter/", "/lettlest/du-bestemmer/"]) {
      await page.goto(pathname);
      const lines = (await renderedLines(page, "main .prose p, main .prose li")).flat();
      const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), "");
      expect(longest.length, `${pathname}: «${longest}»`).toBeLessThanOrEqual(60);
    }
  });

  test("is found by the site search", async ({ page }) => {
    await page.goto("/sok/");
    const field = page.getByRole("main").getByRole("searchbox", { name: "Søk på nettstedet" });
    await field.fill("lettlest");
    await field.press("Enter");
    await expect(
      page.getByRole("region", { name: "Treff" }).getByRole("link", { name: "Lettlest: hjelp etter seksuelle overgrep" }),
    ).toHaveAttribute("href", EASY_READ);
  });
});
