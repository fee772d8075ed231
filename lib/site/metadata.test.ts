import { describe, expect, it } from "vitest";
import { pageMetadata } from "./metadata";
import { SITE_URL } from "./settings";

describe("pageMetadata", () => {
  it("gives the page a share image at an absolute address derived from its path", async () => {
    const metadata = await pageMetadata({ title: "Akutt hjelp", description: "Når du trenger hjelp med en gang.", path: "/akutt-hjelp/" });
    expect(metadata.openGraph?.images).toEqual([
      { url: `${SITE_URL}/akutt-hjelp/opengraph-image.png`, width: 1200, height: 630, alt: "Akutt hjelp" },
    ]);
    expect(metadata).toMatchObject({ title: "Akutt hjelp", alternates: { canonical: "/akutt-hjelp/" } });
  });

  it("describes the page for Open Graph and X, in the page's language", async () => {
    const nb = await pageMetadata({ title: "Akutt hjelp", description: "Når du trenger hjelp med en gang.", path: "/akutt-hjelp/" });
    expect(nb.openGraph).toMatchObject({ type: "website", locale: "nb_NO", siteName: "Nok.-sentrene", title: "Akutt hjelp" });
    expect(nb.openGraph?.description).toBe("Når du trenger hjelp med en gang.");
    expect(nb.twitter).toEqual({ card: "summary_large_image" });
    const en = await pageMetadata({ title: "Help now", description: "When you need help at once.", path: "/en/help-now/" });
    expect(en.openGraph).toMatchObject({ locale: "en_GB", siteName: "Nok. centres", title: "Help now" });
    const nn = await pageMetadata({ title: "Akutt hjelp", description: "Når du treng hjelp med ein gong.", path: "/nn/akutt-hjelp/" });
    expect(nn.openGraph).toMatchObject({ locale: "nn_NO", siteName: "Nok.-sentera", title: "Akutt hjelp" });
  });

  it("names every language a page exists in as an hreflang alternate, with bokmål as the default", async () => {
    const metadata = await pageMetadata({ title: "Nok. Elverum", description: "Kontakt og adresse.", path: "/nn/senter/nok-elverum/" });
    expect(metadata.alternates?.languages).toEqual({
      nb: "/sentre/nok-elverum/",
      nn: "/nn/senter/nok-elverum/",
      en: "/en/centres/nok-elverum/",
      "x-default": "/sentre/nok-elverum/",
    });
    const bokmalOnly = await pageMetadata({ title: "Trysil", description: "Senteret for Trysil.", path: "/kommuner/trysil/" });
    expect(bokmalOnly.alternates?.languages).toBeUndefined();
  });

  it("shares the home page under the language's home title, which the page leaves to its layout", async () => {
    const metadata = await pageMetadata({ description: "Gratis hjelp uten henvisning.", path: "/" });
    expect(metadata.title).toBeUndefined();
    expect(metadata.openGraph?.title).toBe("Nok.-sentrene – hjelp etter seksuelle overgrep");
  });
});
