/**
 * Pictures of the editor for the README, taken by `npm run screenshots` against decap-server on a
 * throwaway copy of the repository (git mode, so the review board has something on it).
 */
import type { Browser, Page } from "@playwright/test";
import { editorSettings } from "../../lib/cms/settings";
import { EDITOR_PATH } from "../../lib/security/headers";
import { removeRepository, startDecapServer, temporaryRepository } from "./backend";

async function shoot(page: Page, stem: string) {
  const file = `docs/screenshots/${stem}.png`;
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}

function field(page: Page, label: string) {
  return page
    .locator('[aria-label$=" field"]')
    .filter({ has: page.locator("label", { hasText: new RegExp(`^${label}( \\(valgfritt\\))?$`) }) });
}

export async function editorScreenshots(browser: Browser, siteUrl: string) {
  const repo = await temporaryRepository();
  const proxy = await startDecapServer({ repo, port: Number(new URL(editorSettings(process.env).localProxyUrl).port), mode: "git" });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("dialog", (dialog) => dialog.accept());
  try {
    await page.goto(`${siteUrl}${EDITOR_PATH}`);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.getByRole("link", { name: "Nok. Gjøvik", exact: true }).waitFor();
    await shoot(page, "redigering-sentre");

    await page.getByRole("link", { name: "Nok. Gjøvik", exact: true }).click();
    const phone = field(page, "Telefonnummer");
    await phone.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, -120);
    await shoot(page, "redigering-senter");

    await phone.getByRole("textbox").fill("61 17 14");
    await page.getByRole("button", { name: "Lagre", exact: true }).click();
    await phone.getByText(/^Telefonnummer: Skriv åtte sifre/).waitFor();
    await shoot(page, "redigering-feil-telefonnummer");

    // Decap's text fields keep the cursor where it was: empty the field before writing the number anew.
    await phone.getByRole("textbox").clear();
    await phone.getByRole("textbox").fill("61 17 14 00");
    await field(page, "Telefontid").getByLabel("Bokmål").fill("Mandag–fredag 08.00–16.00");
    await page.getByRole("button", { name: "Lagre", exact: true }).click();
    await page.getByText("Endringer lagret").waitFor();
    await page.getByRole("button", { name: /^Status: / }).click();
    await page.getByRole("menuitem", { name: "Til godkjenning" }).click();
    await page.getByRole("button", { name: "Status: Til godkjenning" }).waitFor();
    await page.goto(`${siteUrl}${EDITOR_PATH}#/workflow`);
    await page.getByText("Nok. Gjøvik").first().waitFor();
    // Let the notices of the save fade first.
    await page.getByText("Innleggsstatus oppdatert").waitFor({ state: "detached" });
    await shoot(page, "redigering-arbeidsflyt");

    await page.goto(`${siteUrl}${EDITOR_PATH}#/collections/sider-nb-parorende/entries/du-kan-komme-alene`);
    await field(page, "Tekst").waitFor();
    await field(page, "Tekst").scrollIntoViewIfNeeded();
    await shoot(page, "redigering-side");
  } finally {
    await page.close();
    await proxy.stop();
    await removeRepository(repo);
  }
}
