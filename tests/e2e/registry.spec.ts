import { pathsFor } from "../../lib/site/paths";
import { builtSitemapPaths } from "../support/built-site";
import { expect, test } from "../support/fixtures";
import { registryCentres } from "../support/registry";

const centrePages = builtSitemapPaths().filter((path) => /^\/sentre\/[^/]+\/$/.test(path));

test("Trysil's page names Nok. Elverum, by agreement, with a phone link that calls it", async ({ page }) => {
  await page.goto("/kommuner/trysil/");
  const serving = page.getByRole("region", { name: "Senteret for Trysil" });
  await expect(serving).toContainText("Trysil kommune har avtale med dette senteret.");
  await expect(serving.getByRole("link", { name: "Nok. Elverum" })).toHaveAttribute("href", "/sentre/nok-elverum/");
  await expect(serving.getByRole("link", { name: "Ring 97 15 98 10" })).toHaveAttribute("href", "tel:+4797159810");
  await expect(page.getByRole("region", { name: "Andre sentre i nærheten" }).getByRole("listitem")).toHaveCount(2);
});

test("a Telemark municipality shows Telemark's centre, whose location is unknown, beside its serving centre", async ({ page }) => {
  await page.goto("/kommuner/skien/");
  const unknown = page.getByRole("region", { name: "Senter i fylket med ukjent plassering" });
  await expect(unknown.getByRole("link", { name: "Senter mot seksuelle overgrep i Telemark" })).toBeVisible();
  await expect(unknown).toContainText("Plassering ukjent");
  await expect(page.getByRole("region", { name: "Senteret for Skien" })).toContainText("nærmeste senteret i luftlinje");
});

test("a municipality page gives the official Sámi name in its text", async ({ page }) => {
  await page.goto("/kommuner/kautokeino/");
  await expect(page.getByRole("main")).toContainText("Offisielt navn: Guovdageaidnu - Kautokeino.");
  await expect(page.getByRole("main")).toContainText("Navn på nordsamisk: Guovdageaidnu.");
});

test("every centre page shows its phone as a link that calls, or says it is unknown", async ({ page }) => {
  expect(centrePages.toSorted()).toEqual(registryCentres.map((centre) => pathsFor("nb").centre(centre.id)).toSorted());
  for (const path of centrePages) {
    await page.goto(path);
    // The contact details come first in the page's main content, right under the title.
    const contact = page.getByRole("main");
    const phoneLinks = contact.locator('a[href^="tel:+47"]');
    if ((await phoneLinks.count()) > 0) {
      await expect(phoneLinks.first(), path).toHaveText(/^\d{2,3}( \d{2,3}){2,3}$/);
    } else {
      await expect(contact, path).toContainText("Vi har ikke et bekreftet telefonnummer til senteret.");
      await expect(contact.getByRole("link", { name: "800 57 000" }), path).toHaveAttribute("href", "tel:+4780057000");
      await expect(contact.getByRole("link", { name: "116 006" }), path).toHaveAttribute("href", "tel:116006");
    }
    await expect(page.getByRole("main"), path).toContainText(/Ikke bekreftet av senteret ennå|Sist bekreftet/);
    await expect(page.getByRole("link", { name: "Meld feil i opplysningene" }), path).toHaveAttribute("href", /^mailto:[^?]+\?subject=/);
  }
});

test("a number that is not the centre's own line says whose line it is", async ({ page }) => {
  await page.goto("/sentre/smiso-vestfold/");
  await expect(page.getByRole("main")).toContainText("Nasjonal hjelpetelefon som senteret driver");
  await page.goto("/sentre/krise-og-incestsenteret-i-follo/");
  await expect(page.getByRole("main")).toContainText("Krisesenterets telefon");
});

test("a centre without a sourced position says its place is approximate", async ({ page }) => {
  await page.goto("/sentre/nok-hamar/");
  await expect(page.getByRole("main")).toContainText("Omtrentlig plassering.");
  await page.goto("/sentre/nok-elverum/");
  await expect(page.getByRole("main")).not.toContainText("Omtrentlig plassering");
  await expect(page.getByRole("link", { name: "Åpne adressen i kartappen din" })).toHaveAttribute("href", /^geo:0,0\?q=Storgata/);
});

test("/sentre/ lists every centre under its county", async ({ page }) => {
  await page.goto("/sentre/");
  await expect(
    page.getByRole("region", { name: "Telemark" }).getByRole("link", { name: "Senter mot seksuelle overgrep i Telemark" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Innlandet" }).getByRole("heading", { level: 3 })).toHaveText([
    "Nok. Elverum",
    "Nok. Gjøvik",
    "Nok. Hamar",
  ]);
  // Honest about the gap to the 23 centres that Bufdir counts; Dixi is counted apart, as Bufdir does.
  const incestCentres = registryCentres.filter((centre) => centre.servesCatchment).length;
  await expect(page.getByRole("main")).toContainText(`Listen her har ${incestCentres} sentre og Dixi`);
});

test("the municipality filter narrows the list as you type, by any official name", async ({ page }) => {
  await page.goto("/kommuner/");
  const filter = page.getByRole("searchbox", { name: "Finn kommunen" });
  await filter.fill("nord odal");
  await expect(page.getByRole("link", { name: "Nord-Odal" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Trysil" })).toBeHidden();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("1 av 357 kommuner vises.");
  await filter.fill("Guovdageaidnu");
  await expect(page.getByRole("link", { name: "Kautokeino" })).toBeVisible();
  await filter.fill("xyzzy");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Ingen kommuner passer. Sjekk skrivemåten.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the centre list, the municipality list and their pages are complete", async ({ page }) => {
    await page.goto("/kommuner/");
    // One region per county, each listing its municipalities.
    await expect(page.getByRole("main").getByRole("region").getByRole("listitem")).toHaveCount(357);
    await expect(page.getByRole("main").getByRole("searchbox")).toHaveCount(0);
    await page.getByRole("link", { name: "Trysil" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trysil");
    await expect(page.getByRole("link", { name: "Ring 97 15 98 10" }).first()).toBeVisible();
    await page.goto("/sentre/");
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(centrePages.length);
    await page.goto("/sentre/nok-elverum/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nok. Elverum");
  });
});
