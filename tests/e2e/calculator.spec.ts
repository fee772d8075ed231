import type { Page } from "@playwright/test";
import { axeViolations, expect, tabUntilFocused, test } from "../support/fixtures";

const PAGE = "/for-kommuner/finansiering/";
const LABEL = "Kommunens tilskudd per år, i kroner";

/** The calculator's field; it appears once React has hydrated the page. */
function amountField(page: Page) {
  return page.getByRole("textbox", { name: LABEL });
}

/** The result region, read as a screen reader would hear it. */
async function announced(page: Page) {
  const text = await page.getByRole("region", { name: "Regn ut hva kommunen kan utløse" }).locator("[aria-live=polite]").innerText();
  return text.replace(/\s+/g, " ").trim();
}

test.describe("the municipal financing calculator", () => {
  test("shows the state grant and the total for a Norwegian amount", async ({ page }) => {
    await page.goto(PAGE);
    await amountField(page).fill("250 000,50");
    await page.getByRole("button", { name: "Regn ut" }).click();
    await expect
      .poll(() => announced(page))
      .toBe("Fra kommunen 250 000,50 kr Fra staten, inntil 1 000 002 kr Til sammen, inntil 1 250 002,50 kr");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("explains bad input next to the field, and keeps no stale result", async ({ page }) => {
    await page.goto(PAGE);
    await amountField(page).fill("100000");
    await amountField(page).press("Enter");
    await expect.poll(() => announced(page)).toContain("500 000 kr");

    await amountField(page).fill("tohundre tusen");
    await page.getByRole("button", { name: "Regn ut" }).click();
    const error = "Feil: Skriv beløpet med siffer, for eksempel 250 000 eller 250 000,50.";
    await expect(amountField(page)).toHaveAccessibleDescription(`For eksempel 250 000 eller 250 000,50 ${error}`);
    await expect(amountField(page)).toHaveAttribute("aria-invalid", "true");
    await expect(amountField(page)).toBeFocused();
    expect(await announced(page)).toBe("");
    expect(await axeViolations(page)).toEqual([]);

    await amountField(page).fill("");
    await amountField(page).press("Enter");
    await expect(amountField(page)).toHaveAccessibleDescription(/Skriv inn et beløp i kroner/);
  });

  test("works with the keyboard alone", async ({ page }) => {
    await page.goto(PAGE);
    await expect(amountField(page)).toBeVisible();
    await tabUntilFocused(page, amountField(page));
    await page.keyboard.type("kr 50 000");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Regn ut" })).toBeFocused();
    await page.keyboard.press("Space");
    await expect.poll(() => announced(page)).toBe("Fra kommunen 50 000 kr Fra staten, inntil 200 000 kr Til sammen, inntil 250 000 kr");
  });

  test("shows a table of worked examples with JavaScript disabled", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(page.getByRole("textbox")).toHaveCount(0);
    const table = page.getByRole("table", { name: "Eksempler i kroner: hva kommunens tilskudd kan utløse fra staten" });
    await expect(table.getByRole("columnheader")).toHaveText(["Fra kommunen", "Fra staten, inntil", "Til sammen, inntil"]);
    await expect(table.getByRole("rowheader")).toHaveText(["50 000", "100 000", "250 000", "500 000"]);
    await expect(table.getByRole("row").nth(3).getByRole("cell")).toHaveText(["1 000 000", "1 250 000"]);
    await context.close();
  });

  test("gives the worked examples no accessibility violations", async ({ page }) => {
    // axe needs JavaScript, so serve the page without its own scripts instead: it renders as it
    // does with JavaScript off, and nothing hydrates.
    await page.route(PAGE, async (route) => {
      const response = await route.fetch();
      const withoutScripts = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
      await route.fulfill({ response, body: withoutScripts });
    });
    await page.goto(PAGE);
    await expect(page.getByRole("table")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
