import { describe, expect, it } from "vitest";
import { exportedPagePath, htmlLang, metaContent, shareImagePath } from "./image";

describe("shareImagePath", () => {
  it("puts a page's image beside it, as a .png", () => {
    expect(shareImagePath("/")).toBe("/opengraph-image.png");
    expect(shareImagePath("/sentre/nok-elverum/")).toBe("/sentre/nok-elverum/opengraph-image.png");
  });

  it("refuses a path that is not a page's", () => {
    expect(() => shareImagePath("/akutt-hjelp")).toThrow(/starts and ends with/);
  });
});

describe("exportedPagePath", () => {
  it("reads a page's address from its file in out/", () => {
    expect(exportedPagePath("index.html")).toBe("/");
    expect(exportedPagePath("parorende/hjelp-til-deg/index.html")).toBe("/parorende/hjelp-til-deg/");
    expect(exportedPagePath("404/index.html")).toBe("/404/");
  });

  it("skips files that are not a page of their own", () => {
    expect(exportedPagePath("404.html")).toBeNull();
    expect(exportedPagePath("_not-found/index.html")).toBeNull();
    expect(exportedPagePath("akutt-hjelp/opengraph-image.png")).toBeNull();
  });

  it("leaves out the editor, so that no sitemap, search index, share image or page sweep includes it", () => {
    expect(exportedPagePath("admin/index.html")).toBeNull();
    expect(exportedPagePath("administrasjon/index.html")).toBe("/administrasjon/");
  });
});

describe("metaContent", () => {
  const html =
    '<html lang="nb"><head><meta name="description" content="Om &quot;oss&quot; &amp; dere"/>' +
    '<meta property="og:title" content="Pårørende &#x27;nå&#39;"/><meta name="twitter:card" content="summary_large_image"/></head></html>';

  it("finds property and name tags, with entities decoded", () => {
    expect(metaContent(html, "og:title")).toBe("Pårørende 'nå'");
    expect(metaContent(html, "description")).toBe('Om "oss" & dere');
    expect(metaContent(html, "twitter:card")).toBe("summary_large_image");
  });

  it("is null for a tag the page lacks", () => {
    expect(metaContent(html, "og:image")).toBeNull();
  });

  it("reads the page's language", () => {
    expect(htmlLang(html)).toBe("nb");
  });
});
