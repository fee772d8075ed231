/**
 * `npm run deploy:config` (after `npm run build`): writes deploy/nginx.conf and the _headers files
 * for Netlify and Cloudflare Pages from lib/security/ and the built site in out/.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { interactivePagePaths } from "../lib/islands/built-pages";
import { nginxConfig, staticHostHeaders } from "../lib/security/deploy-config";
import { SITE_URL } from "../lib/site/settings";

if (!existsSync("out/index.html"))
  throw new Error("out/ has no built site: run `npm run build` first; the configs follow the built pages.");
const interactivePages = interactivePagePaths("out");
await mkdir("deploy/netlify", { recursive: true });
await mkdir("deploy/cloudflare-pages", { recursive: true });
await writeFile("deploy/nginx.conf", nginxConfig({ serverName: new URL(SITE_URL).hostname, interactivePages }));
await writeFile("deploy/netlify/_headers", staticHostHeaders("netlify", interactivePages));
await writeFile("deploy/cloudflare-pages/_headers", staticHostHeaders("cloudflare-pages", interactivePages));
console.log(
  `wrote deploy/nginx.conf, deploy/netlify/_headers and deploy/cloudflare-pages/_headers (interactive pages: ${interactivePages.join(", ")})`,
);
