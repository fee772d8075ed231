/** Where the end-to-end tests and the screenshot script find a browser: Debian's Chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for running Chromium headless as root in a container, without it calling home: the
 * site's own tests assert that no request leaves localhost.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--no-first-run",
  "--disable-gpu",
];
