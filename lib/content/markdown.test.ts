import { describe, expect, it } from "vitest";
import { headingProblems, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders headings with ids that can be linked to", async () => {
    const { html, headings } = await renderMarkdown("## Hva er et overgrepsmottak?\n\nTekst.");
    expect(html).toContain('<h2 id="hva-er-et-overgrepsmottak">');
    expect(headings).toEqual([{ level: 2, id: "hva-er-et-overgrepsmottak", text: "Hva er et overgrepsmottak?" }]);
  });

  it("renders GitHub-flavoured tables", async () => {
    const { html } = await renderMarkdown("| Kommune | Kroner |\n| --- | ---: |\n| Elverum | 100 |");
    expect(html).toContain("<table>");
    expect(html).toContain("<td>Elverum</td>");
  });

  it("sends no referrer to other sites, and leaves the site's own links alone", async () => {
    const { html } = await renderMarkdown("[Lovdata](https://lovdata.no/) og [akutt hjelp](/akutt-hjelp/)");
    expect(html).toContain('<a href="https://lovdata.no/" rel="noreferrer">Lovdata</a>');
    expect(html).toContain('<a href="/akutt-hjelp/">akutt hjelp</a>');
    expect(html).not.toContain("target=");
  });

  it("collects every phone link so that the loader can check it", async () => {
    const { phoneLinks } = await renderMarkdown("Ring [112](tel:112) eller [800 57 000](tel:+4780057000).");
    expect(phoneLinks).toEqual([
      { target: "112", text: "112" },
      { target: "+4780057000", text: "800 57 000" },
    ]);
  });

  it("shows a help line named by its id as a tel: link with the number from content/help-lines.json", async () => {
    const { html, phoneLinks, unknownHelpLines } = await renderMarkdown("Ring <help-line:hjelpetelefonen>.");
    expect(html).toBe('<p>Ring <a href="tel:+4780057000">800 57 000</a>.</p>');
    expect(phoneLinks).toEqual([{ target: "+4780057000", text: "800 57 000" }]);
    expect(unknownHelpLines).toEqual([]);
  });

  it("reports a help line id that content/help-lines.json does not have", async () => {
    const { unknownHelpLines, phoneLinks } = await renderMarkdown("Ring <help-line:politi>.");
    expect(unknownHelpLines).toEqual(["politi"]);
    expect(phoneLinks).toEqual([]);
  });

  it("keeps each line of a paragraph on a line of its own only when asked", async () => {
    const text = "Det er gratis.\nDu kan ringe selv.";
    expect((await renderMarkdown(text, { lineBreaks: true })).html).toBe("<p>Det er gratis.<br>\nDu kan ringe selv.</p>");
    expect((await renderMarkdown(text)).html).toBe("<p>Det er gratis.\nDu kan ringe selv.</p>");
  });

  it("does not let raw HTML through", async () => {
    const { html } = await renderMarkdown('Tekst <script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onerror");
  });
});

describe("headingProblems", () => {
  it("accepts levels that go down one step at a time", () => {
    expect(headingProblems([{ level: 2, id: "a", text: "A" }, { level: 3, id: "b", text: "B" }, { level: 2, id: "c", text: "C" }])).toEqual([]);
  });

  it("refuses a second h1 and a skipped level", () => {
    expect(headingProblems([{ level: 1, id: "a", text: "A" }, { level: 2, id: "b", text: "B" }, { level: 4, id: "c", text: "C" }])).toEqual([
      'heading "A" is an h1: the title in the frontmatter is the page\'s only h1; start at ##',
      'heading "C" jumps from h2 to h4',
    ]);
  });
});
