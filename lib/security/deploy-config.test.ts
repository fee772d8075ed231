import { describe, expect, it } from "vitest";
import { nginxTestDirectory, testNginxConfig, writeNginxTestSite } from "@/tests/support/nginx";
import { nginxConfig, staticHostHeaders } from "./deploy-config";
import { EDITOR_PATH, pagePolicies, policyFor, serializePolicy } from "./headers";

const interactivePages = ["/en/find-a-centre/", "/finn-senter/"];
const strict = serializePolicy(pagePolicies.static);
const interactive = serializePolicy(pagePolicies.interactive);

describe("the nginx config", () => {
  const config = nginxConfig({ serverName: "example.no", interactivePages });

  it("passes `nginx -t` on this machine's nginx", async () => {
    const site = await writeNginxTestSite({
      directory: nginxTestDirectory("unit"),
      root: "out",
      interactivePages,
      https: 1443,
      http: 1080,
    });
    const { ok, output } = testNginxConfig(site);
    expect(output).toBe("");
    expect(ok).toBe(true);
  });

  it("sends the strict policy except on the interactive pages", () => {
    expect(config).toContain(`default "${strict}";`);
    expect(config).toContain(`/finn-senter/index.html "${interactive}";`);
    expect(config).toContain(`/en/find-a-centre/index.html "${interactive}";`);
    expect(config.match(/script-src [^;]*'unsafe-inline'/g)).toHaveLength(interactivePages.length);
  });

  it("redirects to its own name, never to the Host a request names", () => {
    expect(config).toContain("return 301 https://example.no$request_uri;");
    expect(config).not.toContain("$host");
    expect(config).toContain("absolute_redirect off;");
  });

  it("keeps the client's address, the query and the referrer out of its logs", () => {
    expect(config).toContain("log_format nok_privacy '$time_iso8601 \"$request_method $nok_request_path\" $status $body_bytes_sent';");
    expect(config.match(/error_log \S+ crit;/g)).toHaveLength(2);
    expect(config.match(/log_not_found off;/g)).toHaveLength(2);
    const logFormats = config.split("\n").filter((line) => line.startsWith("log_format"));
    expect(logFormats.join("\n")).not.toMatch(/\$remote_addr|\$http_|\$request_uri|\$args|\$query_string|\$request[ "]/);
  });

  it("serves the precompressed files, compresses the rest, and speaks TLS 1.2 and 1.3 only", () => {
    expect(config).toContain("gzip_static on;");
    expect(config).toContain("gzip_vary on;");
    expect(config).toContain("ssl_protocols TLSv1.2 TLSv1.3;");
    expect(config).toContain("default_type application/geo+json;");
  });
});

describe("the _headers files", () => {
  it("detach the site-wide policy on Cloudflare Pages, which would otherwise send both", () => {
    const file = staticHostHeaders("cloudflare-pages", interactivePages);
    expect(file).toContain(`/*\n  Content-Security-Policy: ${strict}\n`);
    expect(file).toContain(`/finn-senter/\n  ! Content-Security-Policy\n  Content-Security-Policy: ${interactive}\n`);
    expect(file).not.toContain("/finn-senter/index.html");
  });

  it("let the later rule replace the policy on Netlify, for the folder and its index.html", () => {
    const file = staticHostHeaders("netlify", interactivePages);
    expect(file).not.toContain("!");
    expect(file.indexOf("/finn-senter/\n")).toBeGreaterThan(file.indexOf("/*\n"));
    expect(file).toContain(`/finn-senter/index.html\n  Content-Security-Policy: ${interactive}\n`);
  });

  it("keep content-hashed files for a year", () => {
    for (const host of ["netlify", "cloudflare-pages"] as const) {
      expect(staticHostHeaders(host, [])).toContain("/pagefind/*.pf_meta\n  Cache-Control: public, max-age=31536000, immutable\n");
    }
  });
});

describe("the editor at /admin/", () => {
  const editor = serializePolicy(policyFor(EDITOR_PATH, "static"));

  it("has its own policy in every deploy config", () => {
    expect(nginxConfig({ serverName: "example.no", interactivePages })).toContain(`~^/admin/ "${editor}";`);
    expect(staticHostHeaders("netlify", interactivePages)).toContain(`/admin/*\n  Content-Security-Policy: ${editor}\n`);
    expect(staticHostHeaders("cloudflare-pages", interactivePages)).toContain(
      `/admin/*\n  ! Content-Security-Policy\n  ! Cross-Origin-Opener-Policy\n  Content-Security-Policy: ${editor}\n`,
    );
  });

  it("is kept out of search engines by every deploy config, and no public page is", () => {
    const nginx = nginxConfig({ serverName: "example.no", interactivePages });
    expect(nginx).toContain(`map $uri $nok_x_robots_tag {\n    default "";\n    ~^/admin/ "noindex, nofollow";\n}`);
    expect(nginx).toContain("add_header X-Robots-Tag $nok_x_robots_tag always;");
    for (const host of ["netlify", "cloudflare-pages"] as const) {
      const rules = staticHostHeaders(host, interactivePages).split("\n\n");
      expect(
        rules.filter((rule) => rule.includes("X-Robots-Tag")).map((rule) => rule.split("\n")[0]),
        host,
      ).toEqual(["/admin/*"]);
    }
  });
});
