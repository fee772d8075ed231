import { describe, expect, it } from "vitest";
import { loadGeography } from "../geo/load";
import { groupCentresByCounty } from "./by-county";
import { loadCentres } from "./load";

describe("groupCentresByCounty", () => {
  const counties = [
    { number: "31", name: "Østfold" },
    { number: "42", name: "Agder" },
    { number: "50", name: "Trøndelag" },
    { number: "55", name: "Troms" },
  ];
  const centre = (name: string, county: string) => ({ name, county });

  it("sorts counties A–Å the Norwegian way and centres by name, leaving out counties without a centre", () => {
    const groups = groupCentresByCounty([centre("B", "31"), centre("A", "31"), centre("T", "55"), centre("C", "42")], counties);
    expect(groups.map((group) => group.county.name)).toEqual(["Agder", "Troms", "Østfold"]);
    expect(groups.at(-1)!.centres.map((c) => c.name)).toEqual(["A", "B"]);
  });

  it("places every centre of the registry in exactly one county", () => {
    const centres = loadCentres();
    const groups = groupCentresByCounty(centres, loadGeography().counties);
    expect(groups.flatMap((group) => group.centres).length).toBe(centres.length);
  });
});
