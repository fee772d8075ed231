import { describe, expect, it } from "vitest";
import { frontmatterSchema } from "./frontmatter";

const valid = {
  title: "Akutt hjelp",
  description: "Hvem du kan ringe når det haster, og hva et overgrepsmottak er og kan hjelpe deg med.",
  updated: "2026-11-25",
  sources: ["https://www.politiet.no/", "001_f3ef791919aa1c90.txt"],
};

function problemsWith(data: Record<string, unknown>) {
  const result = frontmatterSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("frontmatterSchema", () => {
  it("accepts a complete frontmatter", () => {
    expect(problemsWith(valid)).toEqual([]);
  });

  it("accepts an embed the page route knows", () => {
    expect(frontmatterSchema.parse({ ...valid, embed: "financing-calculator" }).embed).toBe("financing-calculator");
  });

  it.each(["/", "/til-deg-som-er-utsatt/", "/til-deg-som-er-utsatt/hva-er-et-senter/"])("accepts the site path %s as translation", (translation) => {
    expect(frontmatterSchema.parse({ ...valid, translation }).translation).toBe(translation);
  });

  it.each([
    ["a missing title", { title: undefined }, "title"],
    ["a too short description", { description: "Kort." }, "description: must be at least 50 characters"],
    ["a date that is not a date", { updated: "25.11.2026" }, "updated: must be a real date written YYYY-MM-DD"],
    ["an impossible date", { updated: "2026-02-30" }, "updated: must be a real date"],
    ["a date after the build date", { updated: "2999-12-31" }, "updated: must not be after today"],
    ["no sources", { sources: [] }, "sources: must list at least one source"],
    ["a source that is neither URL nor seed", { sources: ["min hukommelse"] }, "sources.0: must be a public http(s) URL"],
    ["a javascript: URL as source", { sources: ["javascript:alert(1)"] }, "sources.0: must be a public http(s) URL"],
    ["an unknown key", { titel: "Skrivefeil" }, "Unrecognized key"],
    ["an embed nobody renders", { embed: "kart" }, "embed: must be one of: financing-calculator"],
    ["a translation without the trailing slash", { translation: "/akutt-hjelp" }, "translation: must be a site path with a trailing slash"],
    ["a translation that is a full URL", { translation: "https://noksentrene.no/akutt-hjelp/" }, "translation: must be a site path"],
    ["a translation with capitals", { translation: "/Akutt-Hjelp/" }, "translation: must be a site path"],
  ])("refuses %s, naming the field", (_, change, expected) => {
    expect(problemsWith({ ...valid, ...change }).join("\n")).toContain(expected);
  });
});
