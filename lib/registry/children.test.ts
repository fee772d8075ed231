import { describe, expect, it } from "vitest";
import { centresSeeingChildrenUnder16, seesChildrenUnder16 } from "./children";
import { loadCentres } from "./load";

const offer = { nb: "Barn under 16 år kan komme sammen med foreldre eller foresatte." };

describe("seesChildrenUnder16", () => {
  it("counts a centre with an offer to children, or with an age limit under 16", () => {
    expect(seesChildrenUnder16({ childrenOffer: offer, minAge: 16 })).toBe(true);
    expect(seesChildrenUnder16({ childrenOffer: null, minAge: 12 })).toBe(true);
  });

  it("does not count a centre for people of 16 and over, nor one the sources say nothing about", () => {
    expect(seesChildrenUnder16({ childrenOffer: null, minAge: 16 })).toBe(false);
    expect(seesChildrenUnder16({ childrenOffer: null, minAge: null })).toBe(false);
  });
});

describe("centresSeeingChildrenUnder16 with the shipped registry", () => {
  it("finds exactly the centres whose records describe an offer to children", () => {
    const centres = loadCentres();
    const found = centresSeeingChildrenUnder16(centres).map((centre) => centre.id);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(
      centres.filter((centre) => centre.childrenOffer !== null || (centre.minAge ?? 16) < 16).map((centre) => centre.id),
    );
    expect(found).toContain("nok-bergen");
  });
});
