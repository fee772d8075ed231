import { describe, expect, it } from "vitest";
import { readRegistryFiles, registryContext } from "./load";
import { registryReport } from "./report";
import { validateRegistry } from "./validate";

const { records } = validateRegistry(readRegistryFiles(), registryContext());
const report = registryReport(records);

describe("registryReport", () => {
  it("lists what each centre lacks", () => {
    const elverum = report.centres.find((centre) => centre.id === "nok-elverum")!;
    expect(elverum.gaps).toContain("confirmation by the centre");
    expect(elverum.gaps).not.toContain("phone number");
    const telemark = report.centres.find((centre) => centre.id === "sms-telemark")!;
    expect(telemark.gaps).toEqual(expect.arrayContaining(["phone number", "street address", "municipality it is located in"]));
  });

  it("counts the gaps over the whole registry", () => {
    const total = (label: string) => report.totals.find((entry) => entry.label === label)!.count;
    expect(total("phone number")).toBe(records.filter((record) => record.phone === null).length);
    expect(total("confirmation by the centre")).toBe(records.length);
  });
});
