import { describe, expect, it } from "vitest";
import { hrefForSlug, type PageSummary } from "./pages";
import { neighboursOf } from "./sections";

function page(path: string, title: string, order?: number): PageSummary {
  const slug = path === "" ? [] : path.split("/");
  return {
    slug,
    href: hrefForSlug(slug),
    file: `content/nb/${path || "index"}.md`,
    frontmatter: { title, description: `Om ${title}.`, updated: "2026-11-25", sources: ["002_37573477cab58ae6.txt"], order },
  };
}

const pages = [
  page("", "Forsiden"),
  page("akutt-hjelp", "Akutt hjelp"),
  page("parorende", "Pårørende"),
  page("parorende/barn", "Når det gjelder et barn", 3),
  page("parorende/hjelp", "Hjelp til deg", 1),
  page("parorende/alene", "Du kan komme alene", 2),
  page("parorende/uten-rekkefolge", "Andre spørsmål"),
  page("fagpersoner", "Fagpersoner"),
  page("fagpersoner/radforing", "Rådføring"),
];

const titles = (links: readonly { title: string }[]) => links.map((link) => link.title);

describe("neighboursOf", () => {
  it("lists a section's pages on its landing page, by order and then title", () => {
    expect(titles(neighboursOf(pages, ["parorende"]).children)).toEqual([
      "Hjelp til deg",
      "Du kan komme alene",
      "Når det gjelder et barn",
      "Andre spørsmål",
    ]);
  });

  it("gives a page in a section its landing page and the other pages, without itself", () => {
    const { section, children } = neighboursOf(pages, ["parorende", "alene"]);
    expect(children).toEqual([]);
    expect(section?.landing).toEqual({ href: "/parorende/", title: "Pårørende", description: "Om Pårørende." });
    expect(titles(section?.siblings ?? [])).toEqual(["Hjelp til deg", "Når det gjelder et barn", "Andre spørsmål"]);
  });

  it("keeps sections apart", () => {
    expect(titles(neighboursOf(pages, ["fagpersoner", "radforing"]).section?.siblings ?? [])).toEqual([]);
    expect(titles(neighboursOf(pages, ["fagpersoner"]).children)).toEqual(["Rådføring"]);
  });

  it("puts the home page and pages at the root in no section", () => {
    expect(neighboursOf(pages, [])).toEqual({ children: [] });
    expect(neighboursOf(pages, ["akutt-hjelp"])).toEqual({ children: [] });
  });
});
