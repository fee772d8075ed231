import { describe, expect, it } from "vitest";
import { distanceKm } from "./distance";
import { populatedPoints } from "./geography";
import { loadGeography } from "./load";

describe("populated points", () => {
  const { municipalities } = loadGeography();
  const point = (name: string) => municipalities.find((municipality) => municipality.name === name)!.populatedPoint;

  it("lie where people live, not in the forest", () => {
    // Oslo's geometric interior point is in Nordmarka, about 7.5 km north of the centre.
    expect(distanceKm(point("Oslo"), { lat: 59.9139, lon: 10.7522 })).toBeLessThan(5);
    expect(distanceKm(point("Elverum"), { lat: 60.8818, lon: 11.5623 })).toBeLessThan(5);
  });

  it("ignore postcodes that only carry the interior point, and fall back to it when there is nothing else", () => {
    const municipality = { number: "9999", name: "Test", officialName: "Test", county: "Test", countyNumber: "99", lat: 61, lon: 9 };
    const postcode = { place: "TEST", municipality: "9999", category: "G" as const, coordSource: "municipality" as const, lat: 61, lon: 9 };
    expect(populatedPoints([municipality], [postcode]).get("9999")).toEqual({ lat: 61, lon: 9 });
    const own = { ...postcode, coordSource: "bolstad" as const, lat: 62, lon: 10 };
    expect(populatedPoints([municipality], [postcode, own]).get("9999")).toEqual({ lat: 62, lon: 10 });
  });
});
