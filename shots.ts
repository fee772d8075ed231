import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";
import { editorScreenshots } from "./scripts/editor/screenshots";
import { startStaticServer } from "./scripts/serve";
const server = await startStaticServer({ port: 3031 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try { await editorScreenshots(browser, "http://127.0.0.1:3031"); } finally { await browser.close(); server.close(); }
