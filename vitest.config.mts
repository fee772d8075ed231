import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // The modules that read files are marked server-only, which resolves only under React's server
    // condition; unit tests run them in Node directly, as the build's server side does.
    alias: { "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)) },
  },
  test: {
    include: ["{lib,components,app,scripts}/**/*.test.{ts,tsx}", "tests/support/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/support/vitest-console.ts"],
  },
});
