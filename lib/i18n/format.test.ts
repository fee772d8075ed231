import { describe, expect, it } from "vitest";
import { fill, formatDate, formatPartialDate } from "./format";

describe("fill", () => {
  it("fills every placeholder", () => {
    expect(fill("Sist oppdatert {date}", { date: "i dag" })).toBe("Sist oppdatert i dag");
  });

  it("throws rather than show a raw placeholder to a visitor", () => {
    expect(() => fill("Senteret for {kommune}", {})).toThrow("No value for placeholder {kommune}");
  });
});

describe("formatDate", () => {
  it("writes dates the Norwegian way, whatever the machine's time zone", () => {
    expect(formatDate("2026-11-25", "nb")).toBe("25. november 2026");
    expect(formatDate("2026-01-01", "nb")).toBe("1. januar 2026");
  });
});

describe("formatPartialDate", () => {
  it("writes a source's date only as precisely as the source gives it", () => {
    expect(formatPartialDate("2017", "nb")).toBe("2017");
    expect(formatPartialDate("2023-05", "nb")).toBe("mai 2023");
    expect(formatPartialDate("2024-01-04", "nb")).toBe("4. januar 2024");
    expect(formatPartialDate("2023-05", "en")).toBe("May 2023");
  });
});
