import type { Locator, Page } from "@playwright/test";
import { axeViolations, expect, storageLeftBehind, tabUntilFocused, test } from "../support/fixtures";
import { registryCentres } from "../support/registry";

const FIELD = "Postnummer, sted eller kommune";
const CENTRE_COUNT = registryCentres.length;

function field(page: Page) {
  return page.getByRole("combobox", { name: FIELD });
}

/** The result cards, in the region that the results' heading ("Sentre for …", "Sentre nær …") names. */
function results(page: Page) {
  return page.getByRole("region", { name: /^Sentre (for|nær) / }).getByRole("listitem");
}

/** What a result card says about how far away the centre is. */
const DISTANCE = /km i luftlinje/;

/** The message beside the field, in the search form, which the field names as its description. */
async function expectFieldMessage(page: Page, message: string) {
  await expect(page.getByRole("search", { name: "Finn senter" }).getByText(message, { exact: true })).toBeVisible();
  await expect(field(page)).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

/** The straight-line distances shown on the result cards, in order. */
async function shownDistances(items: Locator): Promise<number[]> {
  const texts = await items.getByText(DISTANCE).allTextContents();
  return texts.map((text) => Number(/([\d\s,]+) km/.exec(text)![1]!.replace(/\s/g, "").replace(",", ".")));
}

async function open(page: Page) {
  await page.goto("/finn-senter/");
  await expect(field(page)).toBeVisible();
}

async function search(page: Page, text: string) {
  await field(page).fill(text);
  await field(page).press("Enter");
}

async function expectServing(page: Page, municipality: string, centre: string) {
  const first = results(page).first();
  await expect(first).toContainText(`Senteret for ${municipality}`);
  await expect(first.getByRole("heading", { level: 3 })).toHaveText(centre);
  await expect(first.getByRole("link", { name: centre })).toHaveAttribute("href", /^\/sentre\/[a-z0-9-]+\/$/);
  await expect(page.getByRole("status").filter({ hasText: `Senteret for ${municipality}: ${centre}.` })).toHaveCount(1);
}

test.describe("the centre finder", () => {
  test("ranks Nok. Elverum first for postcode 2406, as the centre for Elverum", async ({ page }) => {
    await open(page);
    await search(page, "2406");
    await expect(page.getByRole("heading", { level: 2, name: "Sentre for 2406 Elverum" })).toBeVisible();
    await expectServing(page, "Elverum", "Nok. Elverum");
    const first = results(page).first();
    await expect(first).toContainText("Elverum kommune har avtale med dette senteret.");
    await expect(first.getByRole("link", { name: /97 15 98 10/ })).toHaveAttribute("href", "tel:+4797159810");
    await expect(first).toContainText("km i luftlinje");
    // Every other centre follows, nearest first.
    const others = results(page).filter({ hasText: DISTANCE });
    const distances = await shownDistances(others);
    expect(distances.slice(1)).toEqual([...distances.slice(1)].sort((a, b) => a - b));
    expect(distances.length).toBeGreaterThan(10);
  });

  test("names for postcode 1514 the centre that the page for Moss names, though another is nearer the postcode", async ({ page }) => {
    await page.goto("/kommuner/moss/");
    const pageNames = await page.getByRole("region", { name: "Senteret for Moss" }).getByRole("heading", { level: 3 }).textContent();
    await open(page);
    await search(page, "1514");
    await expectServing(page, "Moss", pageNames!.trim());
  });

  test("keeps a centre of the county whose location is unknown, marked so, right after the serving one", async ({ page }) => {
    await open(page);
    await search(page, "Skien");
    const second = results(page).nth(1);
    await expect(second).toContainText("Også i Telemark");
    await expect(second).toContainText("Plassering ukjent");
    await expect(second).not.toContainText(DISTANCE);
  });

  test("ranks Nok. Elverum first for Trysil, searched with the button", async ({ page }) => {
    await open(page);
    await field(page).fill("Trysil");
    await page.getByRole("main").getByRole("button", { name: "Søk", exact: true }).click();
    await expectServing(page, "Trysil", "Nok. Elverum");
  });

  test("asks which Våler, showing the county, and takes the choice", async ({ page }) => {
    await open(page);
    await search(page, "Våler");
    await expectFieldMessage(page, "Flere steder heter «Våler». Velg det du mener:");
    const choices = page.getByRole("list", { name: "Flere steder heter «Våler». Velg det du mener:" }).getByRole("button");
    await expect(choices).toHaveText([/Våler.*Kommune i Innlandet/, /Våler.*Kommune i Østfold/]);
    await expect(results(page)).toHaveCount(0);
    await choices.first().click();
    await expect(page.getByRole("heading", { level: 2, name: "Sentre for Våler" })).toBeFocused();
    await expectServing(page, "Våler", "Nok. Elverum");
  });

  test("says that no centre lies on Svalbard, and lists the nearest on the mainland", async ({ page }) => {
    await open(page);
    await search(page, "9170");
    await expectFieldMessage(page, "Det finnes ikke noe senter på Svalbard. Her er de nærmeste sentrene på fastlandet.");
    await expect(field(page)).not.toHaveAttribute("aria-invalid", "true");
    const distances = await shownDistances(results(page));
    expect(distances.length).toBeGreaterThan(10);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  test("explains each kind of bad input next to the field, and stays usable", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await open(page);
    const cases: [string, string][] = [
      ["", "Skriv et postnummer, et sted eller en kommune."],
      ["   ", "Skriv et postnummer, et sted eller en kommune."],
      ["xyzzy", "Vi finner ikke noe sted eller noen kommune som heter «xyzzy»."],
      ["0000", "Vi finner ikke postnummeret 0000."],
      ["24061", "Et postnummer har fire siffer, for eksempel 2406."],
      ["a".repeat(10_000), "Teksten er for lang."],
      ["<script>alert(1)</script>", "Bruk bare bokstaver, tall og bindestrek"],
      ['<img src=x onerror="alert(2)">', "Bruk bare bokstaver, tall og bindestrek"],
      ["😀", "Bruk bare bokstaver, tall og bindestrek"],
    ];
    for (const [input, message] of cases) {
      await search(page, input);
      const described = await field(page).getAttribute("aria-describedby");
      const messageElement = page.locator(`[id="${described!.split(" ")[1]}"]`);
      await expect(messageElement, `message for ${JSON.stringify(input.slice(0, 30))}`).toContainText(message);
      await expect(field(page)).toHaveAttribute("aria-invalid", "true");
      await expect(results(page)).toHaveCount(0);
    }
    expect(dialogs).toEqual([]);
    await expect(page.locator("main img")).toHaveCount(0);
    await search(page, "2406");
    await expectServing(page, "Elverum", "Nok. Elverum");
    await expect(field(page)).not.toHaveAttribute("aria-invalid");
  });

  test("works by keyboard alone, from the first Tab to a result", async ({ page }) => {
    await open(page);
    await tabUntilFocused(page, field(page), 20);
    await page.keyboard.type("Vål");
    await expect(field(page)).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(field(page)).toHaveAttribute("aria-expanded", "false");

    // Down opens the list again; each option in turn becomes the active descendant, announced while focus stays in the field.
    let active = "";
    for (let presses = 0; presses < 8 && !/Våler.*Østfold/.test(active); presses++) {
      await page.keyboard.press("ArrowDown");
      const id = await field(page).getAttribute("aria-activedescendant");
      active = (await page.locator(`[id="${id}"]`).textContent()) ?? "";
      await expect(page.locator(`[id="${id}"]`)).toHaveAttribute("aria-selected", "true");
    }
    expect(active).toMatch(/Våler.*Kommune i Østfold/);
    await expect(field(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(field(page)).toHaveValue("Våler");
    await expect(page.getByRole("heading", { level: 2, name: "Sentre for Våler" })).toBeVisible();
    await expect(results(page).first()).toContainText("Senteret for Våler");
    await expect(results(page).first()).toContainText(
      "Vi kjenner ikke til at Våler kommune har avtale med et senter. Dette er det nærmeste senteret i luftlinje.",
    );

    // On from the field, the result's links are next in order.
    await page.keyboard.press("Tab"); // Søk
    await page.keyboard.press("Tab"); // Bruk min posisjon
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveAttribute("href", /^\/sentre\//);
  });

  test.describe("with the position granted at a point in Bergen", () => {
    test.use({ permissions: ["geolocation"], geolocation: { latitude: 60.3913, longitude: 5.3221 } });

    test("ranks the Bergen centre first", async ({ page }) => {
      await open(page);
      await page.getByRole("button", { name: "Bruk min posisjon" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Sentre nær posisjonen din" })).toBeVisible();
      await expect(results(page).first().getByRole("heading", { level: 3 })).toHaveText("Nok. Bergen");
      await expect(page.getByRole("status").filter({ hasText: "Nærmeste senter: Nok. Bergen." })).toHaveCount(1);
      await expect(results(page)).toHaveCount(CENTRE_COUNT);
      // The position stays in the page: not in the address, nor in the history.
      expect(page.url()).toMatch(/\/finn-senter\/$/);
    });
  });

  test("says so in plain words when the position is refused, and returns to the field", async ({ page, context }) => {
    await context.clearPermissions();
    await open(page);
    await page.getByRole("button", { name: "Bruk min posisjon" }).click();
    await expectFieldMessage(page, "Nettleseren fikk ikke lov til å bruke posisjonen din. Skriv postnummer, sted eller kommune i stedet.");
    await expect(field(page)).toBeFocused();
    await expect(results(page)).toHaveCount(0);
  });

  test("ranks every centre from a point clicked on the map", async ({ page }) => {
    await open(page);
    const map = page.getByRole("region", { name: "Kart over sentrene" });
    await expect(map.locator("path").first()).toBeAttached();
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: 20, y: box.height - 20 } });
    await expect(page.getByRole("heading", { level: 2, name: "Sentre nær punktet du valgte i kartet" })).toBeVisible();
    await expect(results(page)).toHaveCount(CENTRE_COUNT);
    const distances = await shownDistances(results(page));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  test("gives each centre on the map a marker that the keyboard reaches by the centre's name", async ({ page }) => {
    await open(page);
    const map = page.getByRole("region", { name: "Kart over sentrene" });
    // Over all of Norway the centres of Innlandet lie too close to tell apart: one group button zooms in on them.
    const group = map.getByRole("button", { name: /^\d+ sentre her: .*Nok\. Elverum.*Trykk for å zoome inn til dem\.$/ });
    await group.focus();
    await page.keyboard.press("Enter");
    await expect(map).toBeFocused();
    const marker = map.getByRole("button", { name: "Nok. Elverum", exact: true });
    await marker.focus();
    await expect(marker).toBeFocused();
    await expect(map.locator(".finder-marker--approximate").first()).toBeAttached();
    // Before a search, Enter takes the visitor to the centre in the list of all centres.
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: "Alle sentre, etter fylke" }).getByRole("link", { name: "Nok. Elverum" })).toBeFocused();
    // After one, to the centre in the results.
    await search(page, "Trysil");
    await expectServing(page, "Trysil", "Nok. Elverum");
    await marker.press("Enter");
    await expect(results(page).first().getByRole("link", { name: "Nok. Elverum" })).toBeFocused();
  });

  test("leaves every marker on the map at least 24 pixels with room around it, also where centres share a point", async ({ page }) => {
    await open(page);
    const map = page.getByRole("region", { name: "Kart over sentrene" });
    // Nok. Oslo and Dixi share Oslo's point; zoomed in, they stand side by side.
    await map.getByRole("button", { name: /sentre her: .*Nok\. Oslo/ }).press("Enter");
    await expect(map.getByRole("button", { name: "Nok. Oslo", exact: true })).toBeVisible();
    await expect(map.getByRole("button", { name: "Dixi Ressurssenter mot voldtekt", exact: true })).toBeVisible();
    const targets = await map
      .getByRole("button", { name: /^(?!Zoom )/ })
      .evaluateAll((markers) => markers.map((marker) => marker.getBoundingClientRect().toJSON() as DOMRect));
    expect(targets.length).toBeGreaterThan(3);
    for (const [i, a] of targets.entries()) {
      expect(Math.min(a.width, a.height)).toBeGreaterThanOrEqual(24);
      for (const b of targets.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `markers at ${a.x},${a.y} and ${b.x},${b.y} overlap`).toBe(true);
      }
    }
  });

  test("draws the map from the site's own files, with no tiles and no request to any other host", async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto("/finn-senter/", { waitUntil: "networkidle" });
    await expect(page.getByRole("region", { name: "Kart over sentrene" }).locator("path").first()).toBeAttached();
    await search(page, "2406");
    await expectServing(page, "Elverum", "Nok. Elverum");
    await expect(page.locator(".finder-map__searched-point")).toBeAttached();
    // No tiles: the map draws its own shapes and has no image at all.
    await expect(page.getByRole("region", { name: "Kart over sentrene" }).locator("img")).toHaveCount(0);
    expect(requests.every((url) => url.startsWith(baseURL!))).toBe(true);
    expect(requests.some((url) => url.endsWith("/data/fylker.geojson"))).toBe(true);
  });

  test("loads the place data only on the first search, and sends and keeps nothing typed", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto("/finn-senter/", { waitUntil: "networkidle" });
    const historyLength = await page.evaluate(() => history.length);
    expect(requests.filter((url) => url.endsWith("/data/steder.json"))).toEqual([]);

    await search(page, "Trysil");
    await expectServing(page, "Trysil", "Nok. Elverum");
    await search(page, "2406");
    await expectServing(page, "Elverum", "Nok. Elverum");
    expect(requests.filter((url) => url.endsWith("/data/steder.json"))).toHaveLength(1);
    expect(requests.filter((url) => /trysil|2406/i.test(url))).toEqual([]);
    expect(page.url()).toMatch(/\/finn-senter\/$/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await storageLeftBehind(page)).toEqual({ cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, serviceWorkers: 0 });
  });

  test("has no axe violation when empty, suggesting, choosing, showing a result or an error", async ({ page }) => {
    // Five full axe runs over a page with a map and forty centre cards.
    test.setTimeout(120_000);
    await open(page);
    await expect(page.getByRole("region", { name: "Kart over sentrene" })).toBeAttached();
    expect(await axeViolations(page), "empty").toEqual([]);

    await field(page).fill("Her");
    await expect(page.getByRole("listbox")).toBeVisible();
    await field(page).press("ArrowDown");
    expect(await axeViolations(page), "suggestions").toEqual([]);

    await search(page, "Os");
    await expect(page.getByRole("list", { name: /^Flere steder heter «Os»/ })).toBeVisible();
    expect(await axeViolations(page), "choice").toEqual([]);

    await search(page, "2406");
    await expect(results(page).first()).toBeVisible();
    expect(await axeViolations(page), "result").toEqual([]);

    await search(page, "0000");
    await expect(field(page)).toHaveAttribute("aria-invalid", "true");
    expect(await axeViolations(page), "error").toEqual([]);
  });

  test("fits a 320 px wide window (400% zoom) without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    await open(page);
    await search(page, "2406");
    await expect(results(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe("the centre finder without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("lists every centre by county, A–Å, and links to the municipalities", async ({ page }) => {
    await page.goto("/finn-senter/");
    await expect(field(page)).toHaveCount(0);
    const all = page.getByRole("region", { name: "Alle sentre, etter fylke" });
    await expect(all.getByRole("article")).toHaveCount(CENTRE_COUNT);
    const counties = await all.getByRole("heading", { level: 3 }).allTextContents();
    expect(counties).toEqual([...counties].sort(new Intl.Collator("nb").compare));
    expect(counties.at(-1)).toBe("Østfold");
    await expect(all.getByRole("link", { name: "Se hvilket senter hver kommune hører til" })).toHaveAttribute("href", "/kommuner/");
    await expect(page.getByText("Søket skjer bare på din enhet.")).toBeVisible();
  });
});
