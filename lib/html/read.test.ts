import { describe, expect, it } from "vitest";
import { readPage } from "./read";

describe("readPage", () => {
  const page = readPage(
    '<html lang="nb"><head><meta name="description" content="Om &quot;oss&quot; &amp; dere"/>' +
      '<meta property="og:title" content="Pårørende &#x27;nå&#39;"/><meta name="twitter:card" content="summary_large_image"/></head></html>',
  );

  it("finds property and name tags, with entities decoded", () => {
    expect(page.meta("og:title")).toBe("Pårørende 'nå'");
    expect(page.meta("description")).toBe('Om "oss" & dere');
    expect(page.meta("twitter:card")).toBe("summary_large_image");
  });

  it("is null for a tag the page lacks, and for a tag without content", () => {
    expect(page.meta("og:image")).toBeNull();
    expect(readPage('<meta property="og:image">').meta("og:image")).toBeNull();
  });

  it("reads the page's language", () => {
    expect(page.lang).toBe("nb");
    expect(readPage("<!DOCTYPE html><title>t</title>").lang).toBeNull();
  });

  it("reads tags whatever the order, quoting and case of their attributes", () => {
    const head = readPage("<!DOCTYPE html><HTML dir=ltr LANG='nn'><HEAD><META CONTENT='Hjelp no' PROPERTY=og:title></HEAD></HTML>");
    expect(head.lang).toBe("nn");
    expect(head.meta("og:title")).toBe("Hjelp no");
  });

  it("takes the first of two tags with the same key, as link previews do", () => {
    expect(readPage('<meta property="og:title" content="Først"><meta property="og:title" content="Sist">').meta("og:title")).toBe("Først");
  });

  it("does not take a tag written in a comment, a script or an attribute for one", () => {
    const html = [
      '<html lang="en"><head>',
      '<!-- <meta property="og:title" content="In a comment"> -->',
      '<script>document.write(\'<meta property="og:image" content="/from-a-script.png">\')</script>',
      '<meta name="description" content="<meta property=&quot;og:type&quot; content=&quot;article&quot;>">',
      '<meta property="og:title" content="The real title">',
      '</head><body><p>&lt;html lang="de"&gt;</p></body></html>',
    ].join("");
    const head = readPage(html);
    expect(head.meta("og:title")).toBe("The real title");
    expect(head.meta("og:image")).toBeNull();
    expect(head.meta("og:type")).toBeNull();
    expect(head.lang).toBe("en");
  });
});
