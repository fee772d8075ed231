import { describe, expect, it } from "vitest";
import { loadGeography } from "../geo/load";
import { registryCoverage } from "./coverage";
import { loadCentres, readRegistryFiles, registryContext } from "./load";
import { registryReport } from "./report";
import { validateRegistry } from "./validate";

const { records } = validateRegistry(readRegistryFiles(), registryContext());

describe("the registry's coverage", () => {
  it("has a centre in every county, which the home pages' «at least one centre in every county» rests on", () => {
    const counties = new Set(loadCentres().map((centre) => centre.county));
    expect(
      loadGeography()
        .counties.filter((county) => !counties.has(county.number))
        .map((county) => county.name),
    ).toEqual([]);
  });
});

describe("registryCoverage", () => {
  it("counts what the registry knows, from the same checks as the phone-round report", () => {
    expect(registryCoverage(registryReport(records, "2026-11-29"))).toEqual({
      centres: records.length,
      phones: records.filter((record) => record.phone !== null).length,
      ownPhones: records.filter((record) => record.phoneKind === "centre").length,
      confirmed: 0,
      stale: 0,
      positions: records.filter((record) => record.position !== null).length,
      agreementLists: records.filter((record) => record.contributingMunicipalities !== null).length,
    });
  });

  it("tells a recent confirmation from one more than a year old", () => {
    const [first, second, ...rest] = records;
    const confirmed = [
      { ...first!, verification: "confirmed-by-centre" as const, lastVerified: "2026-10-01" },
      { ...second!, verification: "confirmed-by-centre" as const, lastVerified: "2025-10-01" },
      ...rest,
    ];
    expect(registryCoverage(registryReport(confirmed, "2026-11-29"))).toMatchObject({ confirmed: 1, stale: 1 });
  });
});
