import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { QUICK_EXIT_URL } from "../../lib/site/settings";
import { builtPagePaths } from "../support/built-site";
import { expect, test } from "../support/fixtures";
import { registryCentres } from "../support/registry";

/**
 * Nynorsk at /nn/. The page sweep (pages.spec.ts) already visits every nynorsk page in the
 * sitemap and checks it for lang="nn", axe, requests and storage; these tests cover what is
 * particular to the language: the sitemap's alternates, the switch, the finder and the fallback
 * to bokmål for registry text nobody has translated.
 */

/** Each sitemap entry's address with the hreflang alternates it lists. */
function sitemapEntries(): Map<string, Record<string, string>> {
  const xml = readFileSync("out/sitemap.xml", "utf8");
  const entries = new Map<string, Record<string, string>>();
  for (const [, body] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(body!)![1]!).pathname;
    const links = [...body!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]): [string, string] => [
      lang!,
      new URL(href!).pathname,
    ]);
    entries.set(loc, Object.fromEntries(links));
  }
  return entries;
}

test.describe("nynorsk in the sitemap", () => {
  test("lists every nynorsk page, each with itself, its bokmål page and bokmål as the default", () => {
    const entries = sitemapEntries();
    const nynorsk = builtPagePaths().filter((path) => path.startsWith("/nn/"));
    // 23 Markdown pages, the finder, the centre list, the search page and one page per centre.
    expect(nynorsk.length).toBeGreaterThanOrEqual(23 + 3 + 20);
    for (const path of nynorsk) {
      const alternates = entries.get(path) ?? {};
      const bokmal = alternates.nb ?? "";
      expect(alternates.nn, `${path} is in the sitemap and names itself`).toBe(path);
      expect(bokmal, `${path} names its bokmål page`).toMatch(/^\/(?!nn\/|en\/)/);
      expect(alternates["x-default"], `${path} defaults to bokmål`).toBe(bokmal);
      expect(entries.get(bokmal)?.nn, `${bokmal} names ${path} back`).toBe(path);
    }
  });

  test("gives a page that exists in all three languages all three as alternates", () => {
    expect(sitemapEntries().get("/nn/til-deg-som-er-utsett/teieplikt/")).toEqual({
      nb: "/til-deg-som-er-utsatt/taushetsplikt/",
      nn: "/nn/til-deg-som-er-utsett/teieplikt/",
      en: "/en/if-you-were-abused/confidentiality/",
      "x-default": "/til-deg-som-er-utsatt/taushetsplikt/",
    });
  });
});

test.describe("the language switch on a nynorsk page", () => {
  async function switchTo(page: Page, language: string, path: RegExp, lang: string) {
    await page
      .getByRole("navigation", { name: /^(Språk|Language)$/ })
      .getByRole("link", { name: language })
      .click();
    await expect(page).toHaveURL(path);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
  }

  test("leads from a centre to the same centre in bokmål and in English, and back", async ({ page }) => {
    await page.goto("/nn/senter/nok-elverum/");
    const languages = page.getByRole("navigation", { name: "Språk" });
    await expect(languages.getByRole("listitem")).toHaveText(["Bokmål", "Nynorsk", "English"]);
    // The page's own language is marked, and is no link.
    await expect(languages.getByText("Nynorsk")).toHaveAttribute("aria-current", "true");
    await expect(languages.getByRole("link", { name: "Nynorsk" })).toHaveCount(0);

    await switchTo(page, "Bokmål", /\/sentre\/nok-elverum\/$/, "nb");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nok. Elverum");
    await switchTo(page, "Nynorsk", /\/nn\/senter\/nok-elverum\/$/, "nn");
    await switchTo(page, "English", /\/en\/centres\/nok-elverum\/$/, "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nok. Elverum");
    await switchTo(page, "Nynorsk", /\/nn\/senter\/nok-elverum\/$/, "nn");
  });

  test("leads to the nynorsk home page from a bokmål page that has no nynorsk version", async ({ page }) => {
    await page.goto("/kommuner/trysil/");
    await expect(page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "Nynorsk" })).toHaveAttribute("href", "/nn/");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("is plain links to the counterparts", async ({ page }) => {
      await page.goto("/nn/parorande/");
      const languages = page.getByRole("navigation", { name: "Språk" });
      await expect(languages.getByRole("link", { name: "Bokmål" })).toHaveAttribute("href", "/parorende/");
      await expect(languages.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en/relatives/");
    });
  });
});

test.describe("the nynorsk frame and pages", () => {
  test("keep the quick exit and the numbers that call, in nynorsk", async ({ page }) => {
    await page.goto("/nn/");
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    await expect(page.getByRole("button", { name: "Naudutgang: Forlat sida" })).toHaveAttribute("href", QUICK_EXIT_URL);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: /^Ring 112\b/ })).toHaveAttribute("href", "tel:112");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: /^Ring 800 57 000\b/ })).toHaveAttribute(
      "href",
      "tel:+4780057000",
    );
  });

  test("show registry text nobody has translated in bokmål, marked as bokmål", async ({ page }) => {
    const centre = registryCentres.find((candidate) => candidate.phoneNote && !candidate.phoneNote.nn)!;
    await page.goto(`/nn/senter/${centre.id}/`);
    await expect(page.getByRole("main").getByText(centre.phoneNote!.nb, { exact: true })).toHaveAttribute("lang", "nb");
    // The interface around it is nynorsk.
    await expect(page.getByRole("heading", { level: 2, name: "Kven senteret er for" })).toBeVisible();
  });
});

test.describe("the finder in nynorsk", () => {
  const FIELD = "Postnummer, stad eller kommune";

  async function search(page: Page, text: string) {
    await page.getByRole("combobox", { name: FIELD }).fill(text);
    await page.getByRole("combobox", { name: FIELD }).press("Enter");
  }

  test("names Nok. Elverum for postcode 2406, in nynorsk, linking to the nynorsk centre page", async ({ page }) => {
    await page.goto("/nn/finn-senter/");
    await search(page, "2406");
    await expect(page.getByRole("heading", { level: 2, name: "Senter for 2406 Elverum" })).toBeVisible();
    const results = page.getByRole("region", { name: "Senter for 2406 Elverum" }).getByRole("listitem");
    const first = results.first();
    await expect(first).toContainText("Senteret for Elverum");
    await expect(first.getByRole("link", { name: "Nok. Elverum" })).toHaveAttribute("href", "/nn/senter/nok-elverum/");
    await expect(first).toContainText("Elverum kommune har avtale med dette senteret.");
    await expect(page.getByRole("status").filter({ hasText: "Senteret for Elverum: Nok. Elverum." })).toHaveCount(1);
    await expect(results.nth(1)).toContainText("km i luftline");
  });

  test("explains bad input in nynorsk, next to the field", async ({ page }) => {
    await page.goto("/nn/finn-senter/");
    const field = page.getByRole("combobox", { name: FIELD });
    const cases: [string, string][] = [
      ["", "Skriv eit postnummer, ein stad eller ein kommune."],
      ["xyzzy", "Vi finn ingen stad eller kommune som heiter «xyzzy»."],
      ["0000", "Vi finn ikkje postnummeret 0000."],
      ["24061", "Eit postnummer har fire siffer, til dømes 2406."],
      ["240", "Eit postnummer har fire siffer. Skriv alle fire, til dømes 0150."],
      ["a".repeat(10_000), "Teksten er for lang."],
      ["<script>alert(1)</script>", "Bruk berre bokstavar, tal og bindestrek"],
    ];
    for (const [input, message] of cases) {
      await search(page, input);
      const described = (await field.getAttribute("aria-describedby"))!.split(" ");
      await expect(page.locator(`[id="${described.at(-1)}"]`), `message for ${JSON.stringify(input.slice(0, 30))}`).toContainText(message);
      await expect(field).toHaveAttribute("aria-invalid", "true");
    }
  });

  test("says in nynorsk when the position is refused", async ({ page, context }) => {
    await context.clearPermissions();
    await page.goto("/nn/finn-senter/");
    await page.getByRole("button", { name: "Bruk posisjonen min" }).click();
    const message = "Nettlesaren fekk ikkje lov til å bruke posisjonen din. Skriv heller postnummer, stad eller kommune.";
    await expect(page.getByRole("search").getByText(message, { exact: true })).toBeVisible();
    await expect(page.getByRole("combobox", { name: FIELD })).toHaveAccessibleDescription(new RegExp(message.replace(/\./g, "\\.")));
  });
});

test.describe("search in nynorsk", () => {
  test("finds the nynorsk page on confidentiality for «teieplikt», and only nynorsk pages", async ({ page }) => {
    await page.goto("/nn/sok/");
    const field = page.getByRole("main").getByRole("searchbox", { name: "Søk på nettstaden" });
    await field.fill("teieplikt");
    await field.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^\d+ treff for «teieplikt»/);
    const hits = page.getByRole("region", { name: "Treff" }).getByRole("link");
    await expect(hits.first()).toHaveAttribute("href", "/nn/til-deg-som-er-utsett/teieplikt/");
    for (const href of await hits.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) expect(href).toMatch(/^\/nn\//);
  });

  test("finds a page added to keep nynorsk level with bokmål", async ({ page }) => {
    await page.goto("/nn/sok/");
    const field = page.getByRole("main").getByRole("searchbox", { name: "Søk på nettstaden" });
    await field.fill("bistandsadvokat");
    await field.press("Enter");
    await expect(
      page.getByRole("region", { name: "Treff" }).getByRole("link", { name: "Melde til politiet eller ikkje?", exact: true }),
    ).toHaveAttribute("href", "/nn/til-deg-som-er-utsett/melde-til-politiet/");
  });
});
