import { describe, expect, it } from "vitest";
import { normalizeName } from "./normalize";

describe("normalizeName", () => {
  it.each([
    ["Nord-Odal", "nord odal"],
    ["nord odal", "nord odal"],
    ["  NORD--ODAL ", "nord odal"],
    ["Tromsø", "tromso"],
    ["Åsnes", "asnes"],
    ["Bærum", "baerum"],
    ["Porsáŋgu", "porsangu"],
    ["Guovdageaidnu - Kautokeino", "guovdageaidnu kautokeino"],
    ["Evenášši", "evenassi"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});
