import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { editorSettings, gitHostOrigins } from "../cms/settings";
import { SITE_URL } from "../site";
import { nginxConfig, staticHostHeaders } from "./deploy-config";
import { contentSecurityPolicy, editorContentSecurityPolicy, securityHeaders, securityHeadersFor } from "./headers";

const editorOrigins = gitHostOrigins(editorSettings({}));

describe("Content-Security-Policy", () => {
  it("allows no origin but the site's own", () => {
    const sources = Object.values(contentSecurityPolicy).flat();
    expect(sources.filter((source) => /[a-z]+:\/\/|\*/.test(source))).toEqual([]);
  });

  it("forbids framing, plugins, foreign form targets and base rewriting", () => {
    expect(contentSecurityPolicy).toMatchObject({
      "default-src": ["'self'"],
      "frame-ancestors": ["'none'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
    });
  });
});

describe("securityHeaders", () => {
  it("sends no referrer, no sniffing, and geolocation for the site only", () => {
    const headers = Object.fromEntries(securityHeaders({ https: false }));
    expect(headers["Referrer-Policy"]).toBe("no-referrer");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Permissions-Policy"]).toContain("geolocation=(self)");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });

  it("adds HSTS over HTTPS", () => {
    expect(Object.fromEntries(securityHeaders({ https: true }))["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });
});

describe("deploy configs", () => {
  it("are up to date with lib/security/headers.ts (run `npm run deploy:config` if not)", async () => {
    expect(await readFile("deploy/nginx.conf", "utf8")).toBe(nginxConfig(new URL(SITE_URL).hostname, editorOrigins));
    expect(await readFile("deploy/_headers", "utf8")).toBe(staticHostHeaders(editorOrigins));
  });

  it("repeat every security header in every nginx location", () => {
    const config = nginxConfig("example.no", editorOrigins);
    for (const location of config.split(/\n {4}location /).slice(1)) {
      for (const [name] of securityHeaders({ https: true })) expect(location).toContain(`add_header ${name} `);
    }
  });
});

describe("the editor's headers (/admin/)", () => {
  const headersOf = (pathname: string) => Object.fromEntries(securityHeadersFor(pathname, { https: true, editorOrigins: ["https://gitlab.com"] }));

  it("allow the site itself and the git host's API, and no other origin", () => {
    const policy = editorContentSecurityPolicy(["https://gitlab.com"]);
    const origins = Object.values(policy).flat().filter((source) => /[a-z]+:\/\/|\*/.test(source));
    expect([...new Set(origins)]).toEqual(["https://gitlab.com"]);
    expect(policy["connect-src"]).toEqual(["'self'", "https://gitlab.com"]);
    expect(policy).toMatchObject({ "default-src": ["'self'"], "frame-ancestors": ["'none'"], "object-src": ["'none'"] });
  });

  it("apply under /admin/ only, keep it out of search engines, and leave the public pages' policy as it is", () => {
    expect(headersOf("/admin/")["X-Robots-Tag"]).toBe("noindex, nofollow");
    expect(headersOf("/admin/decap-cms.js")["Content-Security-Policy"]).toContain("connect-src 'self' https://gitlab.com");
    for (const pathname of ["/", "/akutt-hjelp/", "/administrasjon/"]) {
      expect(headersOf(pathname)).toEqual(Object.fromEntries(securityHeaders({ https: true })));
    }
  });

  it("are in the deploy configs for /admin/, and in no other location", () => {
    const config = nginxConfig("example.no", editorOrigins);
    const editorLocation = config.split(/\n {4}location /).find((location) => location.startsWith("/admin/ "))!;
    expect(editorLocation).toContain(`connect-src 'self' ${editorOrigins.join(" ")}`);
    expect(editorLocation).toContain('add_header X-Robots-Tag "noindex, nofollow" always;');
    expect(config.match(/'unsafe-eval'/g)).toHaveLength(1);
    expect(staticHostHeaders(editorOrigins)).toMatch(/\n\/admin\/\*\n {2}Content-Security-Policy: [^\n]*connect-src 'self' https:\/\/gitlab\.com;/);
  });
});
