import { describe, expect, it } from "vitest";
import { exportedPagePath } from "./exported-pages";

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
