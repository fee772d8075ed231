/** The committed deploy configs follow lib/security/ and the pages of this build (`npm run deploy:config` rewrites them). */
import { readFileSync } from "node:fs";
import { interactivePagePaths } from "../../lib/islands/built-pages";
import { nginxConfig, staticHostHeaders } from "../../lib/security/deploy-config";
import { SITE_URL } from "../../lib/site/settings";
import { expect, test } from "../support/fixtures";

test("deploy/ matches lib/security/ and the built pages (run `npm run deploy:config` after a build if not)", () => {
  const interactivePages = interactivePagePaths("out");
  expect(readFileSync("deploy/nginx.conf", "utf8")).toBe(nginxConfig({ serverName: new URL(SITE_URL).hostname, interactivePages }));
  expect(readFileSync("deploy/netlify/_headers", "utf8")).toBe(staticHostHeaders("netlify", interactivePages));
  expect(readFileSync("deploy/cloudflare-pages/_headers", "utf8")).toBe(staticHostHeaders("cloudflare-pages", interactivePages));
});
