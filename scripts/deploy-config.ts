/**
 * `npm run deploy:config`: writes deploy/nginx.conf and deploy/_headers from lib/security, with
 * the editor's git host from the same settings as the build (CMS_GIT_HOST, CMS_GIT_HOST_URL).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { editorSettings, gitHostOrigins } from "../lib/cms/settings";
import { nginxConfig, staticHostHeaders } from "../lib/security/deploy-config";
import { SITE_URL } from "../lib/site";

const editorOrigins = gitHostOrigins(editorSettings(process.env));
await mkdir("deploy", { recursive: true });
await writeFile("deploy/nginx.conf", nginxConfig(new URL(SITE_URL).hostname, editorOrigins));
await writeFile("deploy/_headers", staticHostHeaders(editorOrigins));
console.log("wrote deploy/nginx.conf and deploy/_headers");
