import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every TypeScript module under lib/, tests aside. */
function libModules(): string[] {
  return readdirSync("lib", { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join("lib", file));
}

describe("modules that read files", () => {
  it("are marked server-only, so that importing one from a client component fails the build", () => {
    const unmarked = libModules().filter((file) => {
      const source = readFileSync(file, "utf8");
      return /from "(node:)?fs(\/promises)?"/.test(source) && !source.includes('import "server-only";');
    });
    expect(unmarked).toEqual([]);
  });
});
