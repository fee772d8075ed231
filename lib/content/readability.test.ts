import { describe, expect, it } from "vitest";
import { lix, lixLimitFor, lixLimitForPage, textStatistics } from "./readability";

describe("textStatistics and lix", () => {
  it("matches a hand count, with headings and list items ending sentences", () => {
    const markdown = [
      "## Hjelp nå",
      "",
      "Du kan ringe oss. Samtalen er gratis og konfidensiell.",
      "",
      "- Enesamtaler",
      "- Grupper på telefon",
    ].join("\n");
    // Words: 2 + 9 + 1 + 3 = 15. Sentences: the heading, two full stops, two list items = 5.
    // Long words (7+ letters): Samtalen, konfidensiell, Enesamtaler, Grupper, telefon = 5.
    const statistics = textStatistics(markdown);
    expect(statistics).toEqual({ words: 15, sentences: 5, longWords: 5 });
    // 15 / 5 + 100 * 5 / 15 = 3 + 33.33
    expect(lix(statistics)).toBeCloseTo(36.33, 2);
  });

  it("reads link text but not addresses, code or abbreviations as sentence ends", () => {
    const markdown = [
      "Nok. Norge samler sentrene.",
      "",
      "Se [Lovdata](https://lovdata.no/) eller https://www.bufdir.no/",
      "",
      "```",
      "kode som ikke er tekst",
      "```",
    ].join("\n");
    // "Nok." is an abbreviation: one sentence in the first line, one ended by the paragraph.
    expect(textStatistics(markdown)).toEqual({ words: 7, sentences: 2, longWords: 2 });
  });

  it("scores an empty text 0 rather than dividing by zero", () => {
    expect(lix(textStatistics(""))).toBe(0);
  });
});

describe("lixLimitFor", () => {
  it("holds the pages for survivors and relatives to 40, and the rest to 50", () => {
    expect(lixLimitFor(["til-deg-som-er-utsatt", "taushetsplikt"])).toBe(40);
    expect(lixLimitFor(["parorende"])).toBe(40);
    expect(lixLimitFor(["fagpersoner", "barn-under-18"])).toBe(50);
    expect(lixLimitFor([])).toBe(50);
  });
});

describe("lixLimitForPage", () => {
  it("holds a translated page to the limit of its bokmål counterpart, whatever its own path", () => {
    expect(lixLimitForPage(["til-deg-som-er-utsett", "teieplikt"], "/til-deg-som-er-utsatt/taushetsplikt/")).toBe(40);
    expect(lixLimitForPage(["parorande"], "/parorende/")).toBe(40);
    expect(lixLimitForPage([], "/")).toBe(50);
  });

  it("holds a bokmål page to its own section's limit", () => {
    expect(lixLimitForPage(["parorende", "hjelp-til-deg"])).toBe(40);
    expect(lixLimitForPage(["om-nok"])).toBe(50);
  });
});
