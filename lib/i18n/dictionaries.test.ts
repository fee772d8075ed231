import { describe, expect, it } from "vitest";
import { bokmalOnly } from "./bokmal-only";
import { translatedLocales } from "./config";
import { getDictionary } from ".";
import { nb } from "./nb";

/**
 * Every language against bokmål, the source of truth (Aksel's locales test): the same keys all
 * the way down, no empty strings, and the same {placeholders} in every string. A missing key is
 * already a type error through `satisfies Dictionary`; this also catches extra keys, strings left
 * blank and a placeholder that was translated or dropped.
 */

type Tree = { readonly [key: string]: string | Tree };

/** Every string in a dictionary by its dotted path, e.g. "quickExit.button". */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [childPath, childValue] of flatten(value, path)) entries.set(childPath, childValue);
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\w+\}/g))].sort();
}

const source = flatten(nb);
const translations = Object.fromEntries(translatedLocales.map((locale) => [locale, flatten(getDictionary(locale))]));

it("checks every language the site is published in", () => {
  expect(Object.keys(translations).sort()).toEqual(["en", "nn"]);
});

describe.each(Object.entries(translations))("the %s dictionary", (_, strings) => {
  it("has exactly bokmål's keys", () => {
    expect([...strings.keys()].sort()).toEqual([...source.keys()].sort());
  });

  it("has no empty strings", () => {
    expect([...strings].filter(([, text]) => text.trim() === "").map(([path]) => path)).toEqual([]);
  });

  it("has the same {placeholders} as bokmål in every string", () => {
    const mismatches = [...source]
      .filter(([path, text]) => placeholders(strings.get(path) ?? "").join() !== placeholders(text).join())
      .map(
        ([path, text]) =>
          `${path}: bokmål has [${placeholders(text).join(", ")}], the translation [${placeholders(strings.get(path) ?? "").join(", ")}]`,
      );
    expect(mismatches).toEqual([]);
  });
});

describe("the text of the bokmål-only pages", () => {
  it("has no empty strings", () => {
    expect([...flatten(bokmalOnly)].filter(([, text]) => text.trim() === "").map(([path]) => path)).toEqual([]);
  });

  it("shares no section with the dictionaries, so that each string lives in one place", () => {
    expect(Object.keys(bokmalOnly).filter((section) => section in nb)).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("find every string, however deep", () => {
    expect(flatten({ a: "x", b: { c: "y", d: { e: "z" } } })).toEqual(
      new Map([
        ["a", "x"],
        ["b.c", "y"],
        ["b.d.e", "z"],
      ]),
    );
  });

  it("read placeholders as a set, in any order", () => {
    expect(placeholders("{b} and {a}, then {b} again")).toEqual(["{a}", "{b}"]);
    expect(placeholders("No placeholders.")).toEqual([]);
  });
});
