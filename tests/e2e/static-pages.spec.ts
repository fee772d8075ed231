/**
 * Static pages ship no React or Next runtime (docs/adr/0011-islands.md): no inline script, no
 * script of Next's, and a header policy that lets only the site's own files run; and taking the
 * runtime out has not cost them anything they show without JavaScript.
 */
import { builtStaticPages, originalOf } from "../support/built-site";
import { expect, test } from "../support/fixtures";

const pages = builtStaticPages();
const ISLAND_SCRIPT = /^<script type="module" src="\/islands\/[\w-]+\.js"><\/script>$/;

test("every page but the interactive ones is static", () => {
  expect(pages.length).toBeGreaterThan(400);
  expect(pages.map((page) => page.pathname)).toEqual(
    expect.arrayContaining([
      "/",
      "/akutt-hjelp/",
      "/kommuner/",
      "/kommuner/trysil/",
      "/sentre/",
      "/sentre/nok-elverum/",
      "/sentre/nok-elverum/plakat/",
      "/en/",
      "/404.html",
    ]),
  );
});

test("no static page has an inline script or a script of Next's; only its islands, as module files", () => {
  for (const { file, html } of pages) {
    const scripts = [...html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/gi)].map(([element]) => element);
    expect
      .soft(
        scripts.filter((script) => !ISLAND_SCRIPT.test(script)),
        file,
      )
      .toEqual([]);
    expect.soft(html.match(/\/_next\/[^"'\s]*\.js|__next_f|TURBOPACK|\bon[a-z]+="/gi), file).toBeNull();
    expect.soft(html, file).toContain(`<meta http-equiv="Content-Security-Policy" content="script-src 'self'"/>`);
  }
});

test("every static page is served with a header policy that runs the site's own script files and nothing else", async ({ request }) => {
  const served = pages.filter((page) => page.pathname.endsWith("/"));
  for (let start = 0; start < served.length; start += 25) {
    await Promise.all(
      served.slice(start, start + 25).map(async ({ pathname }) => {
        const policy = (await request.head(pathname)).headers()["content-security-policy"] ?? "";
        const scriptSources = /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1];
        expect.soft(scriptSources, pathname).toBe("'self'");
      }),
    );
  }
});

/** Per page, what a browser shows without JavaScript: text, links, controls, and the metadata in <head>. */
function visibleParts(documents: Array<[string, string, string]>) {
  const parts = (html: string) => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    doc.querySelectorAll("script").forEach((script) => script.remove());
    return {
      text: (doc.body.textContent ?? "").replace(/\s+/g, " ").trim(),
      links: [...doc.querySelectorAll("a[href]")].map((link) => link.getAttribute("href")),
      controls: [...doc.querySelectorAll("input, button, select, textarea, img, svg, [hidden]")].map((element) =>
        element.outerHTML.slice(0, 120),
      ),
      head: [
        ...doc.head.querySelectorAll(
          "title, meta[name], meta[property], link[rel=canonical], link[rel=alternate], link[rel=stylesheet], link[rel=icon]",
        ),
      ].map((element) => element.outerHTML),
    };
  };
  return documents.map(([file, before, after]) => ({ file, before: parts(before), after: parts(after) }));
}

const CHUNK = 60;
for (let start = 0; start < pages.length; start += CHUNK) {
  const chunk = pages.slice(start, start + CHUNK);
  test(`${chunk[0]!.file} … ${chunk.at(-1)!.file}: nothing a static page shows without JavaScript was lost with the runtime`, async ({
    page,
  }) => {
    const compared = await page.evaluate(
      visibleParts,
      chunk.map((built) => [built.file, originalOf(built), built.html] as [string, string, string]),
    );
    for (const { file, before, after } of compared) {
      expect.soft(after.text.length, file).toBeGreaterThan(200);
      expect.soft(after, file).toEqual(before);
    }
  });
}
