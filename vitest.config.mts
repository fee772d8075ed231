import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["{lib,components,app,scripts}/**/*.test.{ts,tsx}", "tests/support/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/support/vitest-console.ts"],
  },
});
