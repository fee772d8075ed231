import { describe, expect, it } from "vitest";
import { loadGeography } from "../geo/load";
import { loadCentres } from "./load";
import { centresByDistance, centresForMunicipality, type ServingCandidate } from "./serving";

const { municipalities } = loadGeography();
const centres = loadCentres();
const municipality = (name: string, county?: string) =>
  municipalities.find((candidate) => candidate.name === name && (!county || candidate.countyNumber === county))!;

describe("centresForMunicipality with the shipped registry", () => {
  it("gives Trysil to Nok. Elverum by agreement", () => {
    const result = centresForMunicipality(municipality("Trysil"), centres);
    expect(result.serving?.centre.id).toBe("nok-elverum");
    expect(result.serving?.reason).toBe("agreement");
  });

  it("gives Våler in Innlandet to Nok. Elverum, and Våler in Østfold to the nearest centre", () => {
    expect(centresForMunicipality(municipality("Våler", "34"), centres).serving?.centre.id).toBe("nok-elverum");
    const ostfold = centresForMunicipality(municipality("Våler", "31"), centres);
    expect(ostfold.serving?.reason).toBe("nearest");
    expect(ostfold.serving?.centre.county).toMatch(/^(31|32)$/);
    expect(ostfold.serving!.distanceKm).toBeLessThanOrEqual(ostfold.others[0]!.distanceKm);
  });

  it("gives a municipality with no known catchment the nearest centre, then the rest by distance", () => {
    const result = centresForMunicipality(municipality("Kautokeino"), centres);
    expect(result.serving).toMatchObject({ reason: "nearest", centre: { id: "smiso-vest-finnmark" } });
    const distances = result.others.map((other) => other.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(result.serving!.distanceKm).toBeLessThanOrEqual(distances[0]!);
  });

  it("gives Oslo to Nok. Oslo, not to Dixi, which has another target group", () => {
    const result = centresForMunicipality(municipality("Oslo"), centres);
    expect(result.serving).toMatchObject({ reason: "located", centre: { id: "nok-oslo" } });
    expect(result.others.map((other) => other.centre.id)).toContain("dixi-oslo");
  });

  it("names a host municipality as host", () => {
    expect(centresForMunicipality(municipality("Sør-Varanger"), centres).serving).toMatchObject({
      reason: "host",
      centre: { id: "norasenteret" },
    });
  });

  it("never drops Telemark's centre, whose location is unknown, for municipalities in Telemark", () => {
    const result = centresForMunicipality(municipality("Skien"), centres);
    expect(result.unknownLocation.map((centre) => centre.id)).toEqual(["sms-telemark"]);
    expect(result.serving?.centre.id).not.toBe("sms-telemark");
    expect(centresForMunicipality(municipality("Bergen"), centres).unknownLocation).toEqual([]);
  });
});

describe("centresForMunicipality rules", () => {
  const place = { number: "0001", countyNumber: "01", populatedPoint: { lat: 60, lon: 10 } };
  const centre = (id: string, lat: number, extra: Partial<ServingCandidate> = {}): ServingCandidate => ({
    id,
    county: "01",
    point: { lat, lon: 10 },
    hostMunicipalities: [],
    municipality: null,
    contributingMunicipalities: [],
    servesCatchment: true,
    ...extra,
  });

  it("prefers the nearer of two centres that both have the municipality in their catchment", () => {
    const far = centre("far", 62, { contributingMunicipalities: ["0001"] });
    const near = centre("near", 60.5, { contributingMunicipalities: ["0001"] });
    const nearest = centre("nearest", 60.1);
    expect(centresForMunicipality(place, [far, nearest, near]).serving).toMatchObject({ centre: { id: "near" }, reason: "agreement" });
  });

  it("prefers an agreement over mere distance", () => {
    const result = centresForMunicipality(place, [centre("nearest", 60.1), centre("agreed", 63, { contributingMunicipalities: ["0001"] })]);
    expect(result.serving?.centre.id).toBe("agreed");
    expect(result.others.map((other) => other.centre.id)).toEqual(["nearest"]);
  });

  it("does not let a stated host list be overridden by location", () => {
    const hostedElsewhere = centre("elsewhere", 60, { municipality: "0001", hostMunicipalities: ["0002"] });
    expect(centresForMunicipality(place, [hostedElsewhere]).serving?.reason).toBe("nearest");
  });

  it("ranks only centres whose location is known", () => {
    expect(
      centresByDistance(place.populatedPoint, [centre("unknown", 60, { point: null }), centre("known", 61)]).map((r) => r.centre.id),
    ).toEqual(["known"]);
  });
});
