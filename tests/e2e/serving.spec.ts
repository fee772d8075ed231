/**
 * What a server of the built site must send. Runs twice: against `npm start` (the desktop project)
 * and against nginx with deploy/nginx.conf's server blocks (the nginx project).
 */
import { readdirSync } from "node:fs";
import { interactivePagePaths } from "../../lib/islands/built-pages";
import { expect, test } from "../support/fixtures";

const interactivePages = interactivePagePaths("out");
const firstFile = (folder: string, pattern: RegExp) => {
  const name = readdirSync(`out/${folder}`).find((file) => pattern.test(file));
  if (!name) throw new Error(`out/${folder} has no file like ${pattern}: build first`);
  return `/${folder}/${name}`;
};

test.describe("the security headers", () => {
  for (const pathname of ["/", "/akutt-hjelp/", "/sitemap.xml", "/finnes-ikke/", ...interactivePages]) {
    test(`are sent with ${pathname}`, async ({ request }) => {
      const headers = (await request.get(pathname)).headers();
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).not.toMatch(/https?:\/\//);
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
      expect(headers["permissions-policy"]).toContain("geolocation=(self)");
      expect(headers["set-cookie"]).toBeUndefined();
    });
  }

  test("give static pages scripts from the site's own files only, and interactive pages their inline scripts", async ({ request }) => {
    expect(interactivePages).toEqual(expect.arrayContaining(["/sok/", "/for-kommuner/finansiering/", "/en/search/"]));
    for (const pathname of ["/", "/akutt-hjelp/", "/kommuner/", "/kommuner/trysil/", "/sentre/nok-elverum/plakat/", "/finnes-ikke/"]) {
      expect((await request.get(pathname)).headers()["content-security-policy"], pathname).toContain("; script-src 'self'; ");
    }
    for (const pathname of interactivePages) {
      expect((await request.get(pathname)).headers()["content-security-policy"], pathname).toContain(
        "; script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'; ",
      );
    }
  });

  test("let Pagefind's worker compile its index", async ({ request }) => {
    expect((await request.get("/pagefind/pagefind-worker.js")).headers()["content-security-policy"]).toContain(
      "; script-src 'self' 'wasm-unsafe-eval'; ",
    );
  });
});

test.describe("caching", () => {
  const immutable = "public, max-age=31536000, immutable";

  test("keeps every content-hashed file for a year, Pagefind's included", async ({ request }) => {
    for (const pathname of [
      firstFile("_next/static/chunks", /\.js$/),
      firstFile("_next/static/chunks", /\.css$/),
      firstFile("islands", /^quick-exit-.*\.js$/),
      firstFile("pagefind/fragment", /\.pf_fragment$/),
      firstFile("pagefind/index", /\.pf_index$/),
      firstFile("pagefind", /\.pf_meta$/),
    ]) {
      const response = await request.get(pathname);
      expect(response.status(), pathname).toBe(200);
      expect(response.headers()["cache-control"], pathname).toBe(immutable);
    }
  });

  test("revalidates pages and the files that keep their names, with an ETag that answers 304", async ({ request }) => {
    for (const pathname of ["/akutt-hjelp/", "/pagefind/pagefind.js", "/data/steder.json"]) {
      const response = await request.get(pathname);
      expect(response.headers()["cache-control"], pathname).toBe("no-cache");
      const etag = response.headers()["etag"];
      expect(etag, pathname).toBeTruthy();
      const again = await request.get(pathname, { headers: { "If-None-Match": etag! } });
      expect(again.status(), pathname).toBe(304);
    }
  });
});

test.describe("compression", () => {
  test("sends a precompressed copy by Accept-Encoding, and says it varies by it", async ({ request }) => {
    for (const pathname of ["/akutt-hjelp/", firstFile("islands", /^quick-exit-.*\.js$/), "/data/fylker.geojson", "/sitemap.xml"]) {
      const gzip = await request.get(pathname, { headers: { "Accept-Encoding": "gzip" } });
      expect(gzip.headers()["content-encoding"], pathname).toBe("gzip");
      expect(gzip.headers()["vary"], pathname).toMatch(/Accept-Encoding/i);
      const either = await request.get(pathname, { headers: { "Accept-Encoding": "br, gzip" } });
      expect(["br", "gzip"], pathname).toContain(either.headers()["content-encoding"]);
      const plain = await request.get(pathname, { headers: { "Accept-Encoding": "identity" } });
      expect(plain.headers()["content-encoding"], pathname).toBeUndefined();
      expect(await plain.body(), pathname).toEqual(await gzip.body());
    }
  });
});

test.describe("addresses", () => {
  test("serve the map's outlines as GeoJSON", async ({ request }) => {
    expect((await request.get("/data/fylker.geojson")).headers()["content-type"]).toMatch(/^application\/geo\+json/);
  });

  test("answer an unknown address with the 404 page", async ({ request }) => {
    const response = await request.get("/finnes-ikke/?q=x");
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("Fant ikke siden");
    // An old chunk after a deploy: not found, and not kept as if it were a content-hashed file.
    const gone = await request.get("/_next/static/chunks/finnes-ikke.js");
    expect([gone.status(), gone.headers()["cache-control"]]).toEqual([404, "no-cache"]);
  });

  test("redirect a folder to its page, keeping the query", async ({ request }) => {
    const response = await request.get("/kommuner?fylke=innlandet", { maxRedirects: 0 });
    expect([301, 308]).toContain(response.status());
    expect(response.headers()["location"]).toMatch(/^(https:\/\/[^/]+)?\/kommuner\/\?fylke=innlandet$/);
  });

  test("never redirect //host off the site", async ({ request, baseURL }) => {
    for (const pathname of ["//example.org/", "//example.org", "//kommuner", "/%2Fexample.org"]) {
      // Whole, so that the path is not read as an address on another host before it is sent.
      const response = await request.get(`${baseURL}${pathname}`, { maxRedirects: 0 });
      const location = response.headers()["location"];
      if (location !== undefined) expect(location, pathname).toMatch(/^\/[^/\\]/);
      expect(response.status(), pathname).not.toBe(200);
    }
  });
});

test.describe("both kinds of page, served", () => {
  test("a static page runs its islands: the quick exit blanks the page and leaves", async ({ page }) => {
    await page.goto("/akutt-hjelp/");
    await page.getByRole("button", { name: "Nødutgang: Forlat siden" }).click();
    await page.waitForURL("https://www.yr.no/");
  });

  test("a React island runs without Next's runtime: the finder names Nok. Elverum for 2406", async ({ page }) => {
    await page.goto("/finn-senter/");
    const field = page.getByRole("combobox", { name: "Postnummer, sted eller kommune" });
    await field.fill("2406");
    await field.press("Enter");
    await expect(page.getByRole("region", { name: "Sentre for 2406 Elverum" }).getByRole("listitem").first()).toContainText("Nok. Elverum");
  });
});
