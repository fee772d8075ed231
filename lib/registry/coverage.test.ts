import { describe, expect, it } from "vitest";
import { loadGeography } from "../geo/load";
import { loadCentres } from "./load";

describe("the registry's coverage", () => {
  it("has a centre in every county, which the home pages' «at least one centre in every county» rests on", () => {
    const counties = new Set(loadCentres().map((centre) => centre.county));
    expect(loadGeography().counties.filter((county) => !counties.has(county.number)).map((county) => county.name)).toEqual([]);
  });
});
