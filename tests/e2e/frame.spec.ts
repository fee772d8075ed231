import { expect, test } from "../support/fixtures";

test.describe("the frame on every page", () => {
  test("offers the help-now numbers as links that call", async ({ page }) => {
    await page.goto("/personvern/");
    const footer = page.getByRole("contentinfo");
    const numbers: Array<[string, string]> = [
      ["112", "tel:112"],
      ["113", "tel:113"],
      ["116 117", "tel:116117"],
      ["116 006", "tel:116006"],
      ["116 111", "tel:116111"],
    ];
    for (const [number, tel] of numbers) {
      await expect(footer.getByRole("link", { name: new RegExp(`^Ring ${number}\\b`) })).toHaveAttribute("href", tel);
    }
    await expect(page.getByRole("banner").getByRole("link", { name: /Ring 112/ })).toHaveAttribute("href", "tel:112");
  });

  test("starts with a skip link to the main content", async ({ page }) => {
    await page.goto("/trygg-pa-nett/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Hopp til hovedinnholdet" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("prints without navigation or the exit control", async ({ page }) => {
    await page.goto("/akutt-hjelp/");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: /Forlat siden/ })).toBeHidden();
    await expect(page.getByRole("link", { name: "Hopp til hovedinnholdet" })).toBeHidden();
    await expect(page.getByRole("link", { name: /Forlat siden/ })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("answers an unknown address with a 404 page that keeps the frame", async ({ page, watch }) => {
    const response = await page.goto("/finnes-ikke/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fant ikke siden");
    await expect(page.getByRole("button", { name: "Nødutgang: Forlat siden" })).toBeVisible();
    await expect(page.getByRole("contentinfo").getByRole("link", { name: /^Ring 112/ })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Gå til forsiden" })).toHaveAttribute("href", "/");
    expect(watch.consoleErrors.splice(0).filter((error) => !error.includes("404"))).toEqual([]);
  });
});

test.describe("the script policy", () => {
  for (const [kind, pathname, policy] of [
    ["a static page", "/", /^script-src 'self'$/],
    ["an interactive page", "/finn-senter/", /^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/],
  ] as const) {
    test(`gives ${kind} a script policy that lets no other inline script run`, async ({ page, watch }) => {
      await page.goto(pathname);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toMatch(policy);
      const blocked = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            document.addEventListener("securitypolicyviolation", () => resolve(true), { once: true });
            const script = document.createElement("script");
            script.textContent = "window.__injected = true";
            document.body.append(script);
            setTimeout(() => resolve(false), 500);
          }),
      );
      expect(blocked).toBe(true);
      // The browser reports the blocked script as an error (once per policy that blocks it): the one this test asked for.
      const errors = watch.consoleErrors.splice(0);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(error).toContain("Content Security Policy");
    });
  }
});
