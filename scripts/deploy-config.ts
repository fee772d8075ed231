/** `npm run deploy:config`: writes deploy/nginx.conf and deploy/_headers from lib/security. */
import { mkdir, writeFile } from "node:fs/promises";
import { nginxConfig, staticHostHeaders } from "../lib/security/deploy-config";
import { SITE_URL } from "../lib/site";

await mkdir("deploy", { recursive: true });
await writeFile("deploy/nginx.conf", nginxConfig(new URL(SITE_URL).hostname));
await writeFile("deploy/_headers", staticHostHeaders());
console.log("wrote deploy/nginx.conf and deploy/_headers");
