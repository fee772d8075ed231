import { describe, expect, it } from "vitest";
import { cacheControlFor, IMMUTABLE, REVALIDATE } from "./caching";
import {
  EDITOR_PATH,
  editorPolicy,
  metaScriptSources,
  pagePolicies,
  pathPolicies,
  policyFor,
  securityHeaders,
  securityHeadersFor,
  serializePolicy,
} from "./headers";

/** The public site's policies; the editor's (/admin/) has tests of its own below. */
const everyPolicy = [
  ...Object.values(pagePolicies),
  ...pathPolicies.filter(({ prefix }) => prefix !== EDITOR_PATH).map(({ policy }) => policy),
];

describe("Content-Security-Policy", () => {
  it("allows no origin but the site's own, on any kind of page", () => {
    for (const policy of everyPolicy) {
      const sources = Object.values(policy).flat();
      expect(sources.filter((source) => /[a-z]+:\/\/|\*/.test(source))).toEqual([]);
    }
  });

  it("forbids framing, plugins, foreign form targets and base rewriting", () => {
    for (const policy of everyPolicy) {
      expect(policy).toMatchObject({
        "default-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
      });
    }
  });

  it("lets a static page run the site's own script files and nothing else", () => {
    expect(pagePolicies.static["script-src"]).toEqual(["'self'"]);
    expect(serializePolicy(pagePolicies.static)).toContain("script-src 'self'; ");
  });

  it("gives an interactive page inline scripts in the header, and takes them back in its <meta> policy", () => {
    expect(pagePolicies.interactive["script-src"]).toContain("'unsafe-inline'");
    expect(metaScriptSources("interactive")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(metaScriptSources("static")).toEqual(["'self'"]);
  });

  it("chooses the policy by the kind of page", () => {
    expect(policyFor("/finn-senter/", "interactive")).toBe(pagePolicies.interactive);
    expect(policyFor("/akutt-hjelp/", "static")).toBe(pagePolicies.static);
  });

  it("lets Pagefind's worker compile its WebAssembly, and nothing else under /pagefind/ run inline", () => {
    expect(policyFor("/pagefind/pagefind-worker.js", "static")["script-src"]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

describe("securityHeaders", () => {
  it("sends no referrer, no sniffing, no cross-origin use, and geolocation for the site only", () => {
    const headers = Object.fromEntries(securityHeaders({ https: false }));
    expect(headers["Referrer-Policy"]).toBe("no-referrer");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Cross-Origin-Resource-Policy"]).toBe("same-origin");
    expect(headers["Permissions-Policy"]).toContain("geolocation=(self)");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });

  it("adds HSTS over HTTPS", () => {
    expect(Object.fromEntries(securityHeaders({ https: true }))["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });

  it("keeps the editor out of search engines and lets it open a git host's sign-in window, and only the editor", () => {
    const editor = Object.fromEntries(securityHeadersFor(`${EDITOR_PATH}config.yml`, { https: true }));
    expect(editor["X-Robots-Tag"]).toBe("noindex, nofollow");
    expect(editor["Cross-Origin-Opener-Policy"]).toBe("same-origin-allow-popups");
    expect(editor["Referrer-Policy"]).toBe("no-referrer");
    const page = Object.fromEntries(securityHeadersFor("/administrasjon/", { https: true }));
    expect(page["X-Robots-Tag"]).toBeUndefined();
    expect(page["Cross-Origin-Opener-Policy"]).toBe("same-origin");
  });
});

describe("cacheControlFor", () => {
  it("keeps content-hashed files, Pagefind's included, for a year", () => {
    for (const file of [
      "/_next/static/chunks/0cz1d0mv5g_q7.js",
      "/islands/quick-exit-3KJX2YQF.js",
      "/pagefind/fragment/nb_14deec5.pf_fragment",
      "/pagefind/index/nb_1a2b3c4.pf_index",
      "/pagefind/pagefind.nb_6117ecfac1.pf_meta",
    ]) {
      expect(cacheControlFor(file), file).toBe(IMMUTABLE);
    }
  });

  it("revalidates pages and the files that keep their names", () => {
    for (const file of [
      "/",
      "/akutt-hjelp/",
      "/pagefind/pagefind.js",
      "/pagefind/pagefind-entry.json",
      "/pagefind/wasm.nb.pagefind",
      "/data/steder.json",
      "/icon.svg",
    ]) {
      expect(cacheControlFor(file), file).toBe(REVALIDATE);
    }
  });
});

describe("the editor's policy (/admin/)", () => {
  it("allows the site itself and the git host's API, and no other origin", () => {
    const policy = editorPolicy(["https://gitlab.com"]);
    const origins = Object.values(policy)
      .flat()
      .filter((source) => /[a-z]+:\/\/|\*/.test(source));
    expect([...new Set(origins)]).toEqual(["https://gitlab.com"]);
    expect(policy["connect-src"]).toEqual(["'self'", "https://gitlab.com"]);
    expect(policy).toMatchObject({
      "default-src": ["'self'"],
      "frame-ancestors": ["'none'"],
      "object-src": ["'none'"],
      "form-action": ["'self'"],
    });
  });

  it("applies under /admin/ only, with the configured git host, and leaves every public page's policy as it is", () => {
    expect(serializePolicy(policyFor("/admin/", "static"))).toContain("connect-src 'self' https://gitlab.com;");
    expect(serializePolicy(policyFor("/admin/decap-cms.js", "static"))).toContain("script-src 'self' 'unsafe-eval';");
    for (const pathname of ["/", "/akutt-hjelp/", "/administrasjon/"]) expect(policyFor(pathname, "static")).toBe(pagePolicies.static);
    expect(policyFor("/finn-senter/", "interactive")).toBe(pagePolicies.interactive);
  });
});
