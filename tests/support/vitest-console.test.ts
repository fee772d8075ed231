import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("the unit test setup", () => {
  it("fails a test whose code makes React print a warning", () => {
    const run = spawnSync("npx", ["vitest", "run", "--config", "tests/fixtures/vitest/vitest.config.mts"], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    const output = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(output).toContain("The test printed");
    expect(output).toContain("console.error: Encountered two children with the same key, `Våler`");
  }, 60_000);
});
