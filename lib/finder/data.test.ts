import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadPostcodes } from "../geo/load";
import { DataFileError } from "../schema/validation";
import { parseFinderData, placeDisplayName } from "./data";
import { loadCompactFinderData } from "./load";

describe("placeDisplayName", () => {
  it.each([
    ["ELVERUM", "Elverum"],
    ["MO I RANA", "Mo i Rana"],
    ["VANG PÅ HEDMARKEN", "Vang på Hedmarken"],
    ["KRISTIANSAND S", "Kristiansand S"],
    ["ØVRE ÅRDAL", "Øvre Årdal"],
    ["BØ I TELEMARK", "Bø i Telemark"],
  ])("%s → %s", (bring, shown) => {
    expect(placeDisplayName(bring)).toBe(shown);
  });
});

describe("the compact place data the browser loads", () => {
  const compact = loadCompactFinderData();
  const json = JSON.stringify(compact);
  const data = parseFinderData(JSON.parse(json));
  const register = loadPostcodes();

  it("stays under the 50 KB gzip budget", () => {
    expect(gzipSync(json).length).toBeLessThan(50 * 1024);
  });

  it("gives back every postcode of the register with its place, municipality and a point within 100 m", () => {
    expect(data.postcodes.size).toBe(register.size);
    for (const [code, source] of register) {
      const postcode = data.postcodes.get(code)!;
      expect(postcode.place.toUpperCase()).toBe(source.place);
      expect(postcode.municipality?.number ?? null).toBe(source.municipality);
      if (source.coordSource === "bolstad") {
        expect(Math.abs(postcode.point.lat - source.lat)).toBeLessThan(0.001);
        expect(Math.abs(postcode.point.lon - source.lon)).toBeLessThan(0.001);
      }
    }
  });

  it("starts a code without a point of its own where its municipality's people live", () => {
    // 1553 has only the municipality's interior point in the register.
    const postcode = data.postcodes.get("1553")!;
    expect(postcode.point).toEqual(postcode.municipality!.point);
  });

  it("keeps Svalbard and Jan Mayen outside every municipality", () => {
    expect(data.postcodes.get("9170")).toMatchObject({ place: "Longyearbyen", municipality: null, territory: "Svalbard" });
    expect(data.postcodes.get("8099")).toMatchObject({ municipality: null, territory: "Jan Mayen" });
  });

  it("carries the 357 municipalities with their counties and their Sámi and Kven names", () => {
    expect(data.municipalities).toHaveLength(357);
    expect(data.municipalities.find((municipality) => municipality.name === "Kautokeino")).toMatchObject({
      countyName: "Finnmark",
      otherNames: ["Guovdageaidnu"],
    });
  });

  it("refuses a file that is not what the build writes", () => {
    expect(() => parseFinderData({ ...compact, postcodes: { ...compact.postcodes, lat: [] } })).toThrow(/postcodes\.lat/);
    expect(() => parseFinderData({ ...compact, municipalities: [{ number: "3420" }] })).toThrow(/municipalities/);
    expect(() => parseFinderData("<html>")).toThrow(DataFileError);
  });
});
