import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DataFileError } from "../schema/validation";
import { readRegistryFiles, registryContext } from "./load";
import { validateRegistry } from "./validate";

const context = registryContext();
const elverum = JSON.parse(readFileSync("content/centres/nok-elverum.json", "utf8")) as Record<string, unknown>;
const file = "content/centres/nok-elverum.json";

function problemsFor(changes: Record<string, unknown>, extra: { file: string; data: unknown }[] = []): string {
  try {
    validateRegistry([{ file, data: { ...elverum, ...changes } }, ...extra], context);
    return "";
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
}

describe("the shipped registry", () => {
  it("validates every centre file", () => {
    const { records } = validateRegistry(readRegistryFiles(), context);
    expect(records.length).toBeGreaterThanOrEqual(20);
  });

  it("keeps unknowns as null rather than guesses", () => {
    const { records } = validateRegistry(readRegistryFiles(), context);
    const telemark = records.find((record) => record.id === "sms-telemark")!;
    expect(telemark.municipality).toBeNull();
    expect(telemark.phone).toBeNull();
    expect(records.every((record) => record.verification === "public-sources-only" && record.lastVerified === null)).toBe(true);
  });
});

describe("validateRegistry refuses, naming the file, the field and the problem", () => {
  it.each([
    ["a malformed phone number", { phone: "97159810" }, 'field "phone": must be eight digits'],
    ["a phone number with too few digits", { phone: "97 15 98" }, 'field "phone"'],
    ["an e-mail that is not one", { email: "post(at)nokelverum.no" }, 'field "email": must be an e-mail address'],
    ["a URL that is not one", { website: "nokelverum.no" }, 'field "website": must be a web address'],
    [
      "a postcode not in the register",
      { address: { street: "Storgata 10", postcode: "0000", place: "Elverum" } },
      'field "address.postcode": 0000 is not in the postcode register',
    ],
    [
      "a municipality number not among the 357",
      { municipality: "9999" },
      'field "municipality": 9999 is not one of the 357 municipality numbers',
    ],
    [
      "a contributing municipality not among the 357",
      { contributingMunicipalities: ["3420", "1234"] },
      'field "contributingMunicipalities.1": 1234 is not one of the 357',
    ],
    [
      "a position outside Norway",
      { position: { lat: 11.56, lon: 60.89, source: "postcode" } },
      'field "position": is outside mainland Norway',
    ],
    [
      "a contributing municipality listed twice",
      { contributingMunicipalities: ["3420", "3420"] },
      'field "contributingMunicipalities": lists a municipality twice',
    ],
    ["an id that does not match the file", { id: "nok-elverum-2" }, 'field "id": "nok-elverum-2" must match the file name'],
    ["a phone without its kind", { phoneKind: null }, 'field "phoneKind": phoneKind must be set exactly when phone is'],
    ["a record without sources", { sources: [] }, 'field "sources": every record needs at least one source'],
    ["an impossible confirmation date", { lastVerified: "2026-02-30" }, 'field "lastVerified": must be a real date written YYYY-MM-DD'],
    ["a confirmation date after the build date", { lastVerified: "2999-01-01" }, 'field "lastVerified": must not be after today'],
  ])("%s", (_, changes, expected) => {
    const message = problemsFor(changes);
    expect(message).toContain(`${file}: ${expected}`);
  });

  it("a null phone, which is allowed and shown as unknown", () => {
    expect(problemsFor({ phone: null, phoneKind: null })).toBe("");
  });

  it("a duplicate id", () => {
    const message = problemsFor({}, [{ file, data: elverum }]);
    expect(message).toContain(`field "id": "nok-elverum" is already used by ${file}`);
  });

  it("two centres claiming the same contributing municipality, as a warning naming both", () => {
    const hamar = JSON.parse(readFileSync("content/centres/nok-hamar.json", "utf8")) as Record<string, unknown>;
    const { warnings } = validateRegistry(
      [
        { file, data: elverum },
        { file: "content/centres/nok-hamar.json", data: { ...hamar, contributingMunicipalities: ["3403", "3421"] } },
      ],
      context,
    );
    expect(warnings).toEqual([
      "municipality 3421 is listed as contributing by nok-elverum and nok-hamar: check which agreement is current",
    ]);
  });
});
