import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editorSchemas } from "./config";
import { formatMarkdownFile, markdownFileFormat, parseMarkdownFile } from "./markdown-file";

const pageFormat = markdownFileFormat(editorSchemas.page);
const pages = readdirSync("content", { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".md") && !file.startsWith("geo"))
  .map((file) => path.join("content", file));

function frontmatterText(source: string): string {
  return source.slice(0, source.indexOf("\n---\n") + 5);
}

describe("the editor's Markdown format", () => {
  it("is the repository's: writing back what it read changes no page", () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const file of pages) {
      const text = readFileSync(file, "utf8");
      expect(pageFormat.toFile(pageFormat.fromFile(text)), file).toBe(text);
    }
  });

  it("leaves the frontmatter byte for byte as it was when only the body changes", () => {
    const text = readFileSync(path.join("content", "nb", "for-kommuner", "finansiering.md"), "utf8");
    const data = pageFormat.fromFile(text);
    const after = pageFormat.toFile({ ...data, body: `${String(data.body)}\nEn ny setning.\n` });
    expect(frontmatterText(after)).toBe(frontmatterText(text));
    expect(after.endsWith("\nEn ny setning.\n")).toBe(true);
  });

  it("writes the frontmatter in the schema's order, dates and file names unquoted", () => {
    const written = formatMarkdownFile(
      { sources: ["001_f3ef791919aa1c90.txt"], order: 2, updated: "2026-11-29", description: "Kort: med kolon", title: "Ny side" },
      "Tekst.",
      editorSchemas.page,
    );
    expect(written).toBe(
      '---\ntitle: Ny side\ndescription: "Kort: med kolon"\nupdated: 2026-11-29\norder: 2\nsources:\n  - 001_f3ef791919aa1c90.txt\n---\n\nTekst.\n',
    );
  });

  it("names what is wrong with a file that has no frontmatter or broken YAML", () => {
    expect(() => parseMarkdownFile("Bare tekst.\n")).toThrow('the file must start with frontmatter between two "---" lines');
    expect(() => parseMarkdownFile("---\ntitle: [\n---\n")).toThrow("the frontmatter is not valid YAML");
  });
});
