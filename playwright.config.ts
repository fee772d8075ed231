import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";
import { nginxPorts } from "./tests/support/nginx";

const port = Number(process.env.E2E_PORT ?? 4321);
const nginx = nginxPorts(port);

/**
 * End-to-end and accessibility tests against the built site in out/, served by the same server
 * as `npm start` (so the security headers are tested too), and the serving tests once more against
 * nginx with the site's deploy config. Build first: `npm run build`.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "on-first-retry",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", testIgnore: /nginx\.spec\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    {
      name: "phone",
      // The frame and its safety features on a small touch screen; the full page sweep runs once, on desktop.
      testMatch: /(quick-exit|frame)\.spec\.ts/,
      use: { ...devices["Pixel 7"], channel: undefined },
    },
    {
      name: "nginx",
      // The same serving tests against nginx on a loopback port, with a throwaway certificate.
      testMatch: /(serving|nginx)\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: `https://127.0.0.1:${nginx.https}`, ignoreHTTPSErrors: true },
    },
  ],
  webServer: [
    {
      command: `tsx scripts/serve.ts`,
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: `tsx tests/support/nginx-server.ts`,
      env: { E2E_PORT: String(port) },
      url: `https://127.0.0.1:${nginx.https}/`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: false,
      stdout: "ignore",
    },
  ],
});
