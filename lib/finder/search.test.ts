import { describe, expect, it } from "vitest";
import { loadSearchIndex } from "./load";
import { MAX_SUGGESTIONS, resolveSearch, type SearchOutcome, type SearchTarget, suggest } from "./search";

const index = loadSearchIndex();

/** A short, readable description of where a search landed. */
function describeTarget(target: SearchTarget): string {
  if (target.kind === "territory") return `${target.code} ${target.name}, ${target.territory}`;
  const code = target.kind === "postcode" ? `${target.code} ` : "";
  return `${target.kind} ${code}${target.name} (${target.municipality.name}, ${target.municipality.countyName})`;
}

function found(query: string): string {
  const outcome = resolveSearch(index, query);
  if (outcome.kind !== "found")
    throw new Error(`"${query}" gave ${JSON.stringify(outcome.kind === "problem" ? outcome.problem : outcome.kind)}`);
  return describeTarget(outcome.target);
}

function choices(outcome: SearchOutcome): string[] {
  if (outcome.kind !== "choose") throw new Error(`expected a choice, got ${outcome.kind}`);
  return outcome.options.map(describeTarget);
}

describe("resolveSearch", () => {
  it("finds a postcode, with or without its place after it", () => {
    expect(found("2406")).toBe("postcode 2406 Elverum (Elverum, Innlandet)");
    expect(found(" 2406 ELVERUM ")).toBe("postcode 2406 Elverum (Elverum, Innlandet)");
    expect(found("0150")).toBe("postcode 0150 Oslo (Oslo, Oslo)");
  });

  it("finds a municipality whatever the case, accents and hyphens", () => {
    expect(found("Trysil")).toBe("municipality Trysil (Trysil, Innlandet)");
    expect(found("nord odal")).toBe("municipality Nord-Odal (Nord-Odal, Innlandet)");
    expect(found("AURSKOG HØLAND")).toBe("municipality Aurskog-Høland (Aurskog-Høland, Akershus)");
    expect(found("tromso")).toBe("municipality Tromsø (Tromsø, Troms)");
    expect(found("  Nord -  Odal ")).toBe("municipality Nord-Odal (Nord-Odal, Innlandet)");
  });

  it("finds a municipality by its official Sámi and Kven names", () => {
    expect(found("Guovdageaidnu")).toBe("municipality Guovdageaidnu (Kautokeino, Finnmark)");
    expect(found("karasjohka")).toBe("municipality Kárášjohka (Karasjok, Finnmark)");
    expect(found("Raisi")).toBe("municipality Raisi (Nordreisa, Troms)");
    expect(found("Tråante")).toBe("municipality Tråante (Trondheim, Trøndelag)");
  });

  it("finds a postal place in the municipality it lies in", () => {
    expect(found("mo i rana")).toBe("postal-place Mo i Rana (Rana, Nordland)");
  });

  it("asks which one when two municipalities share the name, showing the county", () => {
    expect(choices(resolveSearch(index, "Våler"))).toEqual([
      "municipality Våler (Våler, Innlandet)",
      "municipality Våler (Våler, Østfold)",
    ]);
    expect(choices(resolveSearch(index, "heroy"))).toEqual([
      "municipality Herøy (Herøy, Møre og Romsdal)",
      "municipality Herøy (Herøy, Nordland)",
    ]);
  });

  it("asks which one when a municipality and a postal place elsewhere share the name", () => {
    expect(choices(resolveSearch(index, "Os"))).toEqual(["municipality Os (Os, Innlandet)", "postal-place Os (Bjørnafjorden, Vestland)"]);
  });

  it("takes the only place that starts with an unfinished name, and offers the candidates when several do", () => {
    expect(found("Trysi")).toBe("municipality Trysil (Trysil, Innlandet)");
    const outcome = resolveSearch(index, "Nordre");
    expect(outcome).toMatchObject({ kind: "choose", exact: false });
    expect(choices(outcome).length).toBeGreaterThan(1);
  });

  it("answers Svalbard and Jan Mayen postcodes with their territory", () => {
    expect(found("9170")).toBe("9170 Longyearbyen, Svalbard");
    expect(found("8099")).toBe("8099 Jan Mayen, Jan Mayen");
  });
});

describe("bad input", () => {
  it.each([
    ["", "empty"],
    ["   \t ", "empty"],
    ["xyzzy", "no-match"],
    ["Elverumm", "no-match"],
    ["0000", "unknown-postcode"],
    ["24061", "too-many-digits"],
    ["240", "too-few-digits"],
    ["a".repeat(10_000), "too-long"],
    ["2".repeat(10_000), "too-long"],
    ["<script>alert(1)</script>", "bad-characters"],
    ['<img src=x onerror="alert(1)">', "bad-characters"],
    ["Elverum<b>", "bad-characters"],
    ["😀", "bad-characters"],
    ["Oslo 🏠", "bad-characters"],
  ])("%j is explained as %s, without throwing", (query, problem) => {
    expect(resolveSearch(index, query)).toMatchObject({ kind: "problem", problem });
    expect(() => suggest(index, query)).not.toThrow();
  });

  it("names the unknown postcode back", () => {
    expect(resolveSearch(index, "0000")).toEqual({ kind: "problem", problem: "unknown-postcode", query: "0000" });
  });
});

describe("suggest", () => {
  it("offers postcodes that start with the digits typed so far", () => {
    const codes = suggest(index, "240").map((target) => (target.kind === "postcode" ? target.code : target.kind));
    expect(codes.length).toBe(MAX_SUGGESTIONS);
    expect(codes.every((code) => code.startsWith("240"))).toBe(true);
  });

  it("offers exact names first, then names that start with the text, then later words", () => {
    const names = suggest(index, "odal").map((target) => target.name);
    expect(names).toEqual(expect.arrayContaining(["Nord-Odal", "Sør-Odal"]));
    expect(suggest(index, "Bø")[0]).toMatchObject({ kind: "municipality", name: "Bø" });
  });

  it("offers a municipality once even when two of its names match", () => {
    const targets = suggest(index, "Ka");
    const kautokeino = targets.filter((target) => target.kind === "municipality" && target.municipality.name === "Kautokeino");
    expect(kautokeino.length).toBeLessThanOrEqual(1);
  });

  it("offers nothing for text that is no place", () => {
    expect(suggest(index, "<script>")).toEqual([]);
    expect(suggest(index, "😀")).toEqual([]);
    expect(suggest(index, "12345")).toEqual([]);
    expect(suggest(index, "")).toEqual([]);
  });
});
