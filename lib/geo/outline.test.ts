import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countyOutlinesSchema, simplifyLine, simplifyOutlines } from "./outline";

describe("simplifyLine", () => {
  it("drops points that lie within the tolerance of the line and keeps a corner", () => {
    const line: [number, number][] = [
      [0, 60],
      [1, 60.001],
      [2, 60],
      [2, 61],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 60],
      [2, 60],
      [2, 61],
    ]);
  });
});

describe("simplifyOutlines on the shipped county outlines", () => {
  const source = countyOutlinesSchema.parse(JSON.parse(readFileSync("content/geo/norway-counties.geojson", "utf8")));
  const simplified = simplifyOutlines(source.features);

  it("keeps all 15 counties, each with closed rings", () => {
    expect(simplified.features.map((feature) => feature.properties.number).sort()).toEqual(
      source.features.map((feature) => feature.properties.number).sort(),
    );
    for (const feature of simplified.features) {
      expect(feature.geometry.coordinates.length).toBeGreaterThan(0);
      for (const ring of feature.geometry.coordinates.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring.at(-1));
      }
    }
  });

  it("is much smaller than the source", () => {
    expect(JSON.stringify(simplified).length).toBeLessThan(JSON.stringify(source).length / 2);
  });
});
