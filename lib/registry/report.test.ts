import { describe, expect, it } from "vitest";
import { readRegistryFiles, registryContext } from "./load";
import { formatReport, registryReport } from "./report";
import { validateRegistry } from "./validate";

const { records } = validateRegistry(readRegistryFiles(), registryContext());
const report = registryReport(records, "2026-11-29");

describe("registryReport", () => {
  it("lists what each centre lacks", () => {
    const elverum = report.centres.find((centre) => centre.id === "nok-elverum")!;
    expect(elverum.gaps).toContain("confirmation");
    expect(elverum.gaps).not.toContain("phone");
    const telemark = report.centres.find((centre) => centre.id === "sms-telemark")!;
    expect(telemark.gaps).toEqual(expect.arrayContaining(["phone", "street", "municipality"]));
  });

  it("counts the gaps over the whole registry", () => {
    const total = (id: string) => report.totals.find((entry) => entry.id === id)!.count;
    expect(total("phone")).toBe(records.filter((record) => record.phone === null).length);
    expect(total("confirmation")).toBe(records.filter((record) => record.verification !== "confirmed-by-centre").length);
  });

  it("lists a confirmation more than twelve months old as stale", () => {
    const elverum = records.find((record) => record.id === "nok-elverum")!;
    const confirmedLongAgo = { ...elverum, verification: "confirmed-by-centre" as const, lastVerified: "2025-06-01" };
    const [centre] = registryReport([confirmedLongAgo], "2026-11-29").centres;
    expect(centre!.gaps).toContain("stale");
    expect(centre!.gaps).not.toContain("confirmation");
    expect(formatReport(registryReport([confirmedLongAgo], "2026-11-29"), [])).toContain(
      "Stale (confirmed more than 12 months ago): Nok. Elverum",
    );
    expect(registryReport([{ ...confirmedLongAgo, lastVerified: "2026-06-01" }], "2026-11-29").centres[0]!.gaps).not.toContain("stale");
  });
});
