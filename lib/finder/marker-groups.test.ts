import { describe, expect, it } from "vitest";
import { type MarkerBox, overlappingGroups, sideBySideOffsets, zoomLevelsToSeparate } from "./marker-groups";

const box = (item: string, x: number, y: number, size = 24): MarkerBox<string> => ({ item, x, y, width: size, height: size });
const items = (groups: MarkerBox<string>[][]) => groups.map((group) => group.map((member) => member.item));

describe("overlappingGroups", () => {
  it("keeps markers apart that leave the gap between them", () => {
    expect(items(overlappingGroups([box("a", 0, 0), box("b", 28, 0), box("c", 0, 28)]))).toEqual([["a"], ["b"], ["c"]]);
  });

  it("groups markers closer than their size and the gap, also through a chain", () => {
    expect(items(overlappingGroups([box("a", 0, 0), box("far", 200, 0), box("b", 20, 5), box("c", 40, 10)]))).toEqual([
      ["a", "b", "c"],
      ["far"],
    ]);
  });

  it("counts a wider marker's own width", () => {
    expect(items(overlappingGroups([{ item: "wide", x: 0, y: 0, width: 52, height: 24 }, box("b", 39, 0)]))).toEqual([["wide", "b"]]);
  });
});

describe("zoomLevelsToSeparate", () => {
  it("is the number of doublings until every pair clears the gap", () => {
    expect(zoomLevelsToSeparate([box("a", 0, 0), box("b", 14, 0)])).toBe(1);
    expect(zoomLevelsToSeparate([box("a", 0, 0), box("b", 3, 3)])).toBe(4);
  });

  it("is infinite for markers on the same point, which no zoom separates", () => {
    expect(zoomLevelsToSeparate([box("a", 5, 5), box("b", 5, 5)])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("sideBySideOffsets", () => {
  it("centres the row on the common point with the gap between markers", () => {
    expect(sideBySideOffsets([24, 24])).toEqual([-14, 14]);
    expect(sideBySideOffsets([24, 30, 24])).toEqual([-31, 0, 31]);
    expect(sideBySideOffsets([24])).toEqual([0]);
  });
});
