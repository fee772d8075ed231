import { QUICK_EXIT_URL } from "../../lib/site/settings";
import { expect, test } from "../support/fixtures";

test.describe("the language switch without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is a plain link to the counterpart", async ({ page }) => {
    await page.goto("/parorende/");
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en/relatives/");
  });
});

test.describe("English", () => {
  test("the language switch round-trips between a page and its English counterpart", async ({ page }) => {
    await page.goto("/til-deg-som-er-utsatt/");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/if-you-were-abused\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: "Bokmål" }).click();
    await expect(page).toHaveURL(/\/til-deg-som-er-utsatt\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  });

  test("round-trips on a centre page, and leads to the English home page where there is no English page", async ({ page }) => {
    await page.goto("/sentre/nok-elverum/");
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en/centres/nok-elverum/");
    await page.goto("/kommuner/trysil/");
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en/");
    // And on a page where React runs.
    await page.goto("/finn-senter/");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/find-a-centre\/$/);
  });

  test("declares both languages as hreflang alternates", async ({ page }) => {
    await page.goto("/en/relatives/");
    await expect(page.locator('link[rel="alternate"][hreflang="nb"]')).toHaveAttribute("href", /\/parorende\/$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/relatives\/$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/relatives\/$/);
  });

  test("keeps the safety frame: Leave this page, and the numbers that call", async ({ page }) => {
    await page.goto("/en/");
    await expect(page.getByRole("button", { name: "Emergency exit: Leave this page" })).toHaveAttribute("href", QUICK_EXIT_URL);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: /^Call 112\b/ })).toHaveAttribute("href", "tel:112");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: /^Call 116 006\b/ })).toHaveAttribute("href", "tel:116006");
  });

  test("the English finder ranks Nok. Elverum first for 2406, with English labels", async ({ page }) => {
    await page.goto("/en/find-a-centre/");
    const field = page.getByRole("combobox", { name: "Postcode, place or municipality" });
    await field.fill("2406");
    await field.press("Enter");
    const first = page.getByRole("region", { name: "Centres for 2406 Elverum" }).getByRole("listitem").first();
    await expect(first).toContainText("The centre for Elverum");
    await expect(first.getByRole("link", { name: "Nok. Elverum" })).toHaveAttribute("href", "/en/centres/nok-elverum/");
    await expect(first).toContainText("Elverum municipality has an agreement with this centre.");
  });
});

test.describe("site search", () => {
  test("finds the relatives' page for «pårørende», in the browser, with the count announced", async ({ page }) => {
    await page.goto("/sok/");
    const historyBefore = await page.evaluate(() => history.length);
    const field = page.getByRole("main").getByRole("searchbox", { name: "Søk på nettstedet" });
    await field.fill("pårørende");
    await field.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^\d+ treff for «pårørende»/);
    await expect(page.getByRole("region", { name: "Treff" }).getByRole("link", { name: "Pårørende", exact: true })).toHaveAttribute(
      "href",
      "/parorende/",
    );
    await expect(page).toHaveURL(/\/sok\/$/);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  });

  test("finds the English relatives' page for «relatives» from the header field, and only English pages", async ({ page }) => {
    await page.goto("/en/help-now/");
    await page.getByRole("banner").getByRole("searchbox", { name: "Search the site" }).fill("relatives");
    await page.getByRole("banner").getByRole("button", { name: "Search" }).press("Enter");
    await expect(page).toHaveURL(/\/en\/search\/$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^\d+ results for “relatives”/);
    const hits = page.getByRole("region", { name: "Results" }).getByRole("link");
    await expect(hits.first()).toHaveAttribute("href", "/en/relatives/");
    for (const href of await hits.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) expect(href).toMatch(/^\/en\//);
  });

  test("the header field hands its query over from a page where React runs, and on the search page itself, leaving nothing behind", async ({
    page,
  }) => {
    await page.goto("/finn-senter/");
    const header = page.getByRole("banner");
    const historyBefore = await page.evaluate(() => history.length);
    await header.getByRole("searchbox", { name: "Søk på nettstedet" }).fill("taushetsplikt");
    await header.getByRole("searchbox", { name: "Søk på nettstedet" }).press("Enter");
    await expect(page).toHaveURL(/\/sok\/$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^\d+ treff for «taushetsplikt»/);
    await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue("taushetsplikt");
    // One new history entry, for the search page itself; the query is in neither it nor the tab's name.
    expect(await page.evaluate(() => [history.length, window.name])).toEqual([historyBefore + 1, ""]);
    await header.getByRole("searchbox", { name: "Søk på nettstedet" }).fill("pårørende");
    await header.getByRole("searchbox", { name: "Søk på nettstedet" }).press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^\d+ treff for «pårørende»/);
    await expect(header.getByRole("searchbox")).toHaveValue("");
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    await page.goBack();
    await expect(page).toHaveURL(/\/finn-senter\/$/);
    await expect(header.getByRole("searchbox")).toHaveValue("");
  });

  test("without JavaScript, the header field opens the search page and puts nothing typed in the address", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/akutt-hjelp/");
    await page.getByRole("banner").getByRole("searchbox", { name: "Søk på nettstedet" }).fill("hemmelig");
    await page.getByRole("banner").getByRole("button", { name: "Søk" }).click();
    await expect(page).toHaveURL(/\/sok\/\??$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Søk");
    await context.close();
  });

  test("says so when nothing matches, and asks for words when the field is empty", async ({ page }) => {
    await page.goto("/sok/");
    const field = page.getByRole("main").getByRole("searchbox");
    await field.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Skriv hva du leter etter.");
    await field.fill("xyzzyqq");
    await field.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "Ingen treff for «xyzzyqq». Prøv et annet ord, eller sjekk skrivemåten.",
    );
  });
});
