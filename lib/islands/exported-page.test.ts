import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, islandsUsedBy, runtimeReferences, withIslandScripts, withoutRuntime, withScriptPolicy } from "./exported-page";
import { pageKindOf, withoutPageKindMarker } from "./page-kind";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** The shape of a page as Next 16 exports it (trimmed): runtime chunks, preloads, polyfills and the inline payload. */
const exported = [
  '<!DOCTYPE html><html lang="nb"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/3sbe3zk-6lg5p.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>',
  '<script src="/_next/static/chunks/40wec9cq5kuxs.js" async=""></script>',
  "<title>Akutt hjelp</title>",
  '<script type="application/ld+json">{"@type":"Organization"}</script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>',
  '<body><div hidden=""><!--$--><!--/$--></div>',
  '<div class="quick-exit" data-island="quick-exit"><a href="https://www.yr.no/" data-quick-exit="">Forlat siden</a></div>',
  '<form data-island="header-search" action="/sok/"></form>',
  "<main><h1>Akutt hjelp</h1><p>Ring 112.</p></main>",
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  '<script src="/_next/static/chunks/310vm2bl3xxpt.js" async=""></script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\næøå"])</script>',
  "</body></html>",
].join("");

describe("withoutRuntime", () => {
  const stripped = withoutRuntime(exported, "akutt-hjelp/index.html");

  it("takes out every script that would run and the preloads of Next's scripts", () => {
    expect(stripped).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(stripped).not.toContain("/_next/static/chunks/310vm2bl3xxpt.js");
    expect(runtimeReferences(stripped)).toEqual([]);
  });

  it("keeps the stylesheet, data blocks and everything React rendered", () => {
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/3sbe3zk-6lg5p.css" data-precedence="next"/>');
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"Organization"}</script>');
    expect(stripped).toContain("<main><h1>Akutt hjelp</h1><p>Ring 112.</p></main>");
    expect(stripped).toContain('data-island="quick-exit"');
  });

  it("refuses a page whose content only the runtime would show", () => {
    const streamed = exported.replace("<main>", '<!--$?--><template id="B:0"></template><main>');
    expect(() => withoutRuntime(streamed, "x/index.html")).toThrow(
      "x/index.html is static but has a Suspense boundary waiting for streamed content",
    );
    const clientOnly = exported.replace(
      "<main>",
      '<!--$!--><template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template><!--/$--><main>',
    );
    expect(() => withoutRuntime(clientOnly, "y/index.html")).toThrow("rendered only in the browser");
  });
});

describe("runtimeReferences", () => {
  it("finds inline scripts and Next's script files, but not island modules", () => {
    const html =
      '<script type="module" src="/islands/quick-exit-KKYNH7IE.js"></script><script>x()</script><link rel="modulepreload" href="/_next/static/chunks/a.js"/>';
    expect(runtimeReferences(html)).toEqual(["inline script «x()»", "/_next/static/chunks/a.js"]);
  });
});

describe("islands", () => {
  it("are named by the markup, each once", () => {
    expect(islandsUsedBy(exported + '<div data-island="quick-exit"></div>')).toEqual(["quick-exit", "header-search"]);
  });

  it("load as modules at the end of <head>, their shared chunks preloaded", () => {
    const html = withIslandScripts("<html><head><title>t</title></head><body></body></html>", ["/islands/a-1.js"], ["/islands/chunk-2.js"]);
    expect(html).toBe(
      '<html><head><title>t</title><link rel="modulepreload" href="/islands/chunk-2.js"/><script type="module" src="/islands/a-1.js"></script></head><body></body></html>',
    );
  });
});

describe("withScriptPolicy", () => {
  it("gives a static page script-src 'self', first in <head>", () => {
    const html = withScriptPolicy(withoutRuntime(exported, "p"), "static");
    expect(html).toContain(`<head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"/><meta charSet`);
  });

  it("lists an interactive page's inline scripts, once each, and not its script files or data blocks", () => {
    expect(inlineScriptHashes(exported)).toEqual([
      sha('(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});'),
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha('self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\næøå"])'),
    ]);
    expect(withScriptPolicy(exported, "interactive")).toMatch(
      /^<!DOCTYPE html><html lang="nb"><head><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+'){3}"\/>/,
    );
  });

  it("refuses a page without a head rather than ship it unprotected", () => {
    expect(() => withScriptPolicy("<p>hei</p>", "static")).toThrow("no <head>");
  });
});

describe("page kind", () => {
  it("is interactive only where the page carries the marker, which then goes", () => {
    const marked = exported.replace("<title>", '<meta name="page-kind" content="interactive"/><title>');
    expect(pageKindOf(marked)).toBe("interactive");
    expect(pageKindOf(exported)).toBe("static");
    expect(withoutPageKindMarker(marked)).toBe(exported);
  });
});
