import { describe, expect, it } from "vitest";
import { loadGeography } from "./load";
import { slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Aurskog-Høland", "aurskog-holand"],
    ["Guovdageaidnu - Kautokeino", "guovdageaidnu-kautokeino"],
    ["Våler", "valer"],
    ["Bø", "bo"],
    ["Ærøy", "aeroy"],
    ["Porsáŋgu", "porsangu"],
    ["Nord-Odal", "nord-odal"],
    ["Møre og Romsdal", "more-og-romsdal"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe("municipality slugs", () => {
  const { municipalities } = loadGeography();
  const slugOf = (number: string) => municipalities.find((municipality) => municipality.number === number)?.slug;

  it("tell the two Vålers and the two Herøys apart by county", () => {
    expect(slugOf("3419")).toBe("valer-innlandet");
    expect(slugOf("3114")).toBe("valer-ostfold");
    expect(slugOf("1515")).toBe("heroy-more-og-romsdal");
    expect(slugOf("1818")).toBe("heroy-nordland");
  });

  it("use the Norwegian name, and are unique across all 357", () => {
    expect(slugOf("5612")).toBe("kautokeino");
    expect(slugOf("3222")).toBe("lorenskog");
    expect(municipalities).toHaveLength(357);
    expect(new Set(municipalities.map((municipality) => municipality.slug)).size).toBe(357);
  });
});
