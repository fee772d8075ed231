import { describe, expect, it } from "vitest";
import { loadGeography } from "../geo/load";
import { loadCentres } from "../registry/load";
import { centresForMunicipality } from "../registry/serving";
import { summarizeCentre } from "../registry/summary";
import { loadSearchIndex } from "./load";
import { rankCentres } from "./rank";
import { resolveSearch } from "./search";

const index = loadSearchIndex();
const centres = loadCentres().map((centre) => summarizeCentre(centre, "nb"));

/** The ranking the finder shows for a search, as the browser computes it. */
function rankFor(query: string) {
  const outcome = resolveSearch(index, query);
  if (outcome.kind !== "found") throw new Error(`"${query}" did not find one place`);
  return rankCentres(outcome.target, centres);
}

const ids = (ranked: { centre: { id: string } }[]) => ranked.map((entry) => entry.centre.id);
const isSortedByDistance = (ranked: { distanceKm: number }[]) =>
  ranked.every((entry, i) => i === 0 || ranked[i - 1]!.distanceKm <= entry.distanceKm);

describe("rankCentres through the search", () => {
  it("ranks Nok. Elverum first for postcode 2406, as the centre for Elverum", () => {
    const result = rankFor("2406");
    expect(result.serving).toMatchObject({ centre: { id: "nok-elverum" }, reason: "agreement" });
    expect(result.municipality?.name).toBe("Elverum");
    expect(result.serving!.distanceKm).toBeLessThan(5);
    expect(isSortedByDistance(result.others)).toBe(true);
    expect(ids(result.others)).not.toContain("nok-elverum");
  });

  it("gives Trysil to Nok. Elverum by agreement, though Nok. Hamar is not much further", () => {
    expect(rankFor("Trysil").serving).toMatchObject({ centre: { id: "nok-elverum" }, reason: "agreement" });
  });

  it("gives the same centre from a postcode as from its municipality", () => {
    expect(rankFor("0150").serving?.centre.id).toBe(rankFor("Oslo").serving?.centre.id);
    expect(rankFor("9520").serving?.centre.id).toBe(rankFor("Kautokeino").serving?.centre.id);
  });

  it("names, for every one of the 5,122 postcodes, the centre that its municipality's page names", () => {
    const pageAnswer = new Map(
      loadGeography().municipalities.map((municipality) => [
        municipality.number,
        centresForMunicipality(municipality, loadCentres()).serving,
      ]),
    );
    const disagreements = [...index.postcodes.values()].flatMap((postcode) => {
      if (!postcode.municipality) return [];
      const finder = rankFor(postcode.code).serving;
      const page = pageAnswer.get(postcode.municipality.number);
      return finder?.centre.id === page?.centre.id && finder?.reason === page?.reason
        ? []
        : [`${postcode.code} ${postcode.municipality.name}: ${finder?.centre.id} / ${page?.centre.id}`];
    });
    expect(index.postcodes.size).toBe(5122);
    expect(disagreements).toEqual([]);
  });

  it("names the Vestfold centre for Moss from postcode 1514, as the page for Moss does, with the distance from the postcode", () => {
    const fromPostcode = rankFor("1514");
    const fromMunicipality = rankFor("Moss");
    expect(fromPostcode.serving?.centre.id).toBe(fromMunicipality.serving?.centre.id);
    expect(fromPostcode.serving?.centre.id).toBe("smiso-vestfold");
    expect(fromPostcode.serving!.distanceKm).not.toBe(fromMunicipality.serving!.distanceKm);
    expect(isSortedByDistance(fromPostcode.others)).toBe(true);
  });

  it("keeps a Telemark centre whose location is unknown beside the ranking", () => {
    expect(rankFor("Skien").unknownLocation.map((centre) => centre.id)).toEqual(["sms-telemark"]);
    expect(rankFor("Bergen").unknownLocation).toEqual([]);
  });

  it("ranks every centre by distance from Svalbard, with none serving it", () => {
    const result = rankFor("9170");
    expect(result.serving).toBeNull();
    expect(result.municipality).toBeNull();
    expect(result.others.length + result.unknownLocation.length).toBe(centres.length);
    expect(isSortedByDistance(result.others)).toBe(true);
    expect(result.others[0]!.centre.county).toMatch(/^(55|56)$/);
  });

  it("ranks all centres by distance from a position, nearest first", () => {
    const result = rankCentres({ kind: "position", point: { lat: 60.3913, lon: 5.3221 } }, centres);
    expect(result.others[0]!.centre.id).toBe("nok-bergen");
    expect(isSortedByDistance(result.others)).toBe(true);
    expect(result.others.length + result.unknownLocation.length).toBe(centres.length);
  });
});
