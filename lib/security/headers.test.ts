import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { SITE_URL } from "../site";
import { nginxConfig, staticHostHeaders } from "./deploy-config";
import { contentSecurityPolicy, securityHeaders } from "./headers";

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
    expect(await readFile("deploy/nginx.conf", "utf8")).toBe(nginxConfig(new URL(SITE_URL).hostname));
    expect(await readFile("deploy/_headers", "utf8")).toBe(staticHostHeaders());
  });

  it("repeat every security header in every nginx location", () => {
    const config = nginxConfig("example.no");
    for (const location of config.split(/\n {4}location /).slice(1)) {
      for (const [name] of securityHeaders({ https: true })) expect(location).toContain(`add_header ${name} `);
    }
  });
});
