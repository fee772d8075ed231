/**
 * The home page's place search (issue 13, "A front page that works as a front door"): the finder's
 * own field and suggestions, answered on the home page with the centre for the place and its phone
 * number, by keyboard alone, with nothing typed kept anywhere; its code and data come only when the
 * field is first used; without JavaScript it is a link to the finder.
 */
import type { Page } from "@playwright/test";
import { axeViolations, expect, preloadAxe, storageLeftBehind, tabUntilFocused, test } from "../support/fixtures";

const homes = [
  {
    path: "/",
    field: "Finn senteret nær deg",
    finderHref: "/finn-senter/",
    heading: "Sentre for 2406 Elverum",
    serving: "Senteret for Elverum",
  },
  {
    path: "/en/",
    field: "Find the centre near you",
    finderHref: "/en/find-a-centre/",
    heading: "Centres for 2406 Elverum",
    serving: "The centre for Elverum",
  },
  {
    path: "/nn/",
    field: "Finn senteret nær deg",
    finderHref: "/nn/finn-senter/",
    heading: "Senter for 2406 Elverum",
    serving: "Senteret for Elverum",
  },
] as const;

type Home = (typeof homes)[number];

function field(page: Page, home: Home) {
  return page.getByRole("combobox", { name: home.field });
}

/** The answer: Nok. Elverum, named with its phone number, as the finder and the page for Elverum name it. */
async function expectElverum(page: Page, home: Home) {
  const answer = page.getByRole("region", { name: home.heading });
  await expect(answer).toBeVisible();
  await expect(answer).toContainText(home.serving);
  await expect(answer.getByRole("heading", { level: 3, name: "Nok. Elverum" })).toBeVisible();
  await expect(answer.getByRole("link", { name: /97 15 98 10/ })).toHaveAttribute("href", "tel:+4797159810");
}

for (const home of homes) {
  test.describe(`the place search on the home page ${home.path}`, () => {
    test("finds Nok. Elverum for 2406 by keyboard alone, and keeps nothing typed", async ({ page }) => {
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(home.path, { waitUntil: "networkidle" });
      const historyLength = await page.evaluate(() => history.length);

      await tabUntilFocused(page, field(page, home), 30);
      await page.keyboard.type("2406");
      const option = page.getByRole("option", { name: /2406 Elverum/ });
      await expect(option).toBeVisible();
      // Down makes the suggestion the active one while focus stays in the field; Enter chooses it.
      await page.keyboard.press("ArrowDown");
      await expect(option).toHaveAttribute("aria-selected", "true");
      await expect(field(page, home)).toBeFocused();
      await page.keyboard.press("Enter");
      await expectElverum(page, home);

      // On from the field, the answer's links come next, the phone number among them.
      await page.keyboard.press("Tab"); // the search button
      const reached: string[] = [];
      for (let presses = 0; presses < 4; presses++) {
        await page.keyboard.press("Tab");
        reached.push((await page.evaluate(() => document.activeElement?.getAttribute("href"))) ?? "");
      }
      expect(reached).toContain("tel:+4797159810");

      expect(page.url()).toMatch(new RegExp(`${home.path.replaceAll("/", "\\/")}$`));
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      expect(requests.filter((url) => /2406|elverum/i.test(url))).toEqual([]);
      expect(requests.every((url) => new URL(url).host === new URL(page.url()).host)).toBe(true);
      expect(await storageLeftBehind(page)).toEqual({ cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, serviceWorkers: 0 });
    });

    test("loads its code and data only when the field is first used", async ({ page }) => {
      const requests: string[] = [];
      page.on("request", (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(home.path, { waitUntil: "networkidle" });
      const before = requests.length;
      expect(requests.filter((pathname) => pathname.startsWith("/data/"))).toEqual([]);

      await field(page, home).focus();
      // React and the search arrive as chunks of their own, then the place data and the centres on the first keystroke.
      await expect.poll(() => requests.slice(before).filter((pathname) => pathname.endsWith(".js")).length).toBeGreaterThan(0);
      await field(page, home).fill("2406");
      await field(page, home).press("Enter");
      await expectElverum(page, home);
      expect(requests.filter((pathname) => pathname.startsWith("/data/")).sort()).toEqual(["/data/sentre.json", "/data/steder.json"]);
    });

    test("has no axe violations while suggesting and answering", async ({ page }) => {
      await preloadAxe(page);
      await page.goto(home.path);
      await field(page, home).fill("2406");
      await expect(page.getByRole("listbox")).toBeVisible();
      await field(page, home).press("ArrowDown");
      expect(await axeViolations(page), "suggestions").toEqual([]);

      await field(page, home).press("Enter");
      await expectElverum(page, home);
      expect(await axeViolations(page), "answer").toEqual([]);
    });
  });

  test.describe(`the home page ${home.path} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test("offers a link to the finder in the field's place", async ({ page }) => {
      await page.goto(home.path);
      await expect(page.getByRole("combobox")).toHaveCount(0);
      await expect(page.getByRole("main").getByRole("link", { name: home.field, exact: true })).toHaveAttribute("href", home.finderHref);
    });
  });
}

test("asks which Våler on the home page, and answers with the choice", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("combobox", { name: "Finn senteret nær deg" });
  await search.fill("Våler");
  await search.press("Escape");
  await page.getByRole("region", { name: "Finn et senter" }).getByRole("button", { name: "Søk", exact: true }).click();
  await page.getByRole("button", { name: /Våler.*Østfold/ }).click();
  await expect(page.getByRole("region", { name: "Sentre for Våler" })).toContainText("Senteret for Våler");
});
