import { describe, expect, it } from "vitest";
import { loadCentres } from "../registry/load";
import { summarizeCentre } from "../registry/summary";
import { DataFileError } from "../schema/validation";
import { parseFinderCentres } from "./centres";
import { loadFinderCentres } from "./load";

/** The file as the browser receives it: written by the build, sent as JSON. */
const fetched = () => JSON.parse(JSON.stringify(loadFinderCentres())) as unknown;

describe("parseFinderCentres", () => {
  it("gives back, in every language, the same centres the finder page renders", () => {
    for (const locale of ["nb", "nn", "en"] as const) {
      expect(parseFinderCentres(fetched(), locale)).toEqual(
        JSON.parse(JSON.stringify(loadCentres().map((centre) => summarizeCentre(centre, locale)))),
      );
    }
  });

  it("refuses a file that is not what the build writes, naming the centre and the field", () => {
    const json = fetched() as Record<string, unknown>[];
    const elverum = json.findIndex((centre) => centre.id === "nok-elverum");
    json[elverum] = { ...json[elverum], tel: null };
    expect(() => parseFinderCentres(json, "nb")).toThrow(DataFileError);
    expect(() => parseFinderCentres(json, "nb")).toThrow(`field "${elverum}.tel": must be a text exactly when phone is one`);
    expect(() => parseFinderCentres({}, "nb")).toThrow(/must be a list of centres/);
  });
});
