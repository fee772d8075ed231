import { describe, expect, it } from "vitest";
import { translationGroups } from "./translations";
import { languageLinks, type TranslationGroup } from "./counterpart";

const groups: TranslationGroup[] = [
  { nb: "/til-deg-som-er-utsatt/", nn: "/nn/til-deg-som-er-utsett/", en: "/en/if-you-were-abused/" },
  { nb: "/om-nok/", en: "/en/about/" },
];

/** Where each language's entry leads, e.g. { nb: "/", nn: "/nn/", en: "/en/" }. */
function targets(path: string, from: readonly TranslationGroup[] = groups) {
  return Object.fromEntries(languageLinks(path, from).map((link) => [link.locale, link.href]));
}

describe("languageLinks", () => {
  it("offers every language, in the site's order, with the page's own marked as current", () => {
    expect(languageLinks("/nn/til-deg-som-er-utsett/", groups)).toEqual([
      { locale: "nb", href: "/til-deg-som-er-utsatt/", current: false },
      { locale: "nn", href: "/nn/til-deg-som-er-utsett/", current: true },
      { locale: "en", href: "/en/if-you-were-abused/", current: false },
    ]);
  });

  it("leads to the same page in every language, from any of them", () => {
    const all = { nb: "/til-deg-som-er-utsatt/", nn: "/nn/til-deg-som-er-utsett/", en: "/en/if-you-were-abused/" };
    expect(targets("/til-deg-som-er-utsatt/")).toEqual(all);
    expect(targets("/en/if-you-were-abused/")).toEqual(all);
  });

  it("accepts a path without its trailing slash, as the router may give it", () => {
    expect(targets("/til-deg-som-er-utsatt").nn).toBe("/nn/til-deg-som-er-utsett/");
  });

  it("falls back to a language's home page where the page has no counterpart in it", () => {
    expect(targets("/om-nok/")).toEqual({ nb: "/om-nok/", nn: "/nn/", en: "/en/about/" });
    expect(targets("/kommuner/trysil/")).toEqual({ nb: "/kommuner/trysil/", nn: "/nn/", en: "/en/" });
    expect(targets("/en/nowhere/")).toEqual({ nb: "/", nn: "/nn/", en: "/en/nowhere/" });
  });
});

describe("the site's translation groups", () => {
  it("join the finder, the centre list and every centre page in all three languages", async () => {
    const site = await translationGroups();
    expect(targets("/finn-senter/", site)).toEqual({ nb: "/finn-senter/", nn: "/nn/finn-senter/", en: "/en/find-a-centre/" });
    expect(targets("/nn/senter/", site)).toEqual({ nb: "/sentre/", nn: "/nn/senter/", en: "/en/centres/" });
    expect(targets("/en/centres/nok-elverum/", site)).toEqual({
      nb: "/sentre/nok-elverum/",
      nn: "/nn/senter/nok-elverum/",
      en: "/en/centres/nok-elverum/",
    });
  });

  it("join a Markdown page to the pages that name it as their translation", async () => {
    expect(targets("/nn/til-deg-som-er-utsett/teieplikt/", await translationGroups())).toEqual({
      nb: "/til-deg-som-er-utsatt/taushetsplikt/",
      nn: "/nn/til-deg-som-er-utsett/teieplikt/",
      en: "/en/if-you-were-abused/confidentiality/",
    });
  });
});
