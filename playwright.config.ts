import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";

const port = Number(process.env.E2E_PORT ?? 4321);

/**
 * End-to-end and accessibility tests against the built site in out/, served by the same server
 * as `npm start` (so the security headers are tested too). Build first: `npm run build`.
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
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    {
      name: "phone",
      // The frame and its safety features on a small touch screen; the full page sweep runs once, on desktop.
      testMatch: /(quick-exit|frame)\.spec\.ts/,
      use: { ...devices["Pixel 7"], channel: undefined },
    },
  ],
  webServer: {
    command: `tsx scripts/serve.ts`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
