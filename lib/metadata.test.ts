import { describe, expect, it } from "vitest";
import { pageMetadata } from "./metadata";
import { SITE_URL } from "./site";

describe("pageMetadata", () => {
  const metadata = pageMetadata({ title: "Akutt hjelp", description: "Når du trenger hjelp med en gang.", path: "/akutt-hjelp/" });

  it("gives the page a share image at an absolute address derived from its path", () => {
    expect(metadata.openGraph?.images).toEqual([
      { url: `${SITE_URL}/akutt-hjelp/opengraph-image.png`, width: 1200, height: 630, alt: "Akutt hjelp" },
    ]);
  });

  it("describes the page for Open Graph and X", () => {
    expect(metadata.openGraph).toMatchObject({ type: "website", locale: "nb_NO", siteName: "Nok.-sentrene", title: "Akutt hjelp" });
    expect(metadata.openGraph?.description).toBe("Når du trenger hjelp med en gang.");
    expect(metadata.twitter).toEqual({ card: "summary_large_image" });
  });

  it("keeps the title, description and canonical address", () => {
    expect(metadata).toMatchObject({ title: "Akutt hjelp", alternates: { canonical: "/akutt-hjelp/" } });
  });
});
