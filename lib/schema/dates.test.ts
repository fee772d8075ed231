import { describe, expect, it } from "vitest";
import { todayInNorway } from "./dates";

describe("todayInNorway", () => {
  it("takes the calendar day in Norway, which can be a day ahead of UTC", () => {
    expect(todayInNorway(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayInNorway(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
  });
});
