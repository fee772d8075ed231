/**
 * The header's "Meny": on a phone the main menu and the site search wait behind a disclosure, so
 * that a page's own help starts high on the screen; on a wider screen they are always in view.
 */
import type { Page } from "@playwright/test";
import { axeViolations, expect, preloadAxe, tabUntilFocused, test } from "../support/fixtures";

const PHONE = { width: 375, height: 667 };

const languages = [
  { path: "/", menu: "Meny", mainNav: "Hovedmeny", firstItem: "Til deg som er utsatt", search: "Søk på nettstedet" },
  { path: "/nn/", menu: "Meny", mainNav: "Hovudmeny", firstItem: "Til deg som er utsett", search: "Søk på nettstaden" },
  { path: "/en/", menu: "Menu", mainNav: "Main menu", firstItem: "If you have been abused", search: "Search the site" },
] as const;

/** A node as Chromium's accessibility tree gives it to a screen reader: its role, and whether it is expanded. */
async function accessibleNode(page: Page, name: string) {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send("Accessibility.getFullAXTree")) as {
    nodes: {
      role?: { value: string };
      name?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
      ignored: boolean;
    }[];
  };
  await session.detach();
  const node = nodes.find((candidate) => !candidate.ignored && candidate.name?.value === name && candidate.role?.value !== "StaticText");
  return node && { role: node.role?.value, expanded: node.properties?.find((property) => property.name === "expanded")?.value.value };
}

function summary(page: Page, name: string) {
  return page.locator("header summary", { hasText: name });
}

for (const language of languages) {
  test.describe(`the header of ${language.path} on a 375 × 667 phone`, () => {
    test.use({ viewport: PHONE });

    test(`keeps the menu and the search behind "${language.menu}", a disclosure that the keyboard opens and Escape closes`, async ({
      page,
    }) => {
      await page.goto(language.path);
      const nav = page.getByRole("navigation", { name: language.mainNav });
      await expect(nav).toBeHidden();
      await expect(page.getByRole("searchbox", { name: language.search })).toBeHidden();
      expect(await accessibleNode(page, language.menu)).toEqual({ role: "DisclosureTriangle", expanded: false });

      await tabUntilFocused(page, summary(page, language.menu), 12);
      await page.keyboard.press("Enter");
      await expect(nav).toBeVisible();
      expect(await accessibleNode(page, language.menu)).toEqual({ role: "DisclosureTriangle", expanded: true });
      await page.keyboard.press("Tab");
      await expect(nav.getByRole("link", { name: language.firstItem })).toBeFocused();

      await page.keyboard.press("Escape");
      await expect(nav).toBeHidden();
      await expect(summary(page, language.menu)).toBeFocused();
    });
  });
}

test.describe("the header on a phone", () => {
  test.use({ viewport: PHONE });

  test("has no axe violations with the menu open", async ({ page }) => {
    await preloadAxe(page);
    await page.goto("/");
    await summary(page, "Meny").click();
    await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("searches the site from the open menu", async ({ page }) => {
    await page.goto("/");
    await summary(page, "Meny").click();
    await page.getByRole("searchbox", { name: "Søk på nettstedet" }).fill("overgrep");
    await page.getByRole("searchbox", { name: "Søk på nettstedet" }).press("Enter");
    await expect(page).toHaveURL(/\/sok\/$/);
    await expect(page.getByRole("main").getByRole("searchbox", { name: "Søk på nettstedet" })).toHaveValue("overgrep");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test('opens "Meny" all the same', async ({ page }) => {
      await page.goto("/");
      await summary(page, "Meny").click();
      await expect(page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Pårørende" })).toBeVisible();
    });
  });
});

test.describe("the header at 400% zoom (320 px wide)", () => {
  test.use({ viewport: { width: 320, height: 256 } });

  test("fits without sideways scrolling, with the menu open", async ({ page }) => {
    await page.goto("/en/");
    await summary(page, "Menu").click();
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe("the header on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
      test.use({ javaScriptEnabled });

      test('shows the menu and the search at once, without "Meny"', async ({ page }) => {
        await page.goto("/");
        await expect(summary(page, "Meny")).toBeHidden();
        await expect(page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Pårørende" })).toBeVisible();
        await expect(page.getByRole("searchbox", { name: "Søk på nettstedet" })).toBeVisible();
        // Shown inside a closed <details>, the menu must still reach a screen reader.
        expect(await accessibleNode(page, "Hovedmeny")).toEqual({ role: "navigation", expanded: undefined });
      });
    });
  }
});
