import { describe, expect, it } from "vitest";
import { fill, formatDate } from "./format";

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
