import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleIslands, findIslands } from "./islands";

let folder: string;
const components = () => path.join(folder, "components");

async function write(file: string, text: string) {
  await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
  await writeFile(path.join(folder, file), text);
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "nok-islands-"));
  // Two islands that share a module, one of which loads a big part only when first used.
  await write(
    "components/shared/announce.ts",
    'export function announce(text: string) { document.body.dataset.said = text + " from a shared module of some length"; }',
  );
  await write(
    "components/first/first.island.ts",
    'import { announce } from "../shared/announce";\nannounce("first");\ndocument.addEventListener("click", () => void import("./heavy").then((m) => m.run()));',
  );
  await write("components/first/heavy.ts", 'export function run() { document.title = "the heavy part, loaded on first use"; }');
  await write("components/second/second.island.ts", 'import { announce } from "../shared/announce";\nannounce("second");');
  // An island that hydrates React (.tsx) is bundled apart: it shares the module, but no chunk, with the others.
  await write("components/third/third.island.tsx", 'import { announce } from "../shared/announce";\nannounce("third");');
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe("bundleIslands", () => {
  it("writes each island as a content-hashed ES module, preloading the chunks it imports and not those it loads later", async () => {
    const islands = await bundleIslands(path.join(folder, "out"), components());
    expect([...islands.keys()].sort()).toEqual(["first", "second", "third"]);
    const first = islands.get("first")!;
    const second = islands.get("second")!;
    expect(first.src).toMatch(/^\/islands\/first-[A-Z0-9]+\.js$/);
    // The shared module is one chunk that both preload; the heavy part is a chunk of its own, fetched by import().
    expect(first.preloads).toHaveLength(1);
    expect(second.preloads).toEqual(first.preloads);
    const code = await readFile(path.join(folder, "out", first.src), "utf8");
    expect(code).toMatch(/import\("\.\/chunk-[A-Z0-9]+\.js"\)/);
    const lazy = /import\("\.\/(chunk-[A-Z0-9]+\.js)"\)/.exec(code)![1]!;
    expect(first.preloads).not.toContain(`/islands/${lazy}`);
    expect(await readFile(path.join(folder, "out", "islands", lazy), "utf8")).toContain("the heavy part, loaded on first use");
    const third = islands.get("third")!;
    expect(third.preloads).toEqual([]);
    expect(await readFile(path.join(folder, "out", third.src), "utf8")).toContain("from a shared module of some length");
  });

  it("refuses two islands with one name", async () => {
    await write("components/third/second.island.ts", "export {};");
    await expect(findIslands(components())).rejects.toThrow('Two islands are called "second"');
  });
});
