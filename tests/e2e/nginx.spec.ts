/**
 * What only nginx does (the nginx project in playwright.config.ts): the redirect from plain HTTP,
 * and logs that keep no client address, query or referrer.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { nginxE2eDirectory, nginxPorts } from "../support/nginx";
import { expect, test } from "../support/fixtures";

test("redirects plain HTTP to HTTPS on the site's own name, whatever Host the request names", async ({ playwright }) => {
  const http = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${nginxPorts().http}` });
  const response = await http.get("/akutt-hjelp/?q=1", { headers: { Host: "evil.example" }, maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toBe("https://noksentrene.no/akutt-hjelp/?q=1");
  await http.dispose();
});

test("keeps no client address, query or referrer in any log after a missing /_next/static/ file", async ({ request }) => {
  const missing = "/_next/static/chunks/finnes-ikke-etter-deploy.js?secret-query=1";
  const response = await request.get(missing, { headers: { Referer: "https://secret-referrer.example/" } });
  expect(response.status()).toBe(404);
  await request.get("/finnes-ikke/?secret-query=2", { headers: { Referer: "https://secret-referrer.example/" } });
  const logs = path.join(nginxE2eDirectory(), "logs");
  const files = readdirSync(logs);
  expect(files).toContain("noksentrene.no.access.log");
  const written = files.map((file) => readFileSync(path.join(logs, file), "utf8")).join("\n");
  // The request was logged, without what identifies the visitor or what they looked for.
  expect(written).toContain('"GET /_next/static/chunks/finnes-ikke-etter-deploy.js" 404');
  expect(written).not.toContain("127.0.0.1");
  expect(written).not.toContain("secret-query");
  expect(written).not.toContain("secret-referrer");
  expect(written).not.toMatch(/Mozilla|Playwright|HeadlessChrome/);
});
