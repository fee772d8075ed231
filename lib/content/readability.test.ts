import { describe, expect, it } from "vitest";
import { judgeReadability, lix, lixLimitFor, lixLimitForPage, textStatistics } from "./readability";

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

  it("counts a help-line link as the number a reader sees", () => {
    // "Ring" and "800 57 000": four words, none long; one sentence.
    expect(textStatistics("Ring <help-line:hjelpetelefonen>.")).toEqual({ words: 4, sentences: 1, longWords: 0 });
  });

  it("scores an empty text 0 rather than dividing by zero", () => {
    expect(lix(textStatistics(""))).toBe(0);
  });
});

describe("lixLimitFor", () => {
  it("holds the easy-to-read pages to 25", () => {
    expect(lixLimitFor(["lettlest"])).toBe(25);
    expect(lixLimitFor(["lettlest", "hjelp-na"])).toBe(25);
  });

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

describe("judgeReadability", () => {
  // 12 words in 2 sentences, 3 of them long (senteret, kontakt, telefon): 6 + 25 = 31.
  const ordinary = "Du kan ta kontakt med senteret selv. Du kan ringe på telefon.";

  it("fails an easy-to-read page above 25 that would pass in the survivors' section", () => {
    expect(judgeReadability(["lettlest", "ta-kontakt"], ordinary)).toEqual({ score: 31, limit: 25, passes: false });
    expect(judgeReadability(["til-deg-som-er-utsatt", "ta-kontakt"], ordinary).passes).toBe(true);
  });

  it("passes an easy-to-read page at 25 or lower", () => {
    // 12 words in 3 sentences, 1 long (senteret): 4 + 8.33 = 12.33.
    const easy = "Du kan ringe selv. Det er gratis. Du kan gå til senteret.";
    expect(judgeReadability(["lettlest", "ta-kontakt"], easy)).toMatchObject({ limit: 25, passes: true });
    expect(judgeReadability(["lettlest", "ta-kontakt"], easy).score).toBeCloseTo(12.33, 2);
  });

  it("judges a translated page against its bokmål page's limit", () => {
    const nynorsk = "Du kan ta kontakt med senteret sjølv. Du kan ringe på telefon.";
    expect(judgeReadability(["til-deg-som-er-utsett", "teieplikt"], nynorsk, "/til-deg-som-er-utsatt/taushetsplikt/").limit).toBe(40);
    expect(judgeReadability(["til-deg-som-er-utsett", "teieplikt"], nynorsk).limit).toBe(50);
  });
});
