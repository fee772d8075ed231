import type { Page } from "@playwright/test";
import { QUICK_EXIT_URL } from "../../lib/site/settings";
import { expect, test } from "../support/fixtures";

const EXIT_NAME = "Nødutgang: Forlat siden";

function exitButton(page: Page) {
  return page.getByRole("button", { name: EXIT_NAME });
}

/** The overlay that blanks the page while leaving, announced as an alert. */
function exitOverlay(page: Page) {
  return page.getByRole("alert").filter({ hasText: "Laster." });
}

/** The quick exit's polite announcements: a visually hidden status beside the button. */
function exitStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: /Shift|Rask utgang/ });
}

async function expectLeft(page: Page) {
  await page.waitForURL(QUICK_EXIT_URL);
  await expect(page).toHaveTitle("yr");
}

async function pressShift(page: Page, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press("Shift");
}

// The same script serves both kinds of page: a static one, and one where React runs too.
for (const pathname of ["/akutt-hjelp/", "/finn-senter/"]) {
  test.describe(`Forlat siden on ${pathname}`, () => {
    // The phone-sized run covers layout and touch, which the script does not change: once is enough.
    test.skip(({ isMobile }) => isMobile && pathname === "/finn-senter/", "the page where React runs is covered on the desktop project");

    test("is a prominent button whose name says it is an emergency exit", async ({ page }) => {
      await page.goto(pathname);
      await expect(exitButton(page)).toBeVisible();
      await expect(exitButton(page)).toHaveAttribute("href", QUICK_EXIT_URL);
      await expect(exitButton(page)).toHaveAttribute("rel", /noreferrer/);
    });

    test("blanks the page and leaves in the same tab when clicked", async ({ page }) => {
      await page.goto(pathname);
      // A 204 answer leaves the browser on the current page, so the blanked state stays to be seen.
      await page.route(QUICK_EXIT_URL, (route) => route.fulfill({ status: 204 }));
      const leaving = page.waitForRequest(QUICK_EXIT_URL);
      await exitButton(page).click();
      const request = await leaving;
      expect(request.isNavigationRequest()).toBe(true);
      expect(request.frame()).toBe(page.mainFrame());
      await expect(exitOverlay(page)).toHaveText("Laster.");
      await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
      await expect(exitButton(page)).toBeHidden();
      expect(page.context().pages()).toHaveLength(1);
    });

    test("works from the keyboard: the second Tab reaches the skip-link exit", async ({ page }) => {
      await page.goto(pathname);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      const focused = page.locator(":focus");
      await expect(focused).toHaveAttribute("data-quick-exit", "");
      await expect(focused).toHaveAccessibleName(EXIT_NAME);
      await expect(focused).toBeInViewport();
      await page.keyboard.press("Enter");
      await expectLeft(page);
    });

    test("answers Space like a button", async ({ page }) => {
      await page.goto(pathname);
      await exitButton(page).focus();
      await page.keyboard.press("Space");
      await expectLeft(page);
    });

    test("leaves after Shift pressed three times, announcing the count politely", async ({ page }) => {
      await page.goto(pathname);
      const status = exitStatus(page);
      await pressShift(page, 1);
      await expect(status).toHaveText("Shift, trykk 2 ganger til for å forlate siden.");
      await pressShift(page, 1);
      await expect(status).toHaveText("Shift, trykk 1 gang til for å forlate siden.");
      await pressShift(page, 1);
      await expectLeft(page);
    });

    test("resets the count when another key comes between", async ({ page }) => {
      await page.goto(pathname);
      await pressShift(page, 2);
      await page.keyboard.press("a");
      await expect(exitStatus(page)).toHaveText("Rask utgang avbrutt.");
      await pressShift(page, 1);
      await page.waitForTimeout(300);
      expect(page.url()).not.toBe(QUICK_EXIT_URL);
    });

    test("does not count a Shift used to type a capital letter", async ({ page }) => {
      await page.goto(pathname);
      for (let i = 0; i < 3; i++) {
        await page.keyboard.down("Shift");
        await page.keyboard.press("A");
        await page.keyboard.up("Shift");
      }
      await page.waitForTimeout(300);
      expect(page.url()).not.toBe(QUICK_EXIT_URL);
    });

    test("forgets the presses after five seconds without one", async ({ page }) => {
      await page.clock.install();
      await page.goto(pathname);
      await pressShift(page, 2);
      await page.clock.runFor(5_100);
      await expect(exitStatus(page)).toHaveText("Rask utgang avbrutt.");
      await pressShift(page, 1);
      await expect(exitStatus(page)).toHaveText("Shift, trykk 2 ganger til for å forlate siden.");
      expect(page.url()).not.toBe(QUICK_EXIT_URL);
    });

    test("gives back a usable page when the visitor comes back", async ({ page }) => {
      await page.goto(pathname);
      await exitButton(page).click();
      await expectLeft(page);
      await page.goBack();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(exitOverlay(page)).toHaveCount(0);
      await expect(exitButton(page)).toBeVisible();
    });

    test("restores the page on pageshow, as after Back from the back/forward cache", async ({ page }) => {
      await page.goto(pathname);
      await page.route(QUICK_EXIT_URL, (route) => route.fulfill({ status: 204 }));
      await exitButton(page).click();
      const overlay = exitOverlay(page);
      await expect(overlay).toBeAttached();
      await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
      await expect(overlay).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });

    test("is a plain link without JavaScript", async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      await context.route(QUICK_EXIT_URL, (route) => route.fulfill({ contentType: "text/html", body: "<title>yr</title>" }));
      const page = await context.newPage();
      await page.goto(pathname);
      await exitButton(page).click();
      await expectLeft(page);
      await context.close();
    });
  });
}

/**
 * Scrolls through the page and lists the main heading, paragraphs and list items that the exit
 * button overlaps at any point. Runs in the page, so that layout is read synchronously.
 */
async function coveredText(page: Page) {
  return exitButton(page).evaluate((button) => {
    const texts = [...document.querySelectorAll("main h1, main p, main li")];
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom;
    const covered = new Set<string>();
    const step = Math.max(20, Math.floor(window.innerHeight / 4));
    for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      const box = button.getBoundingClientRect();
      for (const text of texts) {
        if (overlaps(box, text.getBoundingClientRect())) covered.add(text.textContent.slice(0, 40));
      }
    }
    return [...covered];
  });
}

test.describe("Forlat siden at 400% zoom", () => {
  // A 1280 x 720 window at 400% zoom lays the page out in 320 x 180 CSS pixels.
  test.use({ viewport: { width: 320, height: 180 }, deviceScaleFactor: 4, isMobile: false, hasTouch: false });

  test("never covers the main heading or the body text", async ({ page }) => {
    await page.goto("/akutt-hjelp/");
    expect(await coveredText(page)).toEqual([]);
  });
});

test.describe("Forlat siden on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false });

  test("stays in view while reading, beside the text rather than over it", async ({ page }) => {
    await page.goto("/akutt-hjelp/");
    expect(await coveredText(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(exitButton(page)).toBeInViewport();
  });
});
