import { readFileSync } from "node:fs";
import path from "node:path";
import { municipalityHref } from "../../lib/site/paths";
import { centresSeeingChildrenUnder16 } from "../../lib/registry/children";
import { loadServedMunicipalities } from "../../lib/registry/load";
import { builtPagePaths } from "../support/built-site";
import { axeViolations, expect, preloadAxe, test } from "../support/fixtures";
import { registryCentres } from "../support/registry";

const PHONE = { width: 375, height: 667 };

/** The home pages' front door: the way to a centre, the lines open day and night, and a door per audience. */
const homes = [
  {
    path: "/",
    finderRegion: "Finn et senter",
    finderLink: "Finn senteret nær deg",
    finderHref: "/finn-senter/",
    call: "Ring",
    doorsHeading: "Hvem er du?",
    doors: [
      ["Jeg har vært utsatt", "/til-deg-som-er-utsatt/", null],
      ["Jeg er pårørende", "/parorende/", null],
      ["Jeg er fagperson", "/fagpersoner/", null],
      ["Jeg jobber i en kommune", "/for-kommuner/", null],
    ],
  },
  {
    path: "/nn/",
    finderRegion: "Finn eit senter",
    finderLink: "Finn senteret nær deg",
    finderHref: "/nn/finn-senter/",
    call: "Ring",
    doorsHeading: "Kven er du?",
    doors: [
      ["Eg har vore utsett", "/nn/til-deg-som-er-utsett/", null],
      ["Eg er pårørande", "/nn/parorande/", null],
      ["Eg er fagperson", "/fagpersoner/", "nb"],
      ["Eg jobbar i ein kommune", "/for-kommuner/", "nb"],
    ],
  },
  {
    path: "/en/",
    finderRegion: "Find a centre",
    finderLink: "Find the centre near you",
    finderHref: "/en/find-a-centre/",
    call: "Call",
    doorsHeading: "Who are you?",
    doors: [
      ["I have been abused", "/en/if-you-were-abused/", null],
      ["I am a relative or friend", "/en/relatives/", null],
      ["I meet abuse in my work", "/fagpersoner/", "nb"],
      ["I work for a municipality", "/for-kommuner/", "nb"],
    ],
  },
] as const;

for (const home of homes) {
  test.describe(`the home page ${home.path} on a 375 × 667 phone`, () => {
    test.use({ viewport: PHONE });

    test("shows the lines open day and night, 116 006 and 800 57 000, without scrolling", async ({ page }) => {
      await page.goto(home.path);
      for (const [number, tel] of [
        ["116 006", "tel:116006"],
        ["800 57 000", "tel:+4780057000"],
      ] as const) {
        const link = page.getByRole("main").getByRole("link", { name: new RegExp(`^${home.call} ${number}\\b`) });
        await expect(link).toHaveAttribute("href", tel);
        const box = await link.boundingBox();
        expect(box, `${number} is laid out`).not.toBeNull();
        expect(box!.y, `${number} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height, `${number} ends above the fold`).toBeLessThanOrEqual(PHONE.height);
      }
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });

    test("has no axe violations", async ({ page }) => {
      await preloadAxe(page);
      await page.goto(home.path);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test.describe(`the home page ${home.path} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test("offers the finder as a plain link at the top, then a door for each audience", async ({ page }) => {
      await page.goto(home.path);
      const finder = page.getByRole("region", { name: home.finderRegion });
      await expect(finder.getByRole("link", { name: home.finderLink })).toHaveAttribute("href", home.finderHref);
      // The finder comes first in the main content, right under the title.
      const firstLink = page.getByRole("main").getByRole("link").first();
      await expect(firstLink).toHaveAttribute("href", home.finderHref);

      const doors = page.getByRole("navigation", { name: home.doorsHeading }).getByRole("link");
      await expect(doors).toHaveCount(home.doors.length);
      for (const [index, [title, href, hrefLang]] of home.doors.entries()) {
        await expect(doors.nth(index)).toContainText(title);
        await expect(doors.nth(index)).toHaveAttribute("href", href);
        if (hrefLang) await expect(doors.nth(index)).toHaveAttribute("hreflang", hrefLang);
      }
    });
  });
}

test("the home pages no longer give a flat age limit of 16, and lead to the pages people look for", async ({ page }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  await expect(main).toContainText("Sentrene er først og fremst for deg som er 16 år eller eldre");
  await expect(main).toContainText("Noen sentre tar imot yngre barn sammen med en voksen.");
  await expect(main).not.toContainText("fra du er 16 år");
  for (const title of [
    "Hva skjer når jeg tar kontakt?",
    "Usikker på om det var et overgrep?",
    "Rett etter et overgrep",
    "Anmelde eller ikke?",
    "For menn",
    "For lhbtq+-personer",
    "Med funksjonsnedsettelse",
  ]) {
    await expect(main.getByRole("link", { name: title, exact: true }).first()).toHaveAttribute(
      "href",
      /^\/til-deg-som-er-utsatt\/[a-z-]+\/$/,
    );
  }

  await page.goto("/en/");
  await expect(page.getByRole("main")).toContainText("The centres are mainly for people aged 16 and over");
  await expect(page.getByRole("main")).not.toContainText("from the age of 16, whatever");
  for (const title of ["What happens when I get in touch?", "Not sure it was abuse?", "Right after an assault"]) {
    await expect(page.getByRole("main").getByRole("link", { name: title, exact: true }).first()).toHaveAttribute(
      "href",
      /^\/en\/if-you-were-abused\/[a-z-]+\/$/,
    );
  }
});

test("the survivors' landing pages lead to the new pages", async ({ page }) => {
  await page.goto("/til-deg-som-er-utsatt/");
  const list = page.getByRole("region", { name: "I denne delen" });
  for (const href of [
    "nar-du-tar-kontakt",
    "usikker",
    "rett-etter-et-overgrep",
    "anmelde",
    "for-menn",
    "lhbtq",
    "med-funksjonsnedsettelse",
  ]) {
    await expect(list.locator(`a[href="/til-deg-som-er-utsatt/${href}/"]`)).toHaveCount(1);
  }
  await page.goto("/en/if-you-were-abused/");
  for (const href of ["when-you-get-in-touch", "not-sure", "right-after-an-assault"]) {
    await expect(page.getByRole("region", { name: "In this section" }).locator(`a[href="/en/if-you-were-abused/${href}/"]`)).toHaveCount(1);
  }
});

test.describe("the help-now page's sources", () => {
  test.use({ javaScriptEnabled: false });

  for (const [pathname, summary] of [
    ["/akutt-hjelp/", "Kilder"],
    ["/en/help-now/", "Sources"],
  ] as const) {
    test(`wait behind a closed «${summary}» disclosure on ${pathname}, which opens without JavaScript`, async ({ page }) => {
      await page.goto(pathname);
      const disclosure = page
        .getByRole("main")
        .getByRole("group")
        .filter({ has: page.getByText(summary, { exact: true }) });
      await expect(disclosure).not.toHaveAttribute("open");
      const politi = disclosure.getByRole("link", { name: /^Politiet:/ });
      await expect(politi).toBeHidden();
      await disclosure.getByText(summary, { exact: true }).click();
      await expect(politi).toBeVisible();
      await expect(disclosure.getByRole("link", { name: /^VG:/ })).not.toContainText("10-av-25");
    });
  }
});

test("every source list on every page names its sources, never by their address", () => {
  const offenders: string[] = [];
  for (const pathname of builtPagePaths()) {
    const file = path.join("out", pathname, "index.html");
    const html = readFileSync(file, "utf8");
    for (const [, list] of html.matchAll(/<ul class="source-list">(.*?)<\/ul>/gs)) {
      for (const [, item] of list!.matchAll(/<li>(.*?)<\/li>/gs)) {
        const text = item!.replace(/<[^>]+>/g, "");
        if (/https?:|www\.|\.no\/|\.com\//.test(text)) offenders.push(`${pathname}: ${text}`);
      }
    }
  }
  expect(offenders).toEqual([]);
});

test("«Når et barn forteller» links the sections of the law, and lists the centres that see children under 16 from the registry", async ({
  page,
}) => {
  await preloadAxe(page);
  await page.goto("/fagpersoner/nar-et-barn-forteller/");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "§ 13-2" }).first()).toHaveAttribute(
    "href",
    encodeURI("https://lovdata.no/lov/2021-06-18-97/§13-2"),
  );
  await expect(main.getByRole("link", { name: "Straffeloven § 196" }).first()).toHaveAttribute(
    "href",
    encodeURI("https://lovdata.no/lov/2005-05-20-28/§196"),
  );

  const section = page.getByRole("region", { name: "Sentre som tar imot barn under 16 år" });
  const expected = centresSeeingChildrenUnder16(registryCentres);
  expect(expected.length).toBeGreaterThan(0);
  await expect(section.getByRole("listitem")).toHaveCount(expected.length);
  for (const centre of expected) {
    await expect(section.getByRole("link", { name: centre.name, exact: true })).toHaveAttribute("href", `/sentre/${centre.id}/`);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test("«Slik inngår dere avtale» shows, per centre, the municipalities with a known agreement, from the registry", async ({ page }) => {
  await page.goto("/for-kommuner/slik-inngar-dere-avtale/");
  const section = page.getByRole("region", { name: "Kommuner med kjent avtale" });
  const withAgreements = registryCentres.filter((centre) => {
    const served = loadServedMunicipalities(centre.id);
    return centre.servesCatchment && served.agreement.length + served.host.length > 0;
  });
  expect(withAgreements.length).toBeGreaterThan(0);
  for (const centre of withAgreements) {
    const block = section.locator("div").filter({ has: page.getByRole("heading", { level: 3, name: centre.name, exact: true }) });
    for (const municipality of loadServedMunicipalities(centre.id).agreement) {
      await expect(block.getByRole("link", { name: municipality.name, exact: true })).toHaveAttribute(
        "href",
        municipalityHref(municipality.slug),
      );
    }
  }
});

test("the site search finds a new page", async ({ page }) => {
  await page.goto("/sok/");
  const field = page.getByRole("main").getByRole("searchbox", { name: "Søk på nettstedet" });
  await field.fill("bistandsadvokat");
  await field.press("Enter");
  await expect(page.getByRole("region", { name: "Treff" }).getByRole("link", { name: "Anmelde eller ikke?", exact: true })).toHaveAttribute(
    "href",
    "/til-deg-som-er-utsatt/anmelde/",
  );
});
