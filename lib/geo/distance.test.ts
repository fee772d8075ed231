import { describe, expect, it } from "vitest";
import { distanceKm, isInMainlandNorway, meanPoint } from "./distance";

const oslo = { lat: 59.9139, lon: 10.7522 };
const bergen = { lat: 60.3913, lon: 5.3221 };
const tromso = { lat: 69.6492, lon: 18.9553 };

describe("distanceKm", () => {
  it("matches known straight-line distances", () => {
    expect(distanceKm(oslo, bergen)).toBeCloseTo(305, -1);
    expect(distanceKm(oslo, tromso)).toBeGreaterThan(1130);
    expect(distanceKm(oslo, tromso)).toBeLessThan(1170);
  });

  it("is zero for the same point and the same both ways", () => {
    expect(distanceKm(oslo, oslo)).toBe(0);
    expect(distanceKm(bergen, tromso)).toBeCloseTo(distanceKm(tromso, bergen), 9);
  });
});

describe("isInMainlandNorway", () => {
  it("accepts the extreme points of the mainland and refuses swapped coordinates", () => {
    expect(isInMainlandNorway({ lat: 57.98, lon: 7.05 })).toBe(true); // Lindesnes
    expect(isInMainlandNorway({ lat: 71.13, lon: 27.65 })).toBe(true); // Kinnarodden region
    expect(isInMainlandNorway({ lat: 10.75, lon: 59.91 })).toBe(false);
    expect(isInMainlandNorway({ lat: 78.22, lon: 15.65 })).toBe(false); // Longyearbyen
  });
});

describe("meanPoint", () => {
  it("averages points, and has no mean of nothing", () => {
    expect(
      meanPoint([
        { lat: 60, lon: 10 },
        { lat: 62, lon: 12 },
      ]),
    ).toEqual({ lat: 61, lon: 11 });
    expect(meanPoint([])).toBeNull();
  });
});
