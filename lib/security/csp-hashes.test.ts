import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withScriptHashPolicy } from "./csp-hashes";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes inline scripts, once each, and skips script files and data blocks", () => {
    const html = [
      '<script src="/_next/a.js" async=""></script>',
      "<script>self.__next_f=self.__next_f||[]</script>",
      "<script>self.__next_f=self.__next_f||[]</script>",
      '<script type="application/ld+json">{"@type":"Organization"}</script>',
      "<script>self.__next_f.push([1,\"æøå\"])</script>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f=self.__next_f||[]"), sha('self.__next_f.push([1,"æøå"])')]);
  });
});

describe("withScriptHashPolicy", () => {
  it("puts the policy first in <head>, before any script", () => {
    const html = '<!DOCTYPE html><html lang="nb"><head><meta charSet="utf-8"/><script>x()</script></head><body></body></html>';
    const result = withScriptHashPolicy(html);
    expect(result).toContain(`<head><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' ${sha("x()")}"/><meta charSet`);
  });

  it("refuses a page without a head rather than ship it unprotected", () => {
    expect(() => withScriptHashPolicy("<p>hei</p>")).toThrow("no <head>");
  });
});
