import { describe, expect, it } from "vitest";
import { alternativeLines, helpLines, helpLineSchema } from "./help-lines";

describe("help lines", () => {
  it("lists the national numbers the site promises on every page", () => {
    expect(helpLines.map((line) => line.number)).toEqual(["112", "113", "116 117", "116 006", "116 111", "800 57 000"]);
  });

  it("offers the two national 24-hour lines where a centre's number is unknown", () => {
    expect(alternativeLines.map((line) => line.number)).toEqual(["800 57 000", "116 006"]);
  });

  it("refuses a link that would dial other digits than those shown", () => {
    const result = helpLineSchema.safeParse({ id: "police", number: "112", tel: "113", emergency: true, source: "https://example.no/" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("tel and number must be the same digits");
  });

  it("refuses a number without a source", () => {
    expect(helpLineSchema.safeParse({ id: "police", number: "112", tel: "112", emergency: true }).success).toBe(false);
  });
});
