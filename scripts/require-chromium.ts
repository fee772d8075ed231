/** The first step of `npm test`: stop at once, with the fix, if the browser the tests need is missing. */
import { accessSync, constants } from "node:fs";
import { CHROMIUM_PATH } from "../tests/support/chromium";

try {
  accessSync(CHROMIUM_PATH, constants.X_OK);
} catch {
  console.error(
    `Chromium was not found at ${CHROMIUM_PATH}. The end-to-end tests drive Debian's Chromium.\n` +
      "Install it with:  sudo apt-get install -y chromium\n" +
      "(or set CHROMIUM_PATH to another Chromium binary).",
  );
  process.exit(1);
}
