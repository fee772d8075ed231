import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { editorSettings } from "../../lib/cms/settings";
import { parseMarkdownFile } from "../../lib/cms/markdown-file";
import { readRegistryFiles, registryContext } from "../../lib/registry/load";
import { validateRegistry } from "../../lib/registry/validate";
import { type DecapServer, removeRepository, startDecapServer, temporaryRepository } from "../../scripts/editor/backend";
import { expect, test } from "../support/fixtures";

/**
 * The editor at /admin/ (Decap CMS) against decap-server in git mode, on a throwaway copy of the
 * repository: the same review workflow as production, where every change is a branch until it
 * is published. One copy and one server for the whole file, so its tests run in order.
 */

const proxyUrl = new URL(editorSettings(process.env).localProxyUrl);
const MALFORMED_PHONE_MESSAGE = "Telefonnummer: Skriv åtte sifre med mellomrom, slik: 12 34 56 78, 123 45 678 eller 800 12 345.";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let repo: string;
let server: DecapServer;

test.beforeAll(async () => {
  repo = await temporaryRepository();
  server = await startDecapServer({ repo, port: Number(proxyUrl.port), mode: "git" });
});

test.afterAll(async () => {
  await server?.stop();
  if (repo) await removeRepository(repo);
});

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: repo, encoding: "utf8" });
}

function inRepo(file: string): string {
  return readFileSync(path.join(repo, file), "utf8");
}

/** Lines that differ between two versions of a file, as [before, after] pairs (same line count). */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [[line, b[index]!] as [string, string]]));
}

/** Decap asks decap-server whether an opened entry has unpublished changes; "none" is a 404, which Chromium logs as an error. */
const expectedNotFound = new WeakMap<Page, number>();

test.beforeEach(async ({ page }) => {
  // decap-server runs on this machine: let the editor reach it (the watch fixture stops every other host).
  await page.context().route(
    (url) => url.origin === proxyUrl.origin,
    (route) => route.continue(),
  );
  expectedNotFound.set(page, 0);
  page.on("response", (response) => {
    const action = response.url().startsWith(proxyUrl.origin)
      ? (response.request().postDataJSON() as { action?: string } | null)?.action
      : undefined;
    if (response.status() === 404 && action === "unpublishedEntry") expectedNotFound.set(page, (expectedNotFound.get(page) ?? 0) + 1);
  });
  page.on("dialog", (dialog) => dialog.accept());
});

test.afterEach(({ page, watch }) => {
  for (let count = expectedNotFound.get(page) ?? 0; count > 0; count--) {
    const index = watch.consoleErrors.findIndex((error) => error.includes("status of 404"));
    if (index >= 0) watch.consoleErrors.splice(index, 1);
  }
});

async function signIn(page: Page) {
  await page.goto("/admin/");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { name: "Samlinger" })).toBeVisible();
}

async function openEntry(page: Page, collection: string, entry: string) {
  await page.getByRole("link", { name: collection, exact: true }).click();
  await page.getByRole("link", { name: entry, exact: true }).click();
}

/** A form field by its label; Decap marks each field's box with the widget's name ("string field"). */
function field(page: Page | Locator, label: string): Locator {
  return page
    .locator('[aria-label$=" field"]')
    .filter({ has: page.locator("label", { hasText: new RegExp(`^${label}( \\(valgfritt\\))?$`) }) });
}

async function save(page: Page) {
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.getByText("Endringer lagret")).toBeVisible();
}

/** Marks the saved change ready and publishes it, as a reviewer does. */
async function publish(page: Page) {
  await page.getByRole("button", { name: /^Status: / }).click();
  await page.getByRole("menuitem", { name: "Klar" }).click();
  await expect(page.getByRole("button", { name: "Status: Klar" })).toBeVisible();
  await page.getByRole("button", { name: "Publiser", exact: true }).click();
  await page.getByRole("menuitem", { name: "Publiser nå" }).click();
  await expect(page.getByRole("button", { name: "Publisert", exact: true })).toBeVisible();
}

test("a centre's phone hours change in exactly one line, reviewed on a branch, then published", async ({ page }) => {
  const file = "content/centres/nok-gjovik.json";
  const before = inRepo(file);
  await signIn(page);
  await openEntry(page, "Sentre", "Nok. Gjøvik");
  await field(page, "Telefontid").getByLabel("Bokmål").fill("Mandag–fredag 08.00–16.00");
  await save(page);

  // Saved for review: a branch of its own, and the published file untouched.
  const branch = "cms/sentre/nok-gjovik";
  expect(git("branch", "--list", branch)).toContain(branch);
  expect(changedLines(before, git("show", `${branch}:${file}`))).toEqual([
    ['    "nb": "Mandag–fredag 08.00–15.30",', '    "nb": "Mandag–fredag 08.00–16.00",'],
  ]);
  expect(inRepo(file)).toBe(before);

  await publish(page);
  const after = inRepo(file);
  expect(changedLines(before, after)).toEqual([['    "nb": "Mandag–fredag 08.00–15.30",', '    "nb": "Mandag–fredag 08.00–16.00",']]);
  // The build's own check accepts the published registry.
  const { records } = validateRegistry(readRegistryFiles(path.join(repo, "content", "centres")), registryContext());
  expect(records.find((record) => record.id === "nok-gjovik")?.phoneHours?.nb).toBe("Mandag–fredag 08.00–16.00");
});

test("a malformed phone number is refused before saving, with the reason in Norwegian", async ({ page, watch }) => {
  await signIn(page);
  await openEntry(page, "Sentre", "Nok. Hamar");
  const phone = field(page, "Telefonnummer");
  await phone.getByRole("textbox").fill("12 34");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(phone.getByText(MALFORMED_PHONE_MESSAGE)).toBeVisible();
  await expect(page.getByText("Ulagrede endringer")).toBeVisible();
  expect(git("branch", "--list", "cms/*")).not.toContain("nok-hamar");
  // Decap refuses the save by rejecting a promise with no reason, which the browser reports as an uncaught error.
  await expect.poll(() => watch.consoleErrors).toContain("undefined");
  watch.consoleErrors.splice(watch.consoleErrors.indexOf("undefined"), 1);
});

test("editing a page's body leaves its frontmatter byte for byte as it was", async ({ page }) => {
  const file = "content/nb/parorende/du-kan-komme-alene.md";
  const before = inRepo(file);
  await signIn(page);
  await openEntry(page, "Pårørende (norsk bokmål)", "Du kan komme alene");
  const edited = `${parseMarkdownFile(before).body.trimEnd()}\n\nDu bestemmer selv hvor mye du vil fortelle.\n`;
  await field(page, "Tekst").getByRole("textbox").fill(edited);
  await save(page);

  const saved = git("show", `cms/sider-nb-parorende/du-kan-komme-alene:${file}`);
  const frontmatterOf = (text: string) => text.slice(0, text.indexOf("\n---\n") + 5);
  expect(frontmatterOf(saved)).toBe(frontmatterOf(before));
  expect(parseMarkdownFile(saved).body).toBe(edited);
});

test("a page added to Pårørende is listed on the section's landing page after a build", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Pårørende (norsk bokmål)", exact: true }).click();
  await page.getByRole("link", { name: /side$/ }).click();
  await field(page, "Tittel").getByRole("textbox").fill("Når du er bekymret for noen");
  await field(page, "Beskrivelse")
    .getByRole("textbox")
    .fill("Hva du kan gjøre når du tror at noen du kjenner, har vært utsatt for seksuelle overgrep, og hvor du kan få råd.");
  await field(page, "Sist oppdatert").locator("input").fill("2026-11-01");
  const sources = field(page, "Kilder");
  await sources.getByRole("button", { name: "Legg til kilde" }).click();
  await sources.getByRole("textbox").last().fill("001_f3ef791919aa1c90.txt");
  await field(page, "Tekst").getByRole("textbox").fill("Du kan ringe et senter og få råd, også før du vet sikkert hva som har skjedd.");
  await save(page);
  await publish(page);

  const file = "content/nb/parorende/nar-du-er-bekymret-for-noen.md";
  expect(parseMarkdownFile(inRepo(file)).frontmatter).toEqual({
    title: "Når du er bekymret for noen",
    description: "Hva du kan gjøre når du tror at noen du kjenner, har vært utsatt for seksuelle overgrep, og hvor du kan få råd.",
    updated: "2026-11-01",
    sources: ["001_f3ef791919aa1c90.txt"],
  });
  // The landing page as the build renders it, from the published content.
  const landing = execFileSync(path.join(repo, "node_modules", ".bin", "tsx"), ["tests/support/render-page.tsx", "nb", "parorende"], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  expect(landing).toContain(
    '<a href="/parorende/nar-du-er-bekymret-for-noen/" class="section-pages__link">Når du er bekymret for noen</a>',
  );
});

test("/admin/ talks to no host but the site and decap-server, and is kept out of the public site", async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on("request", (request) => origins.add(new URL(request.url()).origin));
  await signIn(page);
  await openEntry(page, "Hjelpetelefoner", "Nasjonale hjelpetelefoner");
  await expect(field(page, "Linjer").getByText("800 57 000", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: /Skriver i samlingen Hjelpetelefoner/ }).click();
  await openEntry(page, "Sentre", "Nok. Elverum");
  await expect(field(page, "Telefonnummer").getByRole("textbox")).toHaveValue("97 15 98 10");
  expect([...origins].sort()).toEqual([new URL(baseURL!).origin, proxyUrl.origin].sort());

  const response = await page.request.get("/admin/");
  expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  const policy = response.headers()["content-security-policy"]!;
  expect(policy).toContain(`connect-src 'self' https://gitlab.com ${proxyUrl.origin}`);
  expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex, nofollow");
  expect(await (await page.request.get("/robots.txt")).text()).toContain("Disallow: /admin/");
  expect(await (await page.request.get("/sitemap.xml")).text()).not.toContain("/admin");
});
